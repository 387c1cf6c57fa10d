import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS } from '@factdesk/review';
import { type AttributionRecord } from '@factdesk/matching';

export type AttributionCounts = Record<(typeof ATTRIBUTION_VERDICTS)[number], number>;
export type RatingCounts = Record<(typeof CLAIM_RATINGS)[number], number>;

export interface TrackRecord {
  /** Claims in the registry under this source (or relayed by it), merged appearances not counted twice. */
  claims: number;
  /** Of those, with a published verdict. */
  approved: number;
  attribution: AttributionCounts;
  rating: RatingCounts;
}

/** Which claims a record counts: those the source made, or those it relayed. */
export type RecordRole = 'source' | 'via';
const COLUMN: Record<RecordRole, string> = { source: 'source_id', via: 'via_source_id' };

const countColumns = (field: string, values: readonly string[]) =>
  values.map(
    (value) =>
      `count(*) FILTER (WHERE review_status = 'approved' AND verdict->>'${field}' = '${value}')::int AS "${field}:${value}"`,
  );

/** Published verdicts only: a verdict still awaiting approval is not yet the desk's word. */
const RECORD_COLUMNS = [
  `count(*) FILTER (WHERE review_status <> 'merged')::int AS claims`,
  `count(*) FILTER (WHERE review_status = 'approved')::int AS approved`,
  ...countColumns('attributionVerdict', ATTRIBUTION_VERDICTS),
  ...countColumns('claimRating', CLAIM_RATINGS),
].join(', ');

const pick = <K extends string>(row: Record<string, number>, field: string, values: readonly K[]) =>
  Object.fromEntries(values.map((value) => [value, row[`${field}:${value}`]])) as Record<K, number>;

/**
 * The track record of each source, as the one who said it or as the relay; sources with no claims get zeros.
 * `verdictsOnly` reads just the approved claims (a partial index serves it): the verdict counts are exact, the claim
 * count is then the approved count.
 */
export async function trackRecords(
  manager: EntityManager,
  sourceIds: string[],
  role: RecordRole,
  verdictsOnly = false,
): Promise<Map<string, TrackRecord>> {
  const rows: (Record<string, number> & { id: string })[] = await queryPrepared(
    manager,
    ...bind(
      `SELECT ids.id, ${RECORD_COLUMNS}
       FROM unnest(:sourceIds::uuid[]) AS ids(id)
       LEFT JOIN claims ON claims.${COLUMN[role]} = ids.id ${verdictsOnly ? `AND claims.review_status = 'approved'` : ''}
       GROUP BY ids.id`,
      { sourceIds },
    ),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        claims: row.claims,
        approved: row.approved,
        attribution: pick(row, 'attributionVerdict', ATTRIBUTION_VERDICTS),
        rating: pick(row, 'claimRating', CLAIM_RATINGS),
      },
    ]),
  );
}

export const attributionRecord = (record: TrackRecord): AttributionRecord => ({ ...record.attribution });
