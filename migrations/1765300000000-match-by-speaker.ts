import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { INITIALS_SKIP, matchTerms, matchText, unnamedSourcesOf } from '@factdesk/matching';

/**
 * Claims are matched under their speaker (issue 17):
 * - `sources.speaker_id`: the registry row a row's claims are matched with (a surname with the full name, an acronym
 *   with the name it stands for), worked out when a claim of the row is first triaged; `factdesk_initials` indexes
 *   what an acronym would spell.
 * - Anonymous sources are registry rows per relay ("sources via Bloomberg"), not one row for all: each relay's unnamed
 *   sources get their own record. A claim without a relay counts the outlet that printed it as its relay.
 * - Match texts are rebuilt in base forms (lemmas and synonyms), and the match keys under the speaker: the relay for
 *   anonymous sources and documents it carried, the source otherwise.
 * - Candidates are found by exact terms (the words and figures of the match text, `terms`), indexed per speaker:
 *   `factdesk_speaker_terms` prefixes each with the speaker's id (its first 8 hex digits: two speakers sharing them
 *   only share lists), so a term's posting list holds that speaker's claims only.
 *   The trigram index over all match texts goes (similarity is still computed, on the few candidates).
 */
export class MatchBySpeaker1765300000000 implements MigrationInterface {
  name = 'MatchBySpeaker1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sources ADD COLUMN speaker_id uuid REFERENCES sources (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX sources_speaker_idx ON sources (speaker_id) WHERE speaker_id IS NOT NULL`);
    const connectors = [...INITIALS_SKIP].map((word) => `'${word}'`).join(', ');
    await db.query(`
      CREATE FUNCTION factdesk_initials(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT string_agg(left(word, 1), '' ORDER BY position)
        FROM regexp_split_to_table($1, ' ') WITH ORDINALITY AS words(word, position)
        WHERE word <> '' AND word NOT IN (${connectors})
      $$`);
    await db.query(`CREATE INDEX sources_initials_idx ON sources (factdesk_initials(normalised_name))`);
    await this.keyAnonymousSourcesByRelay(db);
    await this.rebuildMatchTexts(db);
    await db.query(`DROP INDEX claim_match_keys_trgm_idx`);
    await db.query(`ALTER TABLE claim_match_keys ADD COLUMN terms text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      CREATE FUNCTION factdesk_speaker_terms(uuid, text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT array(SELECT left($1::text, 8) || ':' || term FROM unnest($2) AS term) $$`);
    // No pending list: rows arrive one triage at a time, and a search would otherwise rescan the unsorted tail.
    await db.query(`CREATE INDEX claim_match_keys_terms_idx ON claim_match_keys
      USING gin (factdesk_speaker_terms(source_id, terms)) WITH (fastupdate = off)`);
    await this.rebuildMatchKeys(db);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claim_match_keys_terms_idx`);
    await db.query(`DROP FUNCTION factdesk_speaker_terms`);
    await db.query(`ALTER TABLE claim_match_keys DROP COLUMN terms`);
    await db.query(`DELETE FROM claim_match_keys`);
    await db.query(`
      INSERT INTO claim_match_keys (claim_id, source_id, match_text)
      SELECT id, source_id, match_text FROM claims
      WHERE source_id IS NOT NULL AND review_status NOT IN ('new', 'merged', 'discarded')`);
    await db.query(
      `CREATE INDEX claim_match_keys_trgm_idx ON claim_match_keys USING gin (match_text gin_trgm_ops) WITH (fastupdate = off)`,
    );
    await db.query(`DROP INDEX sources_initials_idx`);
    await db.query(`DROP FUNCTION factdesk_initials`);
    await db.query(`ALTER TABLE sources DROP COLUMN speaker_id`);
  }

  /** Each anonymous claim moves to the row of its relay's unnamed sources; rows left without claims go. */
  private async keyAnonymousSourcesByRelay(db: QueryRunner): Promise<void> {
    const claims = (await db.query(`
      SELECT c.id, coalesce(relay.name, a.outlet) AS relay
      FROM claims c JOIN sources s ON s.id = c.source_id
      LEFT JOIN sources relay ON relay.id = c.via_source_id LEFT JOIN articles a ON a.id = c.article_id
      WHERE s.type = 'anonymous' AND coalesce(relay.name, a.outlet) IS NOT NULL`)) as { id: string; relay: string }[];
    const byRelay = new Map<string, string[]>();
    for (const claim of claims) byRelay.set(claim.relay, [...(byRelay.get(claim.relay) ?? []), claim.id]);
    for (const [relay, ids] of byRelay) {
      const unnamed = unnamedSourcesOf(relay);
      const [row] = (await db.query(
        `INSERT INTO sources (name, normalised_name, type) VALUES ($1, $2, 'anonymous')
         ON CONFLICT (normalised_name, type) DO UPDATE SET normalised_name = EXCLUDED.normalised_name RETURNING id`,
        [unnamed.name, unnamed.key],
      )) as { id: string }[];
      await db.query(`UPDATE claims SET source_id = $1 WHERE id = ANY($2::uuid[])`, [row.id, ids]);
    }
    await db.query(`
      DELETE FROM sources s WHERE s.type = 'anonymous'
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.source_id = s.id OR c.via_source_id = s.id)
        AND NOT EXISTS (SELECT 1 FROM source_aliases a WHERE a.source_id = s.id)`);
  }

  /** One match key per claim on the desk, under its speaker, with its terms. */
  private async rebuildMatchKeys(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM claim_match_keys`);
    const rows = (await db.query(`
      SELECT id, match_text, CASE WHEN source_type IN ('anonymous', 'document') AND via_source_id IS NOT NULL
                                  THEN via_source_id ELSE source_id END AS speaker
      FROM claims WHERE source_id IS NOT NULL AND match_text IS NOT NULL
        AND review_status NOT IN ('new', 'merged', 'discarded')`)) as {
      id: string;
      match_text: string;
      speaker: string;
    }[];
    for (let start = 0; start < rows.length; start += 1_000) {
      const batch = rows.slice(start, start + 1_000);
      await db.query(
        `INSERT INTO claim_match_keys (claim_id, source_id, match_text, terms)
         SELECT id, speaker, match_text, string_to_array(terms, ' ')
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS k(id, speaker, match_text, terms)`,
        [
          batch.map((row) => row.id),
          batch.map((row) => row.speaker),
          batch.map((row) => row.match_text),
          batch.map((row) => matchTerms(row.match_text).join(' ')),
        ],
      );
    }
  }

  private async rebuildMatchTexts(db: QueryRunner): Promise<void> {
    const rows = (await db.query(`SELECT id, content FROM claims WHERE match_text IS NOT NULL`)) as {
      id: string;
      content: string;
    }[];
    for (let start = 0; start < rows.length; start += 1_000) {
      const batch = rows.slice(start, start + 1_000);
      await db.query(
        `UPDATE claims SET match_text = b.match_text FROM unnest($1::uuid[], $2::text[]) AS b(id, match_text) WHERE claims.id = b.id`,
        [batch.map((row) => row.id), batch.map((row) => matchText(row.content))],
      );
    }
  }
}
