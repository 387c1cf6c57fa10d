import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { describesSpeaker } from '@factdesk/matching';

/**
 * A claim whose speaker is only described ("the regional prefect", "its chief executive", unnamed sources without a
 * relay) may be the same claim as another speaker's, named in another outlet (issue 17). Such claims' match keys are
 * also kept in `described_match_keys`, one table (not partitioned by speaker), which every new claim searches by plain
 * terms in one index probe per pair of terms; a described speaker's claim searches every speaker's keys by plain terms
 * (`claim_match_keys_any_terms_idx`). See libs/desk/src/matching/appearances.ts. Keys on the desk are copied there
 * from their claims' sources.
 */
export class DescribedSpeakerMatchKeys1767310000000 implements MigrationInterface {
  name = 'DescribedSpeakerMatchKeys1767310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE described_match_keys (
        claim_id uuid PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
        match_text text NOT NULL,
        terms text[] NOT NULL
      )`);
    const speakers = (await db.query(`
      SELECT DISTINCT c.source_name AS name, c.source_type AS type, c.via
      FROM claims c JOIN claim_match_keys k ON k.claim_id = c.id`)) as {
      name: string;
      type: string;
      via: string | null;
    }[];
    const described = speakers.filter((speaker) => describesSpeaker(speaker));
    if (described.length > 0) {
      await db.query(
        `INSERT INTO described_match_keys (claim_id, match_text, terms)
         SELECT k.claim_id, k.match_text, k.terms
         FROM claim_match_keys k JOIN claims c ON c.id = k.claim_id
         JOIN unnest($1::text[], $2::text[], $3::text[]) AS d(name, type, via)
           ON c.source_name = d.name AND c.source_type = d.type AND c.via IS NOT DISTINCT FROM d.via`,
        [described.map((row) => row.name), described.map((row) => row.type), described.map((row) => row.via)],
      );
    }
    // No pending lists, as for the speaker's index: keys arrive one triage at a time.
    await db.query(
      `CREATE INDEX described_match_keys_terms_idx ON described_match_keys USING gin (terms) WITH (fastupdate = off)`,
    );
    await db.query(
      `CREATE INDEX claim_match_keys_any_terms_idx ON claim_match_keys USING gin (terms) WITH (fastupdate = off)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claim_match_keys_any_terms_idx`);
    await db.query(`DROP TABLE described_match_keys`);
  }
}
