import type { EntityManager } from 'typeorm';
import type { QuoteType, SourceType } from '@factdesk/attribution';
import { type CheckWorthiness, checkWorthiness, sourceRisk } from '@factdesk/matching';
import { type ClaimEntity } from '@factdesk/persistence';
import { FINAL_STATUSES } from '@factdesk/review';
import { attributionRecord, type TrackRecord, trackRecords } from '../sources/track-record';
import { type Priority, triagePriority } from './priority';

export interface ClaimScore {
  priority: Priority;
  worthiness: CheckWorthiness;
  risk: number;
}

export const worthinessOf = (claim: ClaimEntity, reach: number): CheckWorthiness =>
  checkWorthiness({
    content: claim.content,
    sourceType: claim.sourceType as SourceType,
    via: claim.via,
    quote: claim.quote as QuoteType | null,
    appearances: reach,
  });

/** The source's published attribution verdicts, smoothed: a source often misattributed is riskier. */
export async function riskOfSource(manager: EntityManager, sourceId: string | null): Promise<number> {
  return (await sourceRisks(manager, sourceId ? [sourceId] : []))(sourceId);
}

/** `riskOfSource` for several sources, read in one statement: the risk of each (of no source: as of a source with no record). */
export async function sourceRisks(
  manager: EntityManager,
  sourceIds: string[],
): Promise<(sourceId: string | null) => number> {
  const records =
    sourceIds.length > 0 ? await trackRecords(manager, sourceIds, 'source', true) : new Map<string, TrackRecord>();
  const noRecord = { confirmed: 0, misattributed: 0, distorted: 0, unverifiable: 0 };
  return (sourceId) => {
    const record = sourceId ? records.get(sourceId) : undefined;
    return sourceRisk(record ? attributionRecord(record) : noRecord).risk;
  };
}

/** Priority and check-worthiness of a claim carried by `reach` articles, from its text, its source's risk and its reach. */
export function scoreClaim(claim: ClaimEntity, risk: number, reach: number): ClaimScore {
  const worthiness = worthinessOf(claim, reach);
  return { priority: triagePriority(claim, { risk, worthiness: worthiness.score, reach }), worthiness, risk };
}

export interface ReachChange {
  worthiness: CheckWorthiness;
  /** What the change of reach does to the claim's priority; 0 for a claim no longer open. */
  priorityDelta: number;
}

/**
 * A claim's new check-worthiness at `reach`, and the priority points that reach adds or takes away (a change, not a
 * recomputation, so an editor's own priority setting is kept).
 */
export function reachChange(claim: ClaimEntity, reach: number, risk: number): ReachChange {
  const worthiness = worthinessOf(claim, reach);
  if (FINAL_STATUSES.includes(claim.status as never)) return { worthiness, priorityDelta: 0 };
  const before = triagePriority(claim, { risk, worthiness: claim.checkWorthiness ?? 0, reach: claim.reach });
  return {
    worthiness,
    priorityDelta: triagePriority(claim, { risk, worthiness: worthiness.score, reach }).score - before.score,
  };
}
