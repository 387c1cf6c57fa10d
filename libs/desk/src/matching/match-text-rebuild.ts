import type { EntityManager } from 'typeorm';
import { matchTerms, matchText } from '@factdesk/matching';
import { bind } from '@factdesk/persistence';

const BATCH = 1_000;

export interface MatchTextRebuild {
  scanned: number;
  rewritten: number;
}

/**
 * Rewrites every stored match text that the match lexicon of this build (`matchText`) writes otherwise, with its
 * claim's match keys, so later claims are compared with texts written by the same rules as theirs: a lexicon change
 * (a synonym, a phrasal verb) otherwise applies only to claims triaged after it. Claims are read in id order, a batch
 * at a time; each batch's rewrite is one statement, so a crash leaves every claim either rewritten or as it was, and
 * a run again finds only what is left. Matching decisions already taken stand.
 */
export async function rebuildMatchTexts(manager: EntityManager): Promise<MatchTextRebuild> {
  const rebuild: MatchTextRebuild = { scanned: 0, rewritten: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await manager.query<{ id: string; content: string; match_text: string }[]>(
      ...bind(
        `SELECT id, content, match_text FROM claims WHERE match_text IS NOT NULL AND id > :after ORDER BY id LIMIT :batch`,
        { after, batch: BATCH },
      ),
    );
    if (rows.length === 0) return rebuild;
    const changed = rows.flatMap((row) => {
      const text = matchText(row.content);
      return text === row.match_text ? [] : [{ id: row.id, text }];
    });
    if (changed.length > 0) await writeMatchTexts(manager, changed);
    rebuild.scanned += rows.length;
    rebuild.rewritten += changed.length;
    after = rows[rows.length - 1].id;
  }
}

async function writeMatchTexts(manager: EntityManager, changed: { id: string; text: string }[]): Promise<void> {
  await manager.query(
    ...bind(
      `WITH rewritten AS (
         SELECT * FROM unnest(:ids::uuid[], :texts::text[], :terms::text[]) AS r(claim_id, match_text, terms)
       ), claim_keys AS (
         UPDATE claim_match_keys k SET match_text = r.match_text, terms = string_to_array(r.terms, ' ')
         FROM rewritten r WHERE k.claim_id = r.claim_id
       ), described_keys AS (
         UPDATE described_match_keys d SET match_text = r.match_text, terms = string_to_array(r.terms, ' ')
         FROM rewritten r WHERE d.claim_id = r.claim_id
       )
       UPDATE claims c SET match_text = r.match_text FROM rewritten r WHERE c.id = r.claim_id`,
      {
        ids: changed.map((row) => row.id),
        texts: changed.map((row) => row.text),
        terms: changed.map((row) => matchTerms(row.text).join(' ')),
      },
    ),
  );
}
