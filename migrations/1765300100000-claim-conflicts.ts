import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Conflicts (issue 17): two claims of one speaker that say the same with other figures are never joined; they are
 * linked here, with the figures of each side, until a reviewer settles the link (`outcome`).
 */
export class ClaimConflicts1765300100000 implements MigrationInterface {
  name = 'ClaimConflicts1765300100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE claim_conflicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id),
        other_claim_id uuid NOT NULL REFERENCES claims (id),
        claim_figures text[] NOT NULL,
        other_figures text[] NOT NULL,
        similarity real NOT NULL CHECK (similarity BETWEEN 0 AND 1),
        outcome text CHECK (outcome IN ('different_claims', 'contradiction')),
        note text CHECK (length(note) <= 10000),
        settled_by uuid REFERENCES api_keys (id),
        settled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (claim_id <> other_claim_id),
        CHECK ((outcome IS NULL) = (settled_at IS NULL))
      )`);
    // One link per pair, whichever way round it was found.
    await db.query(`CREATE UNIQUE INDEX claim_conflicts_pair_uq
      ON claim_conflicts (least(claim_id, other_claim_id), greatest(claim_id, other_claim_id))`);
    await db.query(`CREATE INDEX claim_conflicts_claim_idx ON claim_conflicts (claim_id)`);
    await db.query(`CREATE INDEX claim_conflicts_other_idx ON claim_conflicts (other_claim_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE claim_conflicts`);
  }
}
