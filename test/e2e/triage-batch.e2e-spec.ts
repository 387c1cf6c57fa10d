import { SEED_ARTICLE } from '../support/articles';
import { SEED_REWRITES } from '../support/rewrites';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/**
 * The worker places the claims of verification jobs running at once together (one transaction per batch). Everything
 * here is posted before the worker starts, so it finds a full queue and copies of one claim land in the same batch:
 * each must still become one claim with the others as its appearances.
 */
describe('triage in batches: copies of a claim that arrive together', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('makes one claim of each set of copies however the batches fall, and queues the rest', async () => {
    const articles: string[] = [];
    for (const { outlet, body } of [{ outlet: 'MNTV', body: SEED_ARTICLE }, ...SEED_REWRITES]) {
      const posted = await stack.request('POST', '/v1/articles', { as: 'intake', body: { outlet, body } });
      expect(posted.status).toBe(202);
      articles.push(posted.body.id);
    }
    const byHand = [
      'the port of Tartus will reopen to container ships in March',
      'the port of Tartus will reopen to container ships in March, the authority said',
      'The port of Tartus will reopen to container ships in March.',
      'grain exports through the port doubled last year',
    ];
    const handClaims: string[] = [];
    for (const content of byHand) {
      const created = await stack.request('POST', '/v1/claims', {
        as: 'intake',
        body: { source: 'Syrian Ports Authority', sourceType: 'organization', content },
      });
      expect(created.status).toBe(201);
      handClaims.push(created.body.id);
    }

    await stack.startWorker();
    await waitFor(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT (SELECT count(*) FROM articles WHERE ingest_status <> 'extracted')::int AS pending,
                (SELECT count(*) FROM claims WHERE review_status = 'new')::int AS untriaged`,
        );
        return rows[0].pending === 0 && rows[0].untriaged === 0;
      },
      'every claim placed',
      30_000,
    );

    const { rows: placed } = await stack.db.query(
      `SELECT source_name, review_status, count(*)::int AS n FROM claims
       WHERE article_id = ANY($1) OR id = ANY($2) GROUP BY 1, 2 ORDER BY 1, 2`,
      [articles, handClaims],
    );
    const bySource = new Map<string, Record<string, number>>();
    for (const row of placed)
      bySource.set(row.source_name, { ...bySource.get(row.source_name), [row.review_status]: row.n });
    // Each of the seed article's three claims in three articles, the rewrite's own claim once, the port claim three times.
    expect(Object.fromEntries(bySource)).toEqual({
      'Marhaf Abu Qasra': { queued: 1, merged: 2 },
      sources: { queued: 1, merged: 2 },
      Bloomberg: { queued: 1, merged: 2 },
      Analysts: { queued: 1 },
      'Syrian Ports Authority': { queued: 2, merged: 2 },
    });

    const { rows: canonical } = await stack.db.query(
      `SELECT c.source_name, c.reach, (SELECT count(*)::int FROM claim_appearances a WHERE a.claim_id = c.id) AS appearances,
              (SELECT count(*)::int FROM claims m WHERE m.merged_into_id = c.id) AS merged_in
       FROM claims c WHERE c.review_status = 'queued' AND c.reach > 1 ORDER BY 1`,
    );
    expect(canonical).toEqual([
      { source_name: 'Bloomberg', reach: 3, appearances: 3, merged_in: 2 },
      { source_name: 'Marhaf Abu Qasra', reach: 3, appearances: 3, merged_in: 2 },
      { source_name: 'Syrian Ports Authority', reach: 3, appearances: 3, merged_in: 2 },
      { source_name: 'sources', reach: 3, appearances: 3, merged_in: 2 },
    ]);

    const { rows: events } = await stack.db.query(
      `SELECT event, count(*)::int AS n FROM review_events WHERE claim_id IN (SELECT id FROM claims) GROUP BY 1 ORDER BY 1`,
    );
    expect(events).toEqual([
      { event: 'match', n: 8 },
      { event: 'triage', n: 6 },
    ]);
  });
});
