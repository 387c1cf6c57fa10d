import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { claimTerms, matchText, MatchDecision } from '@factdesk/matching';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@factdesk/platform';
import { enqueueInOutbox, OutboxMessage } from '@factdesk/queue';
import { findClaim, findClaims } from '../claims/claim-row';
import {
  type DeskCandidate,
  findMatch,
  listRewording,
  matchSubject,
  type MatchSubject,
  recordAppearance,
  standingColumns,
  writeMatchColumns,
} from '../matching/appearances';
import { type ConflictLink, recordConflicts } from '../matching/claim-conflicts';
import { lockCurrentSpeakers, speakersOf } from '../matching/speakers';
import { ClaimTransitions, SYSTEM_ACTOR, TransitionRequest } from '../review/claim-transitions';
import { QueuedPlacements } from './queued-placements';
import { ClaimScore, reachChange, riskOfSource, scoreClaim, sourceRisks } from './claim-scoring';
import { slaSchedule } from './sla';

export type TriageOutcome =
  | { status: 'queued'; priority: number; possibleDuplicateOf: string | null }
  | { status: 'merged'; into: string; similarity: number }
  | { status: 'already_triaged' | 'missing' };

@Injectable()
export class TriageService {
  /** SLA timers this process has written, by job id, with the time they run. */
  private readonly writtenTimers = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Places a new claim on the desk once: as another appearance of the same claim from the same source when there is
   * one, otherwise in the verification queue with a priority, an SLA due time and, for a near match, a suggestion.
   * The transition only applies to the version read here, so a duplicate run that loses the race writes nothing.
   */
  async triageClaim(claimId: string, now = new Date()): Promise<TriageOutcome> {
    const [outcome] = await this.triageClaims([claimId], now);
    return outcome;
  }

  /**
   * `triageClaim` for a batch, one outcome per id in order: the claims and their sources' records are read together
   * and placed in one transaction, in source order, so two batches taking the same sources' matching locks never
   * deadlock. Claims of one source are placed one after the other, each seeing the match keys of those before it.
   */
  async triageClaims(claimIds: string[], now = new Date()): Promise<TriageOutcome[]> {
    const found = new Map((await findClaims(this.dataSource.manager, claimIds)).map((claim) => [claim.id, claim]));
    const open = [...found.values()].filter((claim) => claim.status === 'new');
    const speakers = await speakersOf(this.dataSource, open);
    const riskOf = await sourceRisks(this.dataSource.manager, [
      ...new Set(open.flatMap((claim) => claim.sourceId ?? [])),
    ]);
    const placed = new Map<string, TriageOutcome>();
    const plans: TriagePlan[] = [];
    for (const [index, claim] of open.entries()) {
      const risk = riskOf(claim.sourceId);
      plans.push({
        claim,
        speakerId: speakers[index],
        risk,
        text: matchText(claim.content),
        placement: await this.announceDueTime(claim, risk, now),
      });
    }
    if (plans.length > 0) {
      await this.dataSource.transaction(async (manager) => {
        const current = await lockCurrentSpeakers(
          manager,
          plans.map((plan) => plan.speakerId),
        );
        plans.forEach((plan, index) => (plan.speakerId = current[index]));
        plans.sort(bySpeakerThenId);
        const queued = new QueuedPlacements(manager, this.transitions, placed, now);
        const conflicts: Conflict[] = [];
        for (const plan of plans) {
          const outcome = await this.place(manager, plan, queued, conflicts, now);
          if (outcome) placed.set(plan.claim.id, outcome);
        }
        await queued.flush();
        // A claim another run placed meanwhile wrote nothing, so its conflicts are that run's to record.
        const ran = (origin: string) => ['queued', 'merged'].includes(placed.get(origin)?.status ?? '');
        await recordConflicts(
          manager,
          conflicts.filter((conflict) => ran(conflict.origin)).map((conflict) => conflict.link),
        );
      });
    }
    return claimIds.map(
      (id) => placed.get(id) ?? (found.has(id) ? { status: 'already_triaged' } : { status: 'missing' }),
    );
  }

  /**
   * Joins the claim to the one it repeats at once; a claim to queue waits in `queued` to be written with the others
   * (no outcome yet).
   */
  private async place(
    manager: EntityManager,
    plan: TriagePlan,
    queued: QueuedPlacements,
    conflicts: Conflict[],
    now: Date,
  ): Promise<TriageOutcome | undefined> {
    const { claim, text, speakerId } = plan;
    const subject = matchSubject(claim, speakerId);
    await queued.beforeSearching(subject);
    const { decision, candidates } = await findMatch(manager, subject, text, {
      high: this.config.MATCH_THRESHOLD_HIGH,
      low: this.config.MATCH_THRESHOLD_LOW,
    });
    conflicts.push(...conflictsOf(plan, decision, candidates));
    if (decision.kind !== 'appearance') {
      const suggestion = decision.kind === 'suggestion' ? decision : null;
      queued.add({ claim, subject, text, ...this.queueing(plan, suggestion) });
      return undefined;
    }
    try {
      return await this.joinExisting(manager, subject, claim, text, decision, now);
    } catch (error) {
      // The transition's version check refused before anything was written: another run placed this claim.
      if (error instanceof DomainError && error.code === 'stale_version') return { status: 'already_triaged' };
      throw error;
    }
  }

  /**
   * The claim becomes an appearance of `decision.claimId`, whose reach and priority grow; its wording is listed as one
   * more the claim is found by (`listRewording`).
   */
  private async joinExisting(
    manager: EntityManager,
    subject: MatchSubject,
    claim: ClaimEntity,
    text: string,
    decision: Extract<MatchDecision, { kind: 'appearance' }>,
    now: Date,
  ): Promise<TriageOutcome> {
    await this.transitions.apply(
      manager,
      {
        claimId: claim.id,
        event: 'match',
        actor: SYSTEM_ACTOR,
        also: { mergedIntoId: decision.claimId, matchText: text },
        audit: { into: decision.claimId, similarity: round(decision.similarity), evidence: decision.evidence },
      },
      now,
      claim,
    );
    const canonical = await findClaim(manager, decision.claimId);
    if (!canonical) throw new Error(`matched claim ${decision.claimId} is gone`);
    const reach = await recordAppearance(manager, canonical.id, claim.id, decision.similarity);
    await listRewording(manager, { claim: subject, text });
    // The speaker is the same, the registry row may not be (a relay's unnamed sources and the relay).
    const change = reachChange(canonical, reach, await riskOfSource(manager, canonical.sourceId));
    await writeMatchColumns(manager, canonical.id, {
      checkWorthiness: change.worthiness.score,
      worthinessFeatures: change.worthiness.features,
      priorityDelta: change.priorityDelta,
    });
    return { status: 'merged', into: canonical.id, similarity: decision.similarity };
  }

  /**
   * Scores the claim as a new one and writes the SLA timer for its due time to the outbox before the claim is placed,
   * in its own statement (once per process and due minute). Claims due in the same minute share one timer row:
   * written inside the triage transaction, every concurrent triage due that minute waited on the first one's commit.
   * A timer written for a claim that then joins an existing one, or whose transaction fails, finds nothing due and
   * does nothing; a crash between the two leaves the claim `new` with its timer already safe.
   */
  private async announceDueTime(claim: ClaimEntity, risk: number, now: Date): Promise<Placement> {
    const score = scoreClaim(claim, risk, 1);
    const { dueAt, timer } = slaSchedule(this.config, score.priority.score, now);
    if (!this.writtenTimers.has(timer.jobId)) {
      await enqueueInOutbox(this.dataSource.manager, [timer]);
      this.rememberTimer(timer, now);
    }
    return { ...score, dueAt };
  }

  /** Once written, a timer is durable (outbox, then a delayed job): this process need not write it again until it has run. */
  private rememberTimer(timer: OutboxMessage, now: Date): void {
    for (const [jobId, runAt] of this.writtenTimers) if (runAt <= now.getTime()) this.writtenTimers.delete(jobId);
    this.writtenTimers.set(timer.jobId, timer.runAt?.getTime() ?? now.getTime());
  }

  /** The transition that queues a claim as new, and the outcome it reports once written. */
  private queueing(
    { claim, text, placement: { priority, worthiness, dueAt } }: TriagePlan,
    suggestion: { claimId: string; similarity: number } | null,
  ): { request: TransitionRequest; outcome: TriageOutcome } {
    const rounded = suggestion ? { claimId: suggestion.claimId, similarity: round(suggestion.similarity) } : null;
    const request: TransitionRequest = {
      claimId: claim.id,
      event: 'triage',
      actor: SYSTEM_ACTOR,
      also: { priority: priority.score, dueAt, ...standingColumns(text, worthiness, rounded) },
      audit: {
        priority: priority.score,
        reasons: priority.reasons,
        dueAt: dueAt.toISOString(),
        checkWorthiness: worthiness.score,
        ...(rounded ? { possibleDuplicateOf: rounded.claimId, similarity: rounded.similarity } : {}),
      },
    };
    return {
      request,
      outcome: { status: 'queued', priority: priority.score, possibleDuplicateOf: rounded?.claimId ?? null },
    };
  }
}

type Placement = ClaimScore & { dueAt: Date };

interface TriagePlan {
  claim: ClaimEntity;
  /** The speaker the claim is matched under (`speakersOf`). */
  speakerId: string | null;
  risk: number;
  text: string;
  placement: Placement;
}

/** Speaker order (claims without one last) is the order matching locks are taken in. */
const bySpeakerThenId = (a: TriagePlan, b: TriagePlan) =>
  compare(a.speakerId ?? '~', b.speakerId ?? '~') || compare(a.claim.id, b.claim.id);

/** A conflict the decision found, to record once the claim it came from (`origin`) is written. */
interface Conflict {
  origin: string;
  link: ConflictLink;
}

const figuresOf = (...texts: string[]) => [...new Set(texts.flatMap((text) => [...claimTerms(text).figures]))].sort();

/**
 * The conflicts of a placed claim: with the claim it joined as an appearance, or as itself when it stands alone; the
 * other side shows the figures of its claim and of those joined to it.
 */
function conflictsOf(plan: TriagePlan, decision: MatchDecision, candidates: DeskCandidate[]): Conflict[] {
  const side = decision.kind === 'appearance' ? decision.claimId : plan.claim.id;
  return decision.conflicts.flatMap(({ claimId, similarity }) => {
    const other = candidates.find((candidate) => candidate.claimId === claimId);
    if (!other || claimId === side) return [];
    const link = {
      claimId: side,
      otherClaimId: claimId,
      figures: figuresOf(plan.text),
      otherFigures: figuresOf(other.text, ...other.memberTexts),
      similarity,
    };
    return [{ origin: plan.claim.id, link }];
  });
}
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const round = (value: number) => Math.round(value * 1000) / 1000;
