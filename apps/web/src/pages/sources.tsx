import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../api';
import { useListCursor } from '../keyboard';
import { Link, navigate } from '../router';
import type { SourceListItem } from '../types';
import { Empty, ErrorNote, Loading } from '../ui';

export function SourcesPage() {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['sources', 'list', q],
    queryFn: () => api<{ sources: SourceListItem[] }>(`/v1/sources${query({ q, limit: 100 })}`),
  });
  const items = list.data?.sources ?? [];
  const cursor = useListCursor(items.length, { Enter: (index) => navigate(`/sources/${items[index].id}`) });
  return (
    <>
      <h1>Sources</h1>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="sources-q">Search names and aliases</label>
        <input id="sources-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </form>
      <ErrorNote error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : items.length ? (
        <ul className="rows">
          {items.map((source, index) => (
            <li
              key={source.id}
              ref={cursor.rowRef(index)}
              tabIndex={-1}
              className={index === cursor.index ? 'row current' : 'row'}
            >
              <Link href={`/sources/${source.id}`}>{source.name}</Link>
              <span className="meta">
                {source.type} · {source.claimCount} claims · relayed {source.relayCount}
                {source.aliases.length ? ` · also ${source.aliases.join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>No source matches. Try part of a name, or fewer letters.</Empty>
      )}
    </>
  );
}
