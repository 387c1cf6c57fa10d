import { SearchableList } from '../searchable-list';
import type { ArticlePage } from '../types';
import { percent, when, words } from '../ui';

export function ArticlesPage() {
  return (
    <SearchableList
      title="Articles"
      resource="articles"
      searchLabel="Search"
      pick={(answer: ArticlePage) => answer.items}
      href={(article) => `/articles/${article.id}`}
      label={(article) => article.headline ?? `${article.outlet} article`}
      meta={(article) => (
        <>
          {article.outlet} · {words(article.ingestStatus ?? '')} · {when(article.createdAt)} ·{' '}
          {article.progress?.claims ?? 0} claims, {percent(article.progress?.decidedShare)} decided
        </>
      )}
      empty="No article yet. Newsrooms send them with POST /v1/articles (an intake key); they appear here at once."
    />
  );
}
