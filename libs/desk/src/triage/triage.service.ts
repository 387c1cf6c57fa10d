import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decideMatch, matchText, MatchDecision } from '@factdesk/matching';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@factdesk/platform';
import { beginMatching, findCandidates, placeAsNew, recordAppearance, writeMatchColumns } from '../matching/appearances';
import { ClaimTransitions, SYSTEM_ACTOR } from '../review/claim-transitions';
import { reachChange, riskOfSource, scoreClaim } from './claim-scoring';
import { slaSchedule } from './sla';

export type TriageOutcome =
  | { status: 'queued'; priority: number; possibleDuplicateOf: string | null }
  | { status: 'merged'; into: string; similarity: number }
  | { status: 'already_triaged' | 'missing' };

@Injectable()
export class TriageService {
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
    const claim = await this.dataSource.manager.findOneBy(ClaimEntity, { id: claimId });
    if (!claim) return { status: 'missing' };
    if (claim.status !== 'new') return { status: 'already_triaged' };
    const text = matchText(claim.content);
    // Read before the source's matching lock is taken, to hold it for as few round trips as possible.
    const risk = await riskOfSource(this.dataSource.manager, claim.sourceId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await beginMatching(manager, claim.sourceId);
        const candidates = await findCandidates(manager, claim, text, this.config.MATCH_THRESHOLD_LOW);
        const decision = decideMatch(candidates, { high: this.config.MATCH_THRESHOLD_HIGH, low: this.config.MATCH_THRESHOLD_LOW });
        return decision.kind === 'appearance'
          ? this.joinExisting(manager, claim, text, decision, risk, now)
          : this.queue(manager, claim, text, decision.kind === 'suggestion' ? decision : null, risk, now);
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
      claimId: claim.id, event: 'match', actor: SYSTEM_ACTOR, also: { mergedIntoId: decision.claimId },
      audit: { into: decision.claimId, similarity: round(decision.similarity) },
    }, now, claim);
    await writeMatchColumns(manager, claim.id, { matchText: text });
    const canonical = await manager.findOneByOrFail(ClaimEntity, { id: decision.claimId });
    const reach = await recordAppearance(manager, canonical.id, claim.id, decision.similarity);
    const change = reachChange(canonical, reach, risk);
    await writeMatchColumns(manager, canonical.id, {
      checkWorthiness: change.worthiness.score, worthinessFeatures: change.worthiness.features, priorityDelta: change.priorityDelta,
    });
    return { status: 'merged', into: canonical.id, similarity: decision.similarity };
  }

  private async queue(
    manager: EntityManager, claim: ClaimEntity, text: string, suggestion: { claimId: string; similarity: number } | null, risk: number, now: Date,
  ): Promise<TriageOutcome> {
    const { priority, worthiness } = scoreClaim(claim, risk, 1);
    const { dueAt, timer } = slaSchedule(this.config, priority.score, now);
    const rounded = suggestion ? { claimId: suggestion.claimId, similarity: round(suggestion.similarity) } : null;
    await this.transitions.apply(manager, {
      claimId: claim.id,
      event: 'triage',
      actor: SYSTEM_ACTOR,
      also: { priority: priority.score, dueAt },
      audit: {
        priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString(), checkWorthiness: worthiness.score,
        ...(rounded ? { possibleDuplicateOf: rounded.claimId, similarity: rounded.similarity } : {}),
      },
      messages: [timer],
    }, now, claim);
    await placeAsNew(manager, claim, text, worthiness, rounded);
    return { status: 'queued', priority: priority.score, possibleDuplicateOf: rounded?.claimId ?? null };
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
