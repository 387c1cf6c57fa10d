import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';

/** Two claims of one speaker that say the same with other figures ("200" / "300 armoured vehicles"). */
export interface ConflictLink {
  claimId: string;
  otherClaimId: string;
  /** The figures each side gives (the other side's: those of its claim and the claims joined to it). */
  figures: string[];
  otherFigures: string[];
  similarity: number;
}

export const CONFLICT_OUTCOMES = ['different_claims', 'contradiction'] as const;
export type ConflictOutcome = (typeof CONFLICT_OUTCOMES)[number];

/** A conflict as one of its two claims shows it: `claimId` is the other claim. */
export interface ConflictView {
  id: string;
  claimId: string;
  figures: string[];
  otherFigures: string[];
  similarity: number;
  status: 'open' | 'settled';
  outcome: ConflictOutcome | null;
  note: string | null;
  settledBy: string | null;
  settledAt: string | null;
  createdAt: string;
}

/**
 * Records conflicts (a pair already linked, either way round, is left as it is) and a `conflict` audit event on each
 * of the two claims, naming the other and both figures. One statement, in the caller's transaction.
 */
export async function recordConflicts(manager: EntityManager, links: ConflictLink[]): Promise<void> {
  if (links.length === 0) return;
  await manager.query(
    ...bind(
      `WITH link AS (
         SELECT * FROM unnest(:claims::uuid[], :others::uuid[], :figures::text[], :otherFigures::text[], :similarities::real[])
           AS l(claim_id, other_claim_id, figures, other_figures, similarity)
       ), inserted AS (
         INSERT INTO claim_conflicts (claim_id, other_claim_id, claim_figures, other_figures, similarity)
         SELECT claim_id, other_claim_id, string_to_array(figures, ' '), string_to_array(other_figures, ' '), similarity
         FROM link ON CONFLICT DO NOTHING
         RETURNING id, claim_id, other_claim_id, claim_figures, other_figures, similarity
       ), sides AS (
         SELECT id, claim_id AS side, other_claim_id AS other, claim_figures AS own, other_figures AS theirs, similarity FROM inserted
         UNION ALL
         SELECT id, other_claim_id, claim_id, other_figures, claim_figures, similarity FROM inserted
       )
       INSERT INTO review_events (claim_id, event, from_status, to_status, actor_role, payload)
       SELECT s.side, 'conflict', c.review_status, c.review_status, 'system',
              jsonb_build_object('conflict', s.id, 'with', s.other, 'figures', to_jsonb(s.own),
                                 'otherFigures', to_jsonb(s.theirs), 'similarity', round(s.similarity::numeric, 3))
       FROM sides s JOIN claims c ON c.id = s.side`,
      {
        claims: links.map((link) => link.claimId),
        others: links.map((link) => link.otherClaimId),
        figures: links.map((link) => link.figures.join(' ')),
        otherFigures: links.map((link) => link.otherFigures.join(' ')),
        similarities: links.map((link) => Math.min(1, Math.max(0, link.similarity))),
      },
    ),
  );
}

interface ConflictRow {
  id: string;
  claim_id: string;
  other_claim_id: string;
  claim_figures: string[];
  other_figures: string[];
  similarity: number;
  outcome: ConflictOutcome | null;
  note: string | null;
  settled_by: string | null;
  settled_at: Date | null;
  created_at: Date;
}

export const CONFLICT_COLUMNS = `id, claim_id, other_claim_id, claim_figures, other_figures, similarity, outcome, note,
  settled_by, settled_at, created_at`;

/** The row as seen from `side` (one of its claims, or a claim merged into one of them). */
export function toConflictView(row: ConflictRow, side: string[]): ConflictView {
  const mine = side.includes(row.claim_id);
  return {
    id: row.id,
    claimId: mine ? row.other_claim_id : row.claim_id,
    figures: mine ? row.claim_figures : row.other_figures,
    otherFigures: mine ? row.other_figures : row.claim_figures,
    similarity: row.similarity,
    status: row.settled_at ? 'settled' : 'open',
    outcome: row.outcome,
    note: row.note,
    settledBy: row.settled_by,
    settledAt: row.settled_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The conflicts of a claim and of the claims merged into it, oldest first. */
export async function conflictsOf(manager: EntityManager, claimId: string): Promise<ConflictView[]> {
  const [{ ids }] = await manager.query<{ ids: string[] }[]>(
    ...bind(`SELECT array_append(array(SELECT id FROM claims WHERE merged_into_id = :claim), :claim::uuid) AS ids`, {
      claim: claimId,
    }),
  );
  const rows = await manager.query<ConflictRow[]>(
    ...bind(
      `SELECT ${CONFLICT_COLUMNS} FROM claim_conflicts
       WHERE claim_id = ANY(:ids::uuid[]) OR other_claim_id = ANY(:ids::uuid[]) ORDER BY created_at, id`,
      { ids },
    ),
  );
  return rows.map((row) => toConflictView(row, ids));
}
