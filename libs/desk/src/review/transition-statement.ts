import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { type OutboxMessage, outboxInsert, outboxParams } from '@factdesk/queue';

/** The row a transition writes: the claim's new state, its audit event and the columns of `also`. */
export interface TransitionRow {
  id: string;
  version: number;
  status: string;
  assigneeId: string | null;
  lastReviewerId: string | null;
  leaseExpiresAt: Date | null;
  verdict: string | null;
  holdReason: string | null;
  resumeAt: Date | null;
  setNote: boolean;
  note: string | null;
  priority: number | null;
  dueAt: Date | null;
  event: string;
  fromStatus: string;
  actorId: string | null;
  actorRole: string;
  payload: string;
  mergedIntoId: string | null;
  matchText: string | null;
  checkWorthiness: number | null;
  worthinessFeatures: string | null;
  reach: number | null;
  setDuplicate: boolean;
  duplicateOf: string | null;
  duplicateSimilarity: number | null;
  decidedAt: Date | null;
}

/** WRITE_TRANSITIONS' row columns with their types: each is the parameter of its name, and `r.<snake_case>` in SQL. */
const ROW_COLUMNS: [keyof TransitionRow, string][] = [
  ['id', 'uuid'],
  ['version', 'int'],
  ['status', 'text'],
  ['assigneeId', 'uuid'],
  ['lastReviewerId', 'uuid'],
  ['leaseExpiresAt', 'timestamptz'],
  ['verdict', 'jsonb'],
  ['holdReason', 'text'],
  ['resumeAt', 'timestamptz'],
  ['setNote', 'boolean'],
  ['note', 'text'],
  ['priority', 'int'],
  ['dueAt', 'timestamptz'],
  ['event', 'text'],
  ['fromStatus', 'text'],
  ['actorId', 'uuid'],
  ['actorRole', 'text'],
  ['payload', 'jsonb'],
  ['mergedIntoId', 'uuid'],
  ['matchText', 'text'],
  ['checkWorthiness', 'real'],
  ['worthinessFeatures', 'jsonb'],
  ['reach', 'int'],
  ['setDuplicate', 'boolean'],
  ['duplicateOf', 'uuid'],
  ['duplicateSimilarity', 'real'],
  ['decidedAt', 'timestamptz'],
];
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * States, audit events and outbox messages of any number of claims in one statement; `version = r.version` makes a
 * claim that moved on write nothing, and the messages it owns are dropped with it.
 */
const WRITE_TRANSITIONS = `
  WITH r AS (
    SELECT * FROM unnest(${ROW_COLUMNS.map(([column, type]) => `:${column}::${type}[]`).join(', ')})
      AS r(${ROW_COLUMNS.map(([column]) => snakeCase(column)).join(', ')})
  ), updated AS (
    UPDATE claims c SET review_status = r.status, assignee_id = r.assignee_id, last_reviewer_id = r.last_reviewer_id,
      lease_expires_at = r.lease_expires_at, version = c.version + 1, verdict = coalesce(r.verdict, c.verdict),
      hold_reason = r.hold_reason, resume_at = r.resume_at, status_note = CASE WHEN r.set_note THEN r.note ELSE c.status_note END,
      priority = coalesce(r.priority, c.priority), due_at = coalesce(r.due_at, c.due_at), merged_into_id = r.merged_into_id,
      updated_at = now(), match_text = coalesce(r.match_text, c.match_text),
      check_worthiness = coalesce(r.check_worthiness, c.check_worthiness),
      worthiness_features = coalesce(r.worthiness_features, c.worthiness_features), reach = coalesce(r.reach, c.reach),
      possible_duplicate_of = CASE WHEN r.set_duplicate THEN r.duplicate_of ELSE c.possible_duplicate_of END,
      duplicate_similarity = CASE WHEN r.set_duplicate THEN r.duplicate_similarity ELSE c.duplicate_similarity END,
      decided_at = r.decided_at
    FROM r WHERE c.id = r.id AND c.version = r.version RETURNING c.id
  ), event AS (
    INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
    SELECT r.id, r.event, r.from_status, r.status, r.actor_id, r.actor_role, r.payload FROM r JOIN updated USING (id)
  ), messages AS (
    ${outboxInsert('WHERE (:messageOwners::uuid[])[m.n] IN (SELECT id FROM updated)')}
  )
  SELECT id FROM updated`;

/**
 * Writes the rows and the messages they own (`owner`: the claim id) in one statement; returns the ids of the claims
 * written (a claim whose version moved on is not, nor are its messages).
 */
export async function writeTransitions(
  manager: EntityManager,
  rows: TransitionRow[],
  messages: { owner: string; message: OutboxMessage }[],
): Promise<Set<string>> {
  const written: { id: string }[] = await queryPrepared(
    manager,
    ...bind(WRITE_TRANSITIONS, {
      ...Object.fromEntries(ROW_COLUMNS.map(([column]) => [column, rows.map((row) => row[column])])),
      messageOwners: messages.map(({ owner }) => owner),
      ...outboxParams(messages.map(({ message }) => message)),
    }),
  );
  return new Set(written.map((row) => row.id));
}
