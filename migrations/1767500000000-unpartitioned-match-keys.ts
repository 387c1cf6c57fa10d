import { type MigrationInterface, type QueryRunner } from 'typeorm';

const PARTITIONS = 16;

const INDEXES = [
  `CREATE INDEX claim_match_keys_claim_idx ON claim_match_keys (claim_id)`,
  `CREATE INDEX claim_match_keys_terms_idx ON claim_match_keys
     USING gin (factdesk_speaker_terms(source_id, terms)) WITH (fastupdate = off)`,
  `CREATE INDEX claim_match_keys_any_terms_idx ON claim_match_keys USING gin (terms) WITH (fastupdate = off)`,
];

/**
 * `claim_match_keys` is one table, no longer 16 hash partitions by speaker. The partitions served the trigram index
 * of the first matching; the speaker's own search needs none (`factdesk_speaker_terms` prefixes every term with the
 * speaker, so a posting list holds one speaker's claims), and the search of a described speaker's claim across every
 * speaker's keys probed all 16 partitions' indexes once per pair of terms: 240 index probes and 1,800 buffers for a
 * search that one index answers in 15 probes and 600 (bench:matching, issue 17). Keys are copied over as they are.
 */
export class UnpartitionedMatchKeys1767500000000 implements MigrationInterface {
  name = 'UnpartitionedMatchKeys1767500000000';

  async up(db: QueryRunner): Promise<void> {
    await this.replaceTable(db, '');
  }

  async down(db: QueryRunner): Promise<void> {
    await this.replaceTable(db, 'PARTITION BY HASH (source_id)');
  }

  /** A new `claim_match_keys` (`partitioning` after its columns), holding the old one's keys, with its indexes. */
  private async replaceTable(db: QueryRunner, partitioning: string): Promise<void> {
    await db.query(`ALTER TABLE claim_match_keys RENAME TO claim_match_keys_old`);
    await db.query(`
      CREATE TABLE claim_match_keys (
        claim_id uuid NOT NULL CONSTRAINT claim_match_keys_claim_id_fkey REFERENCES claims (id) ON DELETE CASCADE,
        source_id uuid NOT NULL,
        match_text text NOT NULL,
        terms text[] NOT NULL DEFAULT '{}'
      ) ${partitioning}`);
    if (partitioning) {
      for (let remainder = 0; remainder < PARTITIONS; remainder += 1) {
        await db.query(`CREATE TABLE claim_match_keys_${remainder} PARTITION OF claim_match_keys
          FOR VALUES WITH (MODULUS ${PARTITIONS}, REMAINDER ${remainder})`);
      }
    }
    await db.query(`
      INSERT INTO claim_match_keys (claim_id, source_id, match_text, terms)
      SELECT claim_id, source_id, match_text, terms FROM claim_match_keys_old`);
    await db.query(`DROP TABLE claim_match_keys_old`);
    for (const index of INDEXES) await db.query(index);
  }
}
