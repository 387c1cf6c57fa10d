import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { decideMatch, matchText, MatchDecision } from '@factdesk/matching';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@factdesk/platform';
import { findCandidates, listForMatching, lockSourceForMatching, recordAppearance, writeMatchColumns } from '../matching/appearances';
import { ClaimTransitions, SYSTEM_ACTOR } from '../review/claim-transitions';
import { reachChange, scoreClaim } from './claim-scoring';
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
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockSourceForMatching(manager, claim.sourceId);
        const candidates = await findCandidates(manager, claim, text, this.config.MATCH_THRESHOLD_LOW);
        const decision = decideMatch(candidates, { high: this.config.MATCH_THRESHOLD_HIGH, low: this.config.MATCH_THRESHOLD_LOW });
        return decision.kind === 'appearance'
          ? this.joinExisting(manager, claim, text, decision, now)
          : this.queue(manager, claim, text, decision.kind === 'suggestion' ? decision : null, now);
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'stale_version') return { status: 'already_triaged' };
      throw error;
    }
  }

  /** The claim becomes an appearance of `decision.claimId`, whose reach (and, while it is open, priority) grows. */
  private async joinExisting(
    manager: EntityManager, claim: ClaimEntity, text: string, decision: Extract<MatchDecision, { kind: 'appearance' }>, now: Date,
  ): Promise<TriageOutcome> {
    await this.transitions.apply(manager, {
      claimId: claim.id, event: 'match', actor: SYSTEM_ACTOR, also: { mergedIntoId: decision.claimId },
      audit: { into: decision.claimId, similarity: round(decision.similarity) },
    }, now, claim);
    await writeMatchColumns(manager, claim.id, { matchText: text });
    const canonical = await manager.findOneByOrFail(ClaimEntity, { id: decision.claimId });
    const reach = await recordAppearance(manager, canonical.id, claim.id, decision.similarity);
    const change = await reachChange(manager, canonical, reach);
    await writeMatchColumns(manager, canonical.id, {
      checkWorthiness: change.worthiness.score, worthinessFeatures: change.worthiness.features, priorityDelta: change.priorityDelta,
    });
    return { status: 'merged', into: canonical.id, similarity: decision.similarity };
  }

  private async queue(
    manager: EntityManager, claim: ClaimEntity, text: string, suggestion: { claimId: string; similarity: number } | null, now: Date,
  ): Promise<TriageOutcome> {
    const { priority, worthiness } = await scoreClaim(manager, claim, 1);
    const { dueAt, timer } = slaSchedule(this.config, priority.score, now);
    await this.transitions.apply(manager, {
      claimId: claim.id,
      event: 'triage',
      actor: SYSTEM_ACTOR,
      also: { priority: priority.score, dueAt },
      audit: {
        priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString(), checkWorthiness: worthiness.score,
        ...(suggestion ? { possibleDuplicateOf: suggestion.claimId, similarity: round(suggestion.similarity) } : {}),
      },
      messages: [timer],
    }, now, claim);
    await writeMatchColumns(manager, claim.id, {
      matchText: text, checkWorthiness: worthiness.score, worthinessFeatures: worthiness.features,
      possibleDuplicateOf: suggestion?.claimId ?? null, duplicateSimilarity: suggestion ? round(suggestion.similarity) : null,
    });
    await recordAppearance(manager, claim.id, claim.id, 1);
    await listForMatching(manager, claim, text);
    return { status: 'queued', priority: priority.score, possibleDuplicateOf: suggestion?.claimId ?? null };
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
