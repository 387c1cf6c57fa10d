import { type NamedStatement } from '../tracking/claim-list-sql';
import { type KeyType, sortKeyText } from '../tracking/list-cursor';

export interface AuditFilters {
  /** An API key id: what that key did. */
  actor?: string;
  /** Exact actions, repeatable (`key.revoked`). */
  action?: string[];
  targetType?: string;
  /** The row's target, or a claim among the ids a bulk call or a conflict lists. */
  targetId?: string;
  /** Inclusive. */
  since?: Date;
  /** Exclusive. */
  until?: Date;
}

/** Newest first, like the article list. */
export const AUDIT_KEYS: { expression: string; type: KeyType }[] = [
  { expression: 'a.created_at', type: 'timestamptz' },
  { expression: 'a.id', type: 'uuid' },
];

export function auditListStatement(filters: AuditFilters, page: { after?: string[]; limit: number }): NamedStatement {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: page.limit };
  const add = (sql: string, values: Record<string, unknown>) => {
    where.push(sql);
    Object.assign(params, values);
  };
  if (filters.actor) add('a.actor_id = :actor::uuid', { actor: filters.actor });
  if (filters.action) add('a.action = ANY(:action::text[])', { action: filters.action });
  if (filters.targetType) add('a.target_type = :targetType', { targetType: filters.targetType });
  if (filters.targetId) {
    add(`(a.target_id = :targetId::uuid OR a.details->'claimIds' @> to_jsonb(:targetId::text))`, {
      targetId: filters.targetId,
    });
  }
  if (filters.since) add('a.created_at >= :since', { since: filters.since });
  if (filters.until) add('a.created_at < :until', { until: filters.until });
  if (page.after) {
    add('(a.created_at, a.id) < (:afterCreated::timestamptz, :afterId::uuid)', {
      afterCreated: page.after[0],
      afterId: page.after[1],
    });
  }
  const text = `
    SELECT a.id, a.created_at, a.actor_id, a.actor_name, a.actor_role, a.action, a.target_type, a.target_id, a.details,
      ${AUDIT_KEYS.map((key, index) => `${sortKeyText(key.expression, key.type)} AS key_${index}`).join(', ')}
    FROM audit_log a
    ${where.length ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT :limit`;
  return { text, params };
}
