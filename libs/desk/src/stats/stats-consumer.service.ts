import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { recordDomainEvent } from '../events/domain-events';
import { EventLogReader } from '../events/event-log.reader';
import { countedOpenClaim, openCounterChanges, sameCount, type CountedOpenClaim } from './open-claims';
import { applyStats, type OpenClaimsChange, STATS_CONSUMER } from './stats-apply';
import { StatsDeltas } from './stats-deltas';
import { readFacts } from './stats-facts';
import { StatsRebuild } from './stats-rebuild';
import { parseSnapshot, visibleIn } from './snapshot';

/** Events taken in per transaction at most; a backlog is worked off over several runs. */
export const MAX_EVENTS_PER_RUN = 20_000;

const CONSUMER_STATE = `SELECT position::text, skip_snapshot::text, as_of FROM event_consumers WHERE name = :name`;

/** Each touched claim as it is now, with what the rollups last counted for it. */
const OPEN_CLAIMS_NOW = `
  SELECT t.id, c.review_status, c.priority, c.due_at, c.sla_breached_at, a.outlet,
    m.claim_id IS NOT NULL AS counted, m.outlet AS counted_outlet, m.band AS counted_band, m.due_at AS counted_due,
    m.breached AS counted_breached
  FROM unnest(:ids::uuid[]) AS t(id)
  LEFT JOIN claims c ON c.id = t.id
  LEFT JOIN articles a ON a.id = c.article_id
  LEFT JOIN stats_open_claims m ON m.claim_id = t.id`;

interface OpenClaimRow {
  id: string;
  review_status: string | null;
  priority: number;
  due_at: Date | null;
  sla_breached_at: Date | null;
  outlet: string | null;
  counted: boolean;
  counted_outlet: string | null;
  counted_band: CountedOpenClaim['band'];
  counted_due: Date | null;
  counted_breached: boolean;
}

/**
 * The stats rollups' consumer of the event log: one transaction per run reads the events after its position, turns
 * them into rollup changes (stats-deltas.ts) and writes those with its new position, so a crash repeats a run, never
 * half of one. Only this consumer writes the rollups; no transition touches them. A run that changed anything
 * announces it with one `stats.changed` event (so at most one per run).
 */
@Injectable()
export class StatsConsumer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: EventLogReader,
    private readonly rebuild: StatsRebuild,
  ) {}

  /** Events taken in; null while another process runs the consumer. */
  async run(): Promise<number | null> {
    const [state] = await queryPrepared(this.dataSource, ...bind(CONSUMER_STATE, { name: STATS_CONSUMER }));
    if (!state) return (await this.rebuild.rebuild()) ? 0 : null;
    return this.dataSource.transaction((manager) => this.takeIn(manager));
  }

  private async takeIn(manager: EntityManager): Promise<number | null> {
    if (!(await StatsRebuild.lock(manager))) return null;
    const [state] = await queryPrepared<{ position: string; skip_snapshot: string | null }>(
      manager,
      ...bind(CONSUMER_STATE, { name: STATS_CONSUMER }),
    );
    const position = Number(state.position);
    const events = await this.reader.rawAfter(position, MAX_EVENTS_PER_RUN, manager);
    const skip = state.skip_snapshot ? parseSnapshot(state.skip_snapshot) : null;
    const fresh = skip ? events.filter(({ raw }) => !visibleIn(raw.tx, skip)) : events;
    const { facts, touched, folds } = await readFacts(manager, fresh);
    const deltas = new StatsDeltas();
    for (const fact of facts) deltas.add(fact);
    const open = await this.openClaimsChange(manager, touched);
    const last = events.at(-1);
    const asOf = await applyStats(manager, deltas, open, folds, {
      expected: position,
      position: last?.position ?? position,
      keepSkip: skip !== null && (!last || BigInt(last.raw.tx) < skip.xmax),
      caughtUp: events.length < MAX_EVENTS_PER_RUN,
    });
    if (!asOf) return null;
    if (!deltas.empty || open.counters.length > 0 || folds.length > 0) {
      await recordDomainEvent(manager, { type: 'stats.changed', payload: { asOf: asOf.toISOString() } });
    }
    return events.length;
  }

  private async openClaimsChange(manager: EntityManager, ids: string[]): Promise<OpenClaimsChange> {
    const change: OpenClaimsChange = { counters: [], counted: [], uncounted: [] };
    if (ids.length === 0) return change;
    const rows = await queryPrepared<OpenClaimRow>(manager, ...bind(OPEN_CLAIMS_NOW, { ids }));
    for (const row of rows) {
      const before: CountedOpenClaim | null = row.counted
        ? { outlet: row.counted_outlet, band: row.counted_band, dueAt: row.counted_due, breached: row.counted_breached }
        : null;
      const after = countedOpenClaim(
        row.review_status === null
          ? null
          : {
              status: row.review_status,
              priority: row.priority,
              dueAt: row.due_at,
              slaBreachedAt: row.sla_breached_at,
              outlet: row.outlet,
            },
      );
      if (sameCount(before, after)) continue;
      change.counters.push(...openCounterChanges(before, after));
      if (after) change.counted.push({ claimId: row.id, row: after });
      else change.uncounted.push(row.id);
    }
    return change;
  }
}
