import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../api';
import { useListCursor } from '../keyboard';
import { Link, navigate } from '../router';
import type { Article, Page } from '../types';
import { Empty, ErrorNote, Loading, percent, when, words } from '../ui';

export function ArticlesPage() {
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['articles', 'list', q],
    queryFn: () => api<Page<Article>>(`/v1/articles${query({ q, limit: 100 })}`),
  });
  const items = list.data?.items ?? [];
  const cursor = useListCursor(items.length, { Enter: (index) => navigate(`/articles/${items[index].id}`) });
  return (
    <>
      <h1>Articles</h1>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="articles-q">Search</label>
        <input id="articles-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </form>
      <ErrorNote error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : items.length ? (
        <ul className="rows">
          {items.map((article, index) => (
            <li
              key={article.id}
              ref={cursor.rowRef(index)}
              tabIndex={-1}
              className={index === cursor.index ? 'row current' : 'row'}
            >
              <Link href={`/articles/${article.id}`}>{article.headline ?? `${article.outlet} article`}</Link>
              <span className="meta">
                {article.outlet} · {words(article.ingestStatus ?? '')} · {when(article.createdAt)} ·{' '}
                {article.progress?.claims ?? 0} claims, {percent(article.progress?.decidedShare)} decided
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>
          No article yet. Newsrooms send them with POST /v1/articles (an intake key); they appear here at once.
        </Empty>
      )}
    </>
  );
}
