import { userInfo } from 'os';
import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import type { Caller } from '../auth/roles.decorator';

/** Who did it, copied onto the row: an API key (id, name, role), or an operator at the cli (no key id). */
export interface AuditActor {
  id: string | null;
  name: string;
  role: string;
}

/** What the audit log can point at; `claim` with no id is a bulk call over the ids in `details.claimIds`. */
export type AuditTargetType = 'api_key' | 'webhook' | 'source' | 'claim' | 'conflict';

export interface AuditEntry {
  actor: AuditActor;
  /** `<target>.<verb>`: `key.revoked`, `webhook.updated`, `source.alias_added`, `claims.bulk_assign` … */
  action: string;
  targetType: AuditTargetType;
  targetId: string | null;
  /** Small and never secret: names, ids, the fields changed; no key, secret, hash or token. */
  details?: Record<string, unknown>;
}

export const actorOfCaller = (caller: Caller): AuditActor => ({
  id: caller.keyId,
  name: caller.name,
  role: caller.role,
});

/** An operator running `npm run cli` (or `npm start` making the first admin key): the machine's user name. */
export function cliActor(command: string): AuditActor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (a container's arbitrary uid): the command still names what ran
  }
  return { id: null, name: `${user} (${command})`, role: 'operator' };
}

const INSERT = `
  INSERT INTO audit_log (actor_id, actor_name, actor_role, action, target_type, target_id, details)
  VALUES (:actorId::uuid, :actorName, :actorRole, :action, :targetType, :targetId::uuid, :details::jsonb)`;

/** Appends one row in the caller's transaction, so the action and its audit commit or roll back together. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    ...bind(INSERT, {
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      actorRole: entry.actor.role,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
    }),
  );
}
