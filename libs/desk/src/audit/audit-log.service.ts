import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { decodeCursor, type KeyedRow, pageLimit, pageOf, queryFingerprint } from '../tracking/list-cursor';
import { AUDIT_KEYS, type AuditFilters, auditListStatement } from './audit-list-sql';

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { id: string | null; name: string; role: string };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}

type AuditRow = KeyedRow & {
  id: string;
  created_at: Date;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  action: string;
  target_type: string;
  target_id: string | null;
  details: Record<string, unknown>;
};

const toView = (row: AuditRow): AuditEntryView => ({
  id: row.id,
  at: row.created_at.toISOString(),
  actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role },
  action: row.action,
  target: { type: row.target_type, id: row.target_id },
  details: row.details,
});

/** The desk's audit log for admins, newest first, keyset-paged like the other lists. Always the primary: it is small. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: { filters: AuditFilters; limit?: number; cursor?: string }): Promise<AuditPage> {
    const fingerprint = queryFingerprint({ audit: query.filters });
    const keyTypes = AUDIT_KEYS.map((key) => key.type);
    const after = query.cursor ? decodeCursor(query.cursor, fingerprint, keyTypes) : undefined;
    const limit = pageLimit(query.limit);
    const { text, params } = auditListStatement(query.filters, { after, limit: limit + 1 });
    const page = pageOf(await this.dataSource.query<AuditRow[]>(...bind(text, params)), limit, fingerprint, 2);
    return { items: page.rows.map(toView), nextCursor: page.nextCursor };
  }
}
