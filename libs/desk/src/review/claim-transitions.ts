import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  REFUSAL_HTTP_STATUS,
  ReviewEventName,
  TransitionRefusal,
  TransitionSuccess,
  transition,
} from '@factdesk/review';
import { ClaimEntity, EvidenceEntity, queryPrepared } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, DomainError, notFound } from '@factdesk/platform';
import { OutboxMessage, outboxArrays, outboxInsert, outboxMessages } from '@factdesk/queue';

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };
export const actorOf = (caller: Caller): Actor => ({ id: caller.keyId, role: caller.role });

export interface TransitionRequest {
  claimId: string;
  event: ReviewEventName;
  actor: Actor;
  payload?: Record<string, unknown>;
  /** Optimistic concurrency: refuse when the claim has moved past the version the caller saw. */
  expectedVersion?: number;
  /**
   * Columns the caller's operation sets along with the transition, in the same row update (triage sets priority, due
   * time and the matching columns). `possibleDuplicateOf` and `duplicateSimilarity` are set, to null too, when given.
   */
  also?: Partial<Pick<ClaimEntity, AlsoColumn>>;
  /** Extra audit detail stored with the event. */
  audit?: Record<string, unknown>;
  /** Messages the caller's operation announces, written with the state (a split claim's SLA timer). */
  messages?: OutboxMessage[];
}

type AlsoColumn =
  | 'priority'
  | 'dueAt'
  | 'mergedIntoId'
  | 'matchText'
  | 'checkWorthiness'
  | 'worthinessFeatures'
  | 'reach'
  | 'possibleDuplicateOf'
  | 'duplicateSimilarity';

const staleVersion = (claim: ClaimEntity, expected: number) =>
  new DomainError('stale_version', `claim is at version ${claim.version}, not ${expected}; reload it`, {
    currentVersion: claim.version,
    status: claim.status,
  });

/** The row a transition writes: the claim's new state, its audit event and the columns of `also`. */
interface TransitionRow {
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
}

/** WRITE_TRANSITIONS' row columns in parameter order, with their types; in SQL each is named in snake case (`r.due_at`). */
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
];
const MESSAGE_OWNERS = ROW_COLUMNS.length + 1;
const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * States, audit events and outbox messages of any number of claims in one statement; `version = r.version` makes a
 * claim that moved on write nothing, and the messages it owns are dropped with it.
 */
const WRITE_TRANSITIONS = `
  WITH r AS (
    SELECT * FROM unnest(${ROW_COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ')})
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
      duplicate_similarity = CASE WHEN r.set_duplicate THEN r.duplicate_similarity ELSE c.duplicate_similarity END
    FROM r WHERE c.id = r.id AND c.version = r.version RETURNING c.id
  ), event AS (
    INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
    SELECT r.id, r.event, r.from_status, r.status, r.actor_id, r.actor_role, r.payload FROM r JOIN updated USING (id)
  ), messages AS (
    ${outboxInsert(MESSAGE_OWNERS + 1, `WHERE ($${MESSAGE_OWNERS}::uuid[])[m.n] IN (SELECT id FROM updated)`)}
  )
  SELECT id FROM updated`;

/** A transition the machine allowed, ready to write. */
interface PreparedTransition {
  claim: ClaimEntity;
  changes: Partial<ClaimEntity>;
  row: TransitionRow;
  messages: OutboxMessage[];
}

/** The machine says how each refusal reads over HTTP; the desk's error codes carry that status. */
const ERROR_CODE_BY_STATUS = { 400: 'invalid_input', 403: 'forbidden', 409: 'transition_refused' } as const;

/** The machine's refusal as the desk's error, for a claim in `status`. */
export const refusalError = (result: TransitionRefusal, status: string): DomainError =>
  new DomainError(ERROR_CODE_BY_STATUS[REFUSAL_HTTP_STATUS[result.code]], result.reason, {
    code: result.code,
    status,
    ...(result.details ? { details: result.details } : {}),
  });

/**
 * The one way a claim's review state changes: lock the row, ask the pure machine, write the new state with
 * version + 1, append the audit event and any timer to the outbox, all in the caller's transaction.
 */
@Injectable()
export class ClaimTransitions {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * `known`: the claim as the caller already read it (locked in this transaction, or not: then the version check in
   * the write refuses it if it moved on meanwhile, as a stale version). Without it the row is read under lock.
   */
  async apply(
    manager: EntityManager,
    request: TransitionRequest,
    now = new Date(),
    known?: ClaimEntity,
  ): Promise<ClaimEntity> {
    const claim =
      known ??
      (await manager.findOne(ClaimEntity, { where: { id: request.claimId }, lock: { mode: 'pessimistic_write' } }));
    if (!claim) throw notFound('claim', request.claimId);
    const [written] = await this.write(manager, [await this.prepare(manager, claim, request, now)]);
    if (!written) {
      throw new DomainError('stale_version', 'the claim changed while this transition was being written; reload it', {
        status: claim.status,
      });
    }
    return written;
  }

  /**
   * Transitions of several claims the caller has read, in one statement (triage places a batch this way). Each result
   * is the claim after its transition, or null when it moved on meanwhile and nothing was written for it. A transition
   * the machine refuses throws before anything is written.
   */
  async applyAll(
    manager: EntityManager,
    requests: { request: TransitionRequest; claim: ClaimEntity }[],
    now = new Date(),
  ): Promise<(ClaimEntity | null)[]> {
    const prepared: PreparedTransition[] = [];
    for (const { request, claim } of requests) prepared.push(await this.prepare(manager, claim, request, now));
    return this.write(manager, prepared);
  }

  private async prepare(
    manager: EntityManager,
    claim: ClaimEntity,
    request: TransitionRequest,
    now: Date,
  ): Promise<PreparedTransition> {
    if (request.expectedVersion !== undefined && claim.version !== request.expectedVersion) {
      throw staleVersion(claim, request.expectedVersion);
    }
    const evidenceCount =
      request.event === 'submit' ? await manager.count(EvidenceEntity, { where: { claimId: claim.id } }) : 0;
    const result = transition(
      {
        status: claim.status as never,
        assigneeId: claim.assigneeId,
        lastReviewerId: claim.lastReviewerId,
        evidenceCount,
      },
      request.event,
      request.actor,
      request.payload ?? {},
      now,
    );
    if (!result.ok) {
      throw refusalError(result, claim.status);
    }

    const leaseExpiresAt = this.leaseFor(result, now);
    const also = request.also ?? {};
    const changes: Partial<ClaimEntity> = {
      status: result.to,
      assigneeId: result.assigneeId,
      lastReviewerId: result.lastReviewerId,
      leaseExpiresAt,
      version: claim.version + 1,
      ...(result.verdict ? { verdict: { ...result.verdict } } : {}),
      ...(result.to === 'on_hold'
        ? { holdReason: result.holdReason ?? null, resumeAt: result.resumeAt ? new Date(result.resumeAt) : null }
        : { holdReason: null, resumeAt: null }),
      ...(result.note !== undefined ? { statusNote: result.note ?? null } : {}),
      ...also,
      // A merged claim points at the claim it became part of: the merge payload's, or the one the caller matched.
      mergedIntoId: result.to === 'merged' ? (also.mergedIntoId ?? (result.normalisedPayload.into as string)) : null,
    };
    const row: TransitionRow = {
      id: claim.id,
      version: claim.version,
      status: result.to,
      assigneeId: result.assigneeId,
      lastReviewerId: result.lastReviewerId,
      leaseExpiresAt,
      verdict: changes.verdict ? JSON.stringify(changes.verdict) : null,
      holdReason: changes.holdReason ?? null,
      resumeAt: changes.resumeAt ?? null,
      setNote: 'statusNote' in changes,
      note: changes.statusNote ?? null,
      priority: also.priority ?? null,
      dueAt: also.dueAt ?? null,
      event: request.event,
      fromStatus: claim.status,
      actorId: request.actor.role === 'system' ? null : request.actor.id,
      actorRole: request.actor.role,
      payload: JSON.stringify({ ...result.normalisedPayload, ...request.audit }),
      mergedIntoId: changes.mergedIntoId ?? null,
      matchText: also.matchText ?? null,
      checkWorthiness: also.checkWorthiness ?? null,
      worthinessFeatures: also.worthinessFeatures ? JSON.stringify(also.worthinessFeatures) : null,
      reach: also.reach ?? null,
      setDuplicate: 'possibleDuplicateOf' in also,
      duplicateOf: also.possibleDuplicateOf ?? null,
      duplicateSimilarity: also.duplicateSimilarity ?? null,
    };
    const messages = [
      ...(leaseExpiresAt ? [outboxMessages.leaseStarted(claim.id, leaseExpiresAt)] : []),
      ...(request.messages ?? []),
    ];
    return { claim, changes, row, messages };
  }

  private async write(manager: EntityManager, prepared: PreparedTransition[]): Promise<(ClaimEntity | null)[]> {
    if (prepared.length === 0) return [];
    const messages = prepared.flatMap(({ claim, messages: owned }) =>
      owned.map((message) => ({ owner: claim.id, message })),
    );
    const rows: { id: string }[] = await queryPrepared(manager, WRITE_TRANSITIONS, [
      ...ROW_COLUMNS.map(([column]) => prepared.map(({ row }) => row[column])),
      messages.map(({ owner }) => owner),
      ...outboxArrays(messages.map(({ message }) => message)),
    ]);
    const written = new Set(rows.map((row) => row.id));
    return prepared.map(({ claim, changes }) =>
      written.has(claim.id) ? manager.merge(ClaimEntity, claim, changes as ClaimEntity) : null,
    );
  }

  /** A claim going into review with a holder gets a lease from now; nothing else has one. */
  leaseFor(result: TransitionSuccess, now: Date): Date | null {
    return result.to === 'in_review' && result.assigneeId
      ? new Date(now.getTime() + this.config.REVIEW_LEASE_SECONDS * 1000)
      : null;
  }
}
