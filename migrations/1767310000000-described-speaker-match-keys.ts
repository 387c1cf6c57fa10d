import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { describesSpeaker } from '@factdesk/matching';

/**
 * A claim whose speaker is only described ("the regional prefect", "its chief executive", unnamed sources without a
 * relay) may be the same claim as another speaker's, named in another outlet (issue 17): `described_speaker` marks
 * its match key. Two more term indexes serve the search across speakers (libs/desk/src/matching/appearances.ts): the
 * described speakers' keys alone, which every claim reads, and every key by its plain terms, which only a described
 * speaker's claim reads. Keys on the desk are marked from their claims' sources.
 */
export class DescribedSpeakerMatchKeys1767310000000 implements MigrationInterface {
  name = 'DescribedSpeakerMatchKeys1767310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim_match_keys ADD COLUMN described_speaker boolean NOT NULL DEFAULT false`);
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
        `UPDATE claim_match_keys k SET described_speaker = true
         FROM claims c, unnest($1::text[], $2::text[], $3::text[]) AS d(name, type, via)
         WHERE c.id = k.claim_id AND c.source_name = d.name AND c.source_type = d.type
           AND c.via IS NOT DISTINCT FROM d.via`,
        [described.map((row) => row.name), described.map((row) => row.type), described.map((row) => row.via)],
      );
    }
    // No pending list, as for the speaker's index: keys arrive one triage at a time.
    await db.query(
      `CREATE INDEX claim_match_keys_any_terms_idx ON claim_match_keys USING gin (terms) WITH (fastupdate = off)`,
    );
    await db.query(`CREATE INDEX claim_match_keys_described_terms_idx ON claim_match_keys USING gin (terms)
      WITH (fastupdate = off) WHERE described_speaker`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claim_match_keys_described_terms_idx`);
    await db.query(`DROP INDEX claim_match_keys_any_terms_idx`);
    await db.query(`ALTER TABLE claim_match_keys DROP COLUMN described_speaker`);
  }
}
