import { CLAIM_STATUSES, FINAL_STATUSES } from '@factdesk/review';
import { bucketStart, GRAINS, type Grain } from './stats-time';

/**
 * What the stats consumer learns from the log, as changes to the rollups. Pure: the facts come from stats-facts.ts.
 * The whole desk is scope '' and each outlet a scope of its own; every change lands in both.
 */
export const ALL_OUTLETS = '';
/** stats_durations rows that belong to nobody (intake to approval) use this actor id. */
export const NO_ACTOR = '00000000-0000-0000-0000-000000000000';

/** Open for work: neither the pipeline's `new` nor final. */
export const OPEN_STATUSES: readonly string[] = CLAIM_STATUSES.filter(
  (status) => status !== 'new' && !FINAL_STATUSES.includes(status),
);
/** Verdict decisions; a reviewer's handling time is the time the claim spent in the state the decision left. */
export const DECISION_EVENTS: readonly string[] = ['submit', 'approve', 'return'];
/** Attribution verdicts that count against a source (or relay). */
export const PROBLEM_VERDICTS: readonly string[] = ['misattributed', 'distorted'];

export interface ClaimFacts {
  /** date_trunc('hour', created_at), from PostgreSQL (no rounding of microseconds on the way). */
  createdHour: Date;
  outlet: string | null;
  sourceId: string | null;
  viaId: string | null;
}

export type StatsFact =
  | { kind: 'article'; outlet: string | null; submittedHour: Date; claims: ClaimFacts[] }
  | { kind: 'claim'; claim: ClaimFacts }
  | {
      kind: 'review';
      event: string;
      from: string | null;
      to: string;
      actorId: string | null;
      atHour: Date;
      claim: ClaimFacts;
      /** The verdict of the claim's last submit before the event (read when it enters or leaves approved). */
      attributionVerdict: string | null;
      claimRating: string | null;
      /** Histogram bins (computed in SQL) of intake to this event, and of the time in the state it left. */
      sinceIntakeBin: number;
      handlingBin: number;
    };

interface SourceChange {
  claims: number;
  decided: number;
  problems: number;
}

const key = (...parts: (string | number)[]) => parts.join('\u0000');

export class StatsDeltas {
  readonly counts = new Map<string, { scope: string; grain: Grain; bucket: Date; metric: string; n: number }>();
  readonly durations = new Map<
    string,
    { scope: string; metric: string; grain: Grain; bucket: Date; actorId: string; bin: number; n: number }
  >();
  readonly sources = new Map<string, { scope: string; role: 'source' | 'via'; sourceId: string } & SourceChange>();

  get empty(): boolean {
    return this.counts.size === 0 && this.durations.size === 0 && this.sources.size === 0;
  }

  add(fact: StatsFact): void {
    if (fact.kind === 'article') {
      this.count(fact.outlet, fact.submittedHour, 'articles', 1);
      for (const claim of fact.claims) this.claimTakenIn(claim);
    } else if (fact.kind === 'claim') {
      this.claimTakenIn(fact.claim);
    } else {
      this.review(fact);
    }
  }

  private claimTakenIn(claim: ClaimFacts): void {
    this.count(claim.outlet, claim.createdHour, 'claims', 1);
    this.count(claim.outlet, claim.createdHour, 'status:new', 1);
    this.source(claim, { claims: 1, decided: 0, problems: 0 });
  }

  private review(fact: Extract<StatsFact, { kind: 'review' }>): void {
    const { claim, from, to } = fact;
    if (from !== null && from !== to) {
      this.count(claim.outlet, claim.createdHour, `status:${from}`, -1);
      this.count(claim.outlet, claim.createdHour, `status:${to}`, 1);
    }
    if (from !== to && (to === 'merged' || from === 'merged')) {
      this.source(claim, { claims: to === 'merged' ? -1 : 1, decided: 0, problems: 0 });
    }
    const problem = PROBLEM_VERDICTS.includes(fact.attributionVerdict ?? '') ? 1 : 0;
    if (to === 'approved' && from !== 'approved') {
      this.count(claim.outlet, fact.atHour, 'approved', 1);
      this.count(claim.outlet, fact.atHour, `verdict:${fact.attributionVerdict}`, 1);
      this.count(claim.outlet, fact.atHour, `rating:${fact.claimRating}`, 1);
      this.duration(claim.outlet, fact.atHour, 'intake_to_approved', NO_ACTOR, fact.sinceIntakeBin);
      this.source(claim, { claims: 0, decided: 1, problems: problem });
    }
    if (from === 'approved' && to !== 'approved') this.source(claim, { claims: 0, decided: -1, problems: -problem });
    if (DECISION_EVENTS.includes(fact.event) && fact.actorId && from !== to) {
      this.duration(claim.outlet, fact.atHour, 'handling', fact.actorId, fact.handlingBin);
    }
  }

  private count(outlet: string | null, hour: Date, metric: string, n: number): void {
    for (const scope of scopes(outlet)) {
      for (const grain of GRAINS) {
        const bucket = bucketStart(grain, hour);
        const entry = this.counts.get(key(scope, grain, bucket.getTime(), metric)) ?? {
          scope,
          grain,
          bucket,
          metric,
          n: 0,
        };
        entry.n += n;
        this.counts.set(key(scope, grain, bucket.getTime(), metric), entry);
      }
    }
  }

  private duration(outlet: string | null, hour: Date, metric: string, actorId: string, bin: number): void {
    for (const scope of scopes(outlet)) {
      for (const grain of GRAINS) {
        const bucket = bucketStart(grain, hour);
        const id = key(scope, metric, grain, bucket.getTime(), actorId, bin);
        const entry = this.durations.get(id) ?? { scope, metric, grain, bucket, actorId, bin, n: 0 };
        entry.n += 1;
        this.durations.set(id, entry);
      }
    }
  }

  private source(claim: ClaimFacts, change: SourceChange): void {
    const roles = [
      ['source', claim.sourceId],
      ['via', claim.viaId],
    ] as const;
    for (const [role, sourceId] of roles) {
      if (!sourceId) continue;
      for (const scope of scopes(claim.outlet)) {
        const id = key(scope, role, sourceId);
        const entry = this.sources.get(id) ?? { scope, role, sourceId, claims: 0, decided: 0, problems: 0 };
        entry.claims += change.claims;
        entry.decided += change.decided;
        entry.problems += change.problems;
        this.sources.set(id, entry);
      }
    }
  }
}

export const scopes = (outlet: string | null): string[] => (outlet === null ? [ALL_OUTLETS] : [ALL_OUTLETS, outlet]);
