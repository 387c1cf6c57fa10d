import { priorityBand, type PriorityBand } from '../triage/sla';
import { OPEN_STATUSES, scopes } from './stats-deltas';

/**
 * Open claims by priority band and SLA state are a picture of now, not a sum of events: a claim's priority also moves
 * when another article repeats it. So the consumer keeps, per open claim, what it last counted (stats_open_claims),
 * and for every claim an event touched compares that with the claim as it is now. Pure.
 */
export interface CountedOpenClaim {
  outlet: string | null;
  band: PriorityBand;
  dueAt: Date | null;
  /** The SLA timer marked it overdue (claim.sla_breached). */
  breached: boolean;
}

export interface ClaimNow {
  status: string;
  priority: number;
  dueAt: Date | null;
  slaBreachedAt: Date | null;
  outlet: string | null;
}

export function countedOpenClaim(claim: ClaimNow | null): CountedOpenClaim | null {
  if (!claim || !OPEN_STATUSES.includes(claim.status)) return null;
  return {
    outlet: claim.outlet,
    band: priorityBand(claim.priority),
    dueAt: claim.dueAt,
    breached: claim.slaBreachedAt !== null,
  };
}

export interface OpenCounterChange {
  scope: string;
  band: PriorityBand;
  claims: number;
  breached: number;
}

export function openCounterChanges(
  before: CountedOpenClaim | null,
  after: CountedOpenClaim | null,
): OpenCounterChange[] {
  const changes: OpenCounterChange[] = [];
  const add = (row: CountedOpenClaim, sign: number) => {
    for (const scope of scopes(row.outlet)) {
      changes.push({ scope, band: row.band, claims: sign, breached: row.breached ? sign : 0 });
    }
  };
  if (before) add(before, -1);
  if (after) add(after, 1);
  return changes;
}

export const sameCount = (a: CountedOpenClaim | null, b: CountedOpenClaim | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.outlet === b.outlet &&
    a.band === b.band &&
    a.breached === b.breached &&
    (a.dueAt?.getTime() ?? null) === (b.dueAt?.getTime() ?? null));
