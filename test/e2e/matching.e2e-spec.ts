import { ingestArticle, SEED_ARTICLE } from '../support/articles';
import { VERDICT, fire, take } from '../support/review';
import { runCli } from '../support/processes';
import { BLOOMBERG_REPEAT, SEED_REWRITES } from '../support/rewrites';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface ArticleClaim {
  id: string;
  source: string;
  status: string;
  matchedClaim: { id: string; status: string; verdict: object | null } | null;
}

/** Shares the report's main words but not enough of them to be the same claim without a reviewer's say. */
const BLOOMBERG_NEAR_DUPLICATE = 'Türkiye plans to sell Syria armoured vehicles and drones, to be paid for by Qatar';
/** Shares half of the report's words, and few of the near duplicate's: another deal, for a reviewer to tell. */
const BLOOMBERG_OTHER_DEAL = 'Türkiye plans to supply Jordan with missile systems and radar equipment next spring';

describe('claim matching: one verification item per claim, however many articles repeat it', () => {
  let stack: Stack;

  const ingest = (outlet: string, body: string): Promise<{ id: string; claims: ArticleClaim[] }> =>
    ingestArticle(stack, outlet, body);

  async function submitClaim(source: string, sourceType: string, content: string) {
    const created = await stack.request('POST', '/v1/claims', { as: 'intake', body: { source, sourceType, content } });
    expect(created.status).toBe(201);
    return waitFor(async () => {
      const { body } = await stack.request('GET', `/v1/claims/${created.body.id}`, { as: 'reviewer' });
      return body.status !== 'new' ? body : null;
    }, 'claim triaged');
  }

  const detail = async (id: string) => (await stack.request('GET', `/v1/claims/${id}`, { as: 'editor' })).body;
  const bySource = (claims: ArticleClaim[], source: string) =>
    claims.find((claim) => claim.source === source) as ArticleClaim;

  let seed: { id: string; claims: ArticleClaim[] };
  let bloomberg: ArticleClaim;

  beforeAll(async () => {
    stack = await startStack();
    seed = await ingest('MNTV', SEED_ARTICLE);
    bloomberg = bySource(seed.claims, 'Bloomberg');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("ranks the seed article's reported arms supply no lower than its other claims, and shows why", async () => {
    const details = await Promise.all(seed.claims.map((claim) => detail(claim.id)));
    const supply = details.find((claim) => claim.id === bloomberg.id);
    const others = details.filter((claim) => claim.id !== bloomberg.id);
    expect(others).toHaveLength(2);
    for (const other of others) expect(supply.checkWorthiness).toBeGreaterThanOrEqual(other.checkWorthiness);
    const contributing = Object.fromEntries(
      supply.worthinessFeatures
        .filter((feature: { contribution: number }) => feature.contribution !== 0)
        .map((feature: { name: string; contribution: number }) => [feature.name, feature.contribution]),
    );
    expect(contributing).toMatchObject({ entities: 0.1, plan: 0.15, relayed: 0.1 });
  });

  it('makes the seed article and two rewrites one claim per attributed claim, each with three appearances', async () => {
    const rewrites = [];
    for (const rewrite of SEED_REWRITES) rewrites.push(await ingest(rewrite.outlet, rewrite.body));

    for (const claim of seed.claims) {
      expect(claim.status).toBe('queued');
      const canonical = await detail(claim.id);
      expect(canonical.reach).toBe(3);
      expect(canonical.appearances.map((appearance: { outlet: string }) => appearance.outlet)).toEqual([
        'MNTV',
        'Levant Daily',
        'Bosphorus Wire',
      ]);
      for (const rewrite of rewrites) {
        const repeated = bySource(rewrite.claims, claim.source);
        expect(repeated).toMatchObject({
          status: 'merged',
          matchedClaim: { id: claim.id, status: 'queued', verdict: null },
        });
      }
    }
    // The one claim only a rewrite makes stays its own claim.
    const own = rewrites[1].claims.filter((claim) => claim.status === 'queued');
    expect(own.map((claim) => claim.source)).toEqual(['Analysts']);

    const { rows } = await stack.db.query(
      `SELECT count(*) FILTER (WHERE review_status = 'queued')::int AS queued, count(*) FILTER (WHERE review_status = 'merged')::int AS merged
       FROM claims WHERE article_id = ANY($1)`,
      [[seed.id, ...rewrites.map((rewrite) => rewrite.id)]],
    );
    expect(rows[0]).toEqual({ queued: 4, merged: 6 });

    const history = (await stack.request('GET', `/v1/claims/${bloomberg.id}/history`, { as: 'reviewer' })).body.events;
    expect(history.filter((event: { event: string }) => event.event === 'match')).toHaveLength(2);
  });

  it('raises the priority of a claim as its reach grows', async () => {
    const canonical = await detail(bloomberg.id);
    const triage = canonical.history.find((event: { event: string }) => event.event === 'triage');
    expect(canonical.priority).toBeGreaterThan(triage.payload.priority);
    expect(canonical.checkWorthiness).toBeGreaterThan(0);
    expect(canonical.worthinessFeatures.map((feature: { name: string }) => feature.name)).toContain('reach');
  });

  it('keeps an unrelated claim of the same source apart', async () => {
    const unrelated = await submitClaim(
      'Bloomberg',
      'media',
      'the central bank of Türkiye will cut interest rates by half a point in December',
    );
    expect(unrelated).toMatchObject({ status: 'queued', possibleDuplicateOf: null, matchedClaim: null, reach: 1 });
  });

  it("joins a described speaker's rewrite to the named speaker's claim, never to another named speaker", async () => {
    const named = await submitClaim(
      'Ingrid Solberg',
      'person',
      'the port of Tromsø handled a record 1.4 million tonnes of fish this year, up from 1.1 million',
    );
    expect(named).toMatchObject({ status: 'queued', matchedClaim: null });
    const rewrite = 'the port of Tromsø landed a record 1.4 million tonnes of fish in the year';
    const described = await submitClaim('the harbour master', 'person', rewrite);
    expect(described).toMatchObject({ status: 'merged', matchedClaim: { id: named.id } });
    const match = described.history.find((event: { event: string }) => event.event === 'match');
    expect(match.payload).toMatchObject({ into: named.id, evidence: 'close text, described speaker' });

    const otherNamed = await submitClaim('Ole Hansen', 'person', rewrite);
    expect(otherNamed).toMatchObject({ status: 'queued', matchedClaim: null });
    expect((await detail(named.id)).reach).toBe(2);
  });

  it('compares a new claim with every wording of a claim, not only the first', async () => {
    const first = await submitClaim(
      'Sigrid Berg',
      'person',
      'the regional council approved a 40-kilometre tram line through the city centre',
    );
    const extended = await submitClaim(
      'Sigrid Berg',
      'person',
      'the regional council approved a 40-kilometre tram line through the city centre that will run on to the airport from 2031',
    );
    expect(extended).toMatchObject({ status: 'merged', matchedClaim: { id: first.id } });
    // Four of its five words are the extended wording's, two the first's.
    const shortened = await submitClaim(
      'Sigrid Berg',
      'person',
      'the tram will run on to the airport from 2031, the council decided',
    );
    expect(shortened).toMatchObject({ status: 'merged', matchedClaim: { id: first.id } });
    expect((await detail(first.id)).reach).toBe(3);
  });

  it('suggests a near duplicate instead of merging it, and a reviewer confirms it', async () => {
    const near = await submitClaim('Bloomberg', 'media', BLOOMBERG_NEAR_DUPLICATE);
    expect(near).toMatchObject({ status: 'queued', possibleDuplicateOf: bloomberg.id, matchedClaim: null });
    expect(near.duplicateSimilarity).toBeLessThan(0.6);

    const confirmed = await fire(stack, 'reviewer', near.id, 'confirm_duplicate', near.version);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'merged', possibleDuplicateOf: null });

    const canonical = await detail(bloomberg.id);
    expect(canonical.reach).toBe(4);
    expect(canonical.appearances.map((appearance: { originClaimId: string }) => appearance.originClaimId)).toContain(
      near.id,
    );
    const events = canonical.history.map(
      (event: { claimId: string; event: string }) =>
        `${event.claimId === near.id ? 'near' : 'canonical'}:${event.event}`,
    );
    expect(events).toEqual(expect.arrayContaining(['near:triage', 'near:confirm_duplicate', 'canonical:merged_in']));

    // The wording the reviewer confirmed is one more the claim is found by.
    const reworded = await submitClaim('Bloomberg', 'media', `${BLOOMBERG_NEAR_DUPLICATE} this winter`);
    expect(reworded).toMatchObject({ status: 'merged', matchedClaim: { id: bloomberg.id } });
  });

  it('lets a reviewer reject a suggestion, audited, and the claim stays in the queue', async () => {
    const near = await submitClaim('Bloomberg', 'media', BLOOMBERG_OTHER_DEAL);
    expect(near.possibleDuplicateOf).toBe(bloomberg.id);

    const rejected = await fire(stack, 'reviewer', near.id, 'reject_duplicate', near.version, {
      note: 'a different deal',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'queued', possibleDuplicateOf: null, version: near.version + 1 });
    const history = (await stack.request('GET', `/v1/claims/${near.id}/history`, { as: 'reviewer' })).body.events;
    expect(history.at(-1)).toMatchObject({
      event: 'reject_duplicate',
      from: 'queued',
      to: 'queued',
      role: 'reviewer',
      payload: { rejected: bloomberg.id },
    });

    const again = await fire(stack, 'reviewer', near.id, 'reject_duplicate', rejected.body.version);
    expect(again.status).toBe(409);
  });

  it('lets an editor split an appearance out and merge it back, each side audited', async () => {
    const appearance = (await detail(bloomberg.id)).appearances.find(
      (a: { outlet: string }) => a.outlet === 'Bosphorus Wire',
    );
    const origin = await detail(appearance.originClaimId);

    expect((await fire(stack, 'reviewer', origin.id, 'split', origin.version)).status).toBe(403);
    const split = await fire(stack, 'editor', origin.id, 'split', origin.version);
    expect(split.status).toBe(200);
    expect(split.body).toMatchObject({
      status: 'queued',
      matchedClaim: null,
      priority: expect.any(Number),
      dueAt: expect.any(String),
    });
    expect((await detail(bloomberg.id)).reach).toBe(4);
    expect((await detail(origin.id)).appearances).toHaveLength(1);

    const merged = await fire(stack, 'editor', origin.id, 'merge', split.body.version, { into: bloomberg.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', matchedClaim: { id: bloomberg.id } });
    const canonical = await detail(bloomberg.id);
    expect(canonical.reach).toBe(5);
    expect(
      canonical.history
        .filter((event: { claimId: string }) => event.claimId === bloomberg.id)
        .map((event: { event: string }) => event.event),
    ).toEqual(expect.arrayContaining(['split_out', 'merged_in']));

    const intoItself = await fire(stack, 'editor', bloomberg.id, 'merge', canonical.version, { into: bloomberg.id });
    expect(intoItself.status).toBe(400);
    const intoMerged = await fire(stack, 'editor', bloomberg.id, 'merge', canonical.version, { into: origin.id });
    expect(intoMerged.status).toBe(409);
  });

  it('shows an approved verdict at once on a new article that repeats the claim', async () => {
    const taken = await take(stack, 'reviewer', bloomberg.id);
    expect(taken.status).toBe(200);
    await stack.request('POST', `/v1/claims/${bloomberg.id}/evidence`, {
      as: 'reviewer',
      body: {
        kind: 'url',
        url: 'https://example.com/bloomberg-report',
        title: 'Bloomberg report',
        note: 'The report exists.',
      },
    });
    const submitted = await fire(stack, 'reviewer', bloomberg.id, 'submit', taken.body.version, VERDICT);
    const approved = await fire(stack, 'editor', bloomberg.id, 'approve', submitted.body.version);
    expect(approved.body.status).toBe('approved');

    const repeat = await ingest(BLOOMBERG_REPEAT.outlet, BLOOMBERG_REPEAT.body);
    expect(bySource(repeat.claims, 'Bloomberg')).toMatchObject({
      status: 'merged',
      matchedClaim: { id: bloomberg.id, status: 'approved', verdict: VERDICT },
    });
    expect((await detail(bloomberg.id)).priority).toBe(approved.body.priority);
  });

  it('rewrites the match texts and keys an older lexicon stored, and only those (cli matching:rebuild)', async () => {
    const stale = 'text an older lexicon wrote';
    await stack.db.query(`UPDATE claims SET match_text = $2 WHERE id = $1`, [bloomberg.id, stale]);
    await stack.db.query(`UPDATE claim_match_keys SET match_text = $2, terms = '{older}' WHERE claim_id = $1`, [
      bloomberg.id,
      stale,
    ]);
    const rebuilt = runCli(['matching:rebuild'], stack.env);
    expect(rebuilt).toMatchObject({ status: 0, stdout: expect.stringMatching(/ 1 rewritten/) });
    const { rows } = await stack.db.query(
      `SELECT c.match_text, k.match_text AS key_text, k.terms FROM claims c JOIN claim_match_keys k ON k.claim_id = c.id
       WHERE c.id = $1`,
      [bloomberg.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].match_text).not.toBe(stale);
    expect(rows[0].key_text).toBe(rows[0].match_text);
    expect(rows[0].terms).toEqual(expect.arrayContaining(['syria', 'armored']));
    expect(runCli(['matching:rebuild'], stack.env).stdout).toMatch(/ 0 rewritten/);
  });
});
