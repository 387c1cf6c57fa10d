import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { Caller, ReadDatabase, ReadTarget } from '@factdesk/platform';
import { ClaimFilters, ClaimOrder, resolveClaimQuery } from './claim-filters';
import { ClaimListRow, ClaimPage, toClaimListItem } from './claim-list-item';
import { claimListStatement, sortKeyTypes } from './claim-list-sql';
import { decodeCursor, pageLimit, pageOf, queryFingerprint } from './list-cursor';

export interface ClaimListQuery extends ClaimOrder {
  filters: ClaimFilters;
  limit?: number;
  cursor?: string;
}

/** A reviewer's own work: claims they hold in review or on hold, and claims sent back to them. */
export const MY_WORK_STATUSES = ['in_review', 'on_hold', 'returned', 'reopened'];

@Injectable()
export class ClaimListService {
  constructor(private readonly reads: ReadDatabase) {}

  /** One page of the claim list, from the replica unless the caller has just changed something. */
  async list(query: ClaimListQuery, caller: Caller): Promise<{ page: ClaimPage; readFrom: ReadTarget }> {
    const { dataSource, target } = await this.reads.forCaller(caller);
    return { page: await this.page(dataSource, query, caller), readFrom: target };
  }

  /** Always from the primary: these are the claims the caller is changing right now. */
  mine(caller: Caller, page: { limit?: number; cursor?: string }): Promise<ClaimPage> {
    return this.page(
      this.reads.primaryDataSource,
      { ...page, filters: { assignee: 'me', status: MY_WORK_STATUSES } },
      caller,
    );
  }

  private async page(dataSource: DataSource, query: ClaimListQuery, caller: Caller): Promise<ClaimPage> {
    const resolved = resolveClaimQuery(query.filters, query, caller.keyId);
    const fingerprint = queryFingerprint(resolved);
    const keyTypes = sortKeyTypes(resolved.sort);
    const after = query.cursor ? decodeCursor(query.cursor, fingerprint, keyTypes) : undefined;
    const limit = pageLimit(query.limit);
    const { text, params } = claimListStatement(resolved, { after, limit: limit + 1 });
    const rows = await dataSource.query<ClaimListRow[]>(...bind(text, params));
    const page = pageOf(rows, limit, fingerprint, keyTypes.length);
    return { items: page.rows.map(toClaimListItem), nextCursor: page.nextCursor };
  }
}
