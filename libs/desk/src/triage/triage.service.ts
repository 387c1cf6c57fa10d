import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decideMatch, matchText, MatchDecision } from '@factdesk/matching';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@factdesk/platform';
import { enqueueInOutbox, OutboxMessage } from '@factdesk/queue';
import { findClaim } from '../claims/claim-row';
import { beginMatching, findCandidates, listAsNew, recordAppearance, standingColumns, writeMatchColumns } from '../matching/appearances';
import { ClaimTransitions, SYSTEM_ACTOR } from '../review/claim-transitions';
import { ClaimScore, reachChange, riskOfSource, scoreClaim } from './claim-scoring';
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
    const claim = await findClaim(this.dataSource.manager, claimId);
    if (!claim) return { status: 'missing' };
    if (claim.status !== 'new') return { status: 'already_triaged' };
    const text = matchText(claim.content);
    // Read before the source's matching lock is taken, to hold it for as few round trips as possible.
    const risk = await riskOfSource(this.dataSource.manager, claim.sourceId);
    const placement = await this.announceDueTime(claim, risk, now);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await beginMatching(manager, claim.sourceId);
        const candidates = await findCandidates(manager, claim, text, this.config.MATCH_THRESHOLD_LOW);
        const decision = decideMatch(candidates, { high: this.config.MATCH_THRESHOLD_HIGH, low: this.config.MATCH_THRESHOLD_LOW });
        return decision.kind === 'appearance'
          ? this.joinExisting(manager, claim, text, decision, risk, now)
          : this.queue(manager, claim, text, decision.kind === 'suggestion' ? decision : null, placement, now);
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'stale_version') return { status: 'already_triaged' };
      throw error;
    }
  }

  /** The claim becomes an appearance of `decision.claimId` (same source, so same risk), whose reach and priority grow. */
  private async joinExisting(
    manager: EntityManager, claim: ClaimEntity, text: string, decision: Extract<MatchDecision, { kind: 'appearance' }>, risk: number, now: Date,
  ): Promise<TriageOutcome> {
    await this.transitions.apply(manager, {
      claimId: claim.id, event: 'match', actor: SYSTEM_ACTOR, also: { mergedIntoId: decision.claimId, matchText: text },
      audit: { into: decision.claimId, similarity: round(decision.similarity) },
    }, now, claim);
    const canonical = await findClaim(manager, decision.claimId);
    if (!canonical) throw new Error(`matched claim ${decision.claimId} is gone`);
    const reach = await recordAppearance(manager, canonical.id, claim.id, decision.similarity);
    const change = reachChange(canonical, reach, risk);
    await writeMatchColumns(manager, canonical.id, {
      checkWorthiness: change.worthiness.score, worthinessFeatures: change.worthiness.features, priorityDelta: change.priorityDelta,
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

  private async queue(
    manager: EntityManager, claim: ClaimEntity, text: string, suggestion: { claimId: string; similarity: number } | null,
    { priority, worthiness, dueAt }: Placement, now: Date,
  ): Promise<TriageOutcome> {
    const rounded = suggestion ? { claimId: suggestion.claimId, similarity: round(suggestion.similarity) } : null;
    await this.transitions.apply(manager, {
      claimId: claim.id,
      event: 'triage',
      actor: SYSTEM_ACTOR,
      also: { priority: priority.score, dueAt, ...standingColumns(text, worthiness, rounded) },
      audit: {
        priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString(), checkWorthiness: worthiness.score,
        ...(rounded ? { possibleDuplicateOf: rounded.claimId, similarity: rounded.similarity } : {}),
      },
    }, now, claim);
    await listAsNew(manager, claim, text);
    return { status: 'queued', priority: priority.score, possibleDuplicateOf: rounded?.claimId ?? null };
  }
}

type Placement = ClaimScore & { dueAt: Date };

const round = (value: number) => Math.round(value * 1000) / 1000;
