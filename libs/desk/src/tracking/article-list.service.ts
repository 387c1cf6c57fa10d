import { Injectable } from '@nestjs/common';
import { bind } from '@factdesk/persistence';
import { Caller, ReadDatabase, ReadTarget } from '@factdesk/platform';
import {
  ArticleListRow,
  ArticlePage,
  progressByArticle,
  ProgressRow,
  toArticleListItem,
  VerificationProgress,
} from './article-list-item';
import { ARTICLE_KEYS, ARTICLE_PROGRESS, ArticleFilters, articleListStatement } from './article-list-sql';
import { decodeCursor, pageLimit, pageOf, queryFingerprint } from './list-cursor';

export interface ArticleListQuery {
  filters: ArticleFilters;
  limit?: number;
  cursor?: string;
}

@Injectable()
export class ArticleListService {
  constructor(private readonly reads: ReadDatabase) {}

  /** A page of articles, newest first, each with its claims' verification progress. An intake key sees its own. */
  async list(query: ArticleListQuery, caller: Caller): Promise<{ page: ArticlePage; readFrom: ReadTarget }> {
    const resolved = {
      filters: { ...query.filters, q: query.filters.q?.trim() || undefined },
      submittedBy: caller.role === 'intake' ? caller.keyId : undefined,
    };
    const fingerprint = queryFingerprint(resolved);
    const keyTypes = ARTICLE_KEYS.map((key) => key.type);
    const after = query.cursor ? decodeCursor(query.cursor, fingerprint, keyTypes) : undefined;
    const limit = pageLimit(query.limit);
    const { dataSource, target } = await this.reads.forCaller(caller);
    const { text, params } = articleListStatement(resolved, { after, limit: limit + 1 });
    const page = pageOf(await dataSource.query<ArticleListRow[]>(...bind(text, params)), limit, fingerprint, 2);
    const articleIds = page.rows.map((row) => row.id);
    const progress = progressByArticle(
      articleIds,
      articleIds.length ? await dataSource.query<ProgressRow[]>(...bind(ARTICLE_PROGRESS, { articleIds })) : [],
    );
    return {
      page: {
        items: page.rows.map((row) => toArticleListItem(row, progress.get(row.id) as VerificationProgress)),
        nextCursor: page.nextCursor,
      },
      readFrom: target,
    };
  }
}
