import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api';
import type { EvidenceView as Evidence } from '../types';
import { Empty, ErrorNote, when } from '../ui';

const KINDS = ['url', 'document', 'note', 'contact'];

export function EvidencePanel({
  claimId,
  evidence,
  canChange,
  myKeyId,
}: {
  claimId: string;
  evidence: Evidence[];
  canChange: boolean;
  myKeyId: string;
}) {
  const client = useQueryClient();
  const [kind, setKind] = useState('url');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['claim', claimId] });
  const add = useMutation({
    mutationFn: () =>
      api(`/v1/claims/${claimId}/evidence`, {
        method: 'POST',
        body: { kind, ...(url ? { url } : {}), ...(title ? { title } : {}), ...(note ? { note } : {}) },
      }),
    onSuccess: () => {
      setUrl('');
      setTitle('');
      setNote('');
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/v1/claims/${claimId}/evidence/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence</h2>
      {evidence.length ? (
        <ul className="rows" data-testid="evidence-list">
          {evidence.map((item) => (
            <li key={item.id} className="row">
              <span>
                <strong>{item.kind}</strong>{' '}
                {item.url ? (
                  <a href={item.url} target="_blank" rel="noreferrer">
                    {item.title ?? item.url}
                  </a>
                ) : (
                  item.title
                )}
                {item.note ? ` — ${item.note}` : ''}
              </span>
              <span className="meta">
                {item.addedByName ?? 'someone'} · {when(item.createdAt)}
                {canChange && item.addedBy === myKeyId ? (
                  <button type="button" className="link" onClick={() => remove.mutate(item.id)}>
                    Remove
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No evidence yet. A verdict needs at least one item: the original report, a document or a note.</Empty>
      )}
      {canChange ? (
        <form className="grid-form" onSubmit={submit} aria-label="Add evidence">
          <div className="field">
            <label htmlFor="evidence-kind">Kind</label>
            <select id="evidence-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              {KINDS.map((value) => (
                <option key={value}>{value}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="evidence-url">Link{kind === 'url' ? '' : ' (optional)'}</label>
            <input
              id="evidence-url"
              type="url"
              value={url}
              required={kind === 'url'}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="evidence-title">Title (optional)</label>
            <input id="evidence-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field wide">
            <label htmlFor="evidence-note">Note{kind === 'note' ? '' : ' (optional)'}</label>
            <textarea
              id="evidence-note"
              value={note}
              required={kind === 'note'}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
          <button type="submit" disabled={add.isPending}>
            Add evidence
          </button>
        </form>
      ) : null}
      <ErrorNote error={add.error ?? remove.error} />
    </section>
  );
}
