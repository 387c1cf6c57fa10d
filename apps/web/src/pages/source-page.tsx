import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api';
import { Link } from '../router';
import { isEditor, useSession } from '../session';
import type { SourceCounts, SourceDetail } from '../types';
import { Empty, ErrorNote, Loading, percent, StatusBadge } from '../ui';

function Record({ title, counts }: { title: string; counts: SourceCounts }) {
  return (
    <div className="card">
      <h3>{title}</h3>
      <p>
        {counts.claims} claims, {counts.approved} verdicts
      </p>
      <p className="muted">
        {Object.entries(counts.attribution)
          .map(([verdict, count]) => `${verdict} ${count}`)
          .join(' · ')}
      </p>
      {counts.risk ? (
        <p className="muted">
          Risk {percent(counts.risk.risk)}: {counts.risk.note}
        </p>
      ) : null}
    </div>
  );
}

export function SourcePage({ id }: { id: string }) {
  const client = useQueryClient();
  const session = useSession();
  const [alias, setAlias] = useState('');
  const source = useQuery({ queryKey: ['sources', id], queryFn: () => api<SourceDetail>(`/v1/sources/${id}`) });
  const refresh = () => client.invalidateQueries({ queryKey: ['sources'] });
  const add = useMutation({
    mutationFn: () => api(`/v1/sources/${id}/aliases`, { method: 'POST', body: { alias } }),
    onSuccess: () => {
      setAlias('');
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (aliasId: string) => api(`/v1/sources/${id}/aliases/${aliasId}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  if (source.error) return <ErrorNote error={source.error} />;
  if (!source.data) return <Loading />;
  const editor = isEditor(session.data);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <>
      <h1>{source.data.name}</h1>
      <p className="muted">
        {source.data.type}
        {source.data.notes ? ` · ${source.data.notes}` : ''}
      </p>
      <div className="cards">
        <Record title="As a source" counts={source.data.record.asSource} />
        <Record title="As a relay" counts={source.data.record.asRelay} />
      </div>
      <h2>Aliases</h2>
      {source.data.aliases.length ? (
        <ul>
          {source.data.aliases.map((item) => (
            <li key={item.id}>
              {item.alias}{' '}
              {editor ? (
                <button type="button" className="link" onClick={() => remove.mutate(item.id)}>
                  Remove {item.alias}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No alias. {editor ? 'Add another spelling below; rows under it are folded in.' : ''}</Empty>
      )}
      {editor ? (
        <form className="filters" onSubmit={submit} aria-label="Add an alias">
          <label htmlFor="alias">New alias</label>
          <input id="alias" value={alias} onChange={(e) => setAlias(e.target.value)} required />
          <button type="submit" disabled={add.isPending}>
            Add alias
          </button>
        </form>
      ) : null}
      <ErrorNote error={add.error ?? remove.error} />
      <h2>Recent claims</h2>
      {source.data.claims.length ? (
        <ul className="rows">
          {source.data.claims.map((claim) => (
            <li key={claim.id} className="row">
              <Link href={`/claims/${claim.id}`}>{claim.content}</Link>
              <span className="meta">
                <StatusBadge status={claim.status} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No claim of this source yet.</Empty>
      )}
    </>
  );
}
