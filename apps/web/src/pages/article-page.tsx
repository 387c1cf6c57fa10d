import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { KeyboardRows } from '../searchable-list';
import type { ArticleView } from '../types';
import { Empty, ErrorNote, Loading, StatusBadge } from '../ui';

export function ArticlePage({ id }: { id: string }) {
  const article = useQuery({ queryKey: ['articles', id], queryFn: () => api<ArticleView>(`/v1/articles/${id}`) });
  if (article.error) return <ErrorNote error={article.error} />;
  if (!article.data) return <Loading />;
  const claims = article.data.claims ?? [];
  return (
    <>
      <h1>{article.data.headline ?? `${article.data.outlet} article`}</h1>
      <p className="muted">
        {article.data.outlet} · {article.data.status}
        {article.data.url ? (
          <>
            {' '}
            · <a href={article.data.url}>original</a>
          </>
        ) : null}
      </p>
      <h2>Claims</h2>
      {claims.length ? (
        <KeyboardRows
          items={claims}
          href={(claim) => `/claims/${claim.id}`}
          label={(claim) => claim.content}
          meta={(claim) => (
            <>
              <StatusBadge status={claim.status} /> {claim.source}
              {claim.via ? ` via ${claim.via}` : ''}
            </>
          )}
        />
      ) : (
        <Empty>No attributed claim found in this article (yet: extraction takes a moment).</Empty>
      )}
    </>
  );
}
