/**
 * npm run eval:matching [-- DIR] [--verbose]: posts every story of an evaluation set (default test/fixtures/matching) through the
 * real api and worker (own database, own Redis prefix, a free port), one article at a time in file order, waits until
 * each article's claims are placed, and prints pairwise precision, recall and F1 of the desk's claims against the
 * gold clusters, the gold conflicts linked, and every missed pair and false join with what the desk did (with
 * --verbose, the two match texts).
 */
import { join } from 'path';
import { compareClaims } from '@factdesk/matching';
import { type Stack, startStack } from '../../support/stack';
import { ingestArticle } from '../../support/articles';
import { type MentionPair, type PlacedClaim, placeMentions, scoreConflicts, scorePairs } from './pairwise';
import { type GoldMention, loadStorySet } from './story-set';

/** An article's claim as `GET /v1/articles/:id` lists it. */
type ArticleClaimView = Omit<PlacedClaim, 'canonicalId'> & { matchedClaim: { id: string } | null };

async function postArticle(stack: Stack, outlet: string, body: string): Promise<string> {
  return ((await ingestArticle(stack, outlet, body, 60_000)) as { id: string }).id;
}

const placedClaim = ({ matchedClaim, ...claim }: ArticleClaimView): PlacedClaim => ({
  ...claim,
  canonicalId: matchedClaim?.id ?? claim.id,
});

const quoted = (text: string, max = 70) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
const described = (claim: PlacedClaim) => `${claim.source}${claim.via ? ` via ${claim.via}` : ''}`;

const VERBOSE = process.argv.includes('--verbose');

/** The speaker each claim is matched under, where the schema has one (a set can be scored on older code too). */
async function speakerOf(stack: Stack, claimId: string): Promise<string | null> {
  const { rows } = await stack.db
    .query(
      `SELECT coalesce(s.speaker_id, s.id) AS speaker FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.id = $1`,
      [claimId],
    )
    .catch(() => ({ rows: [] as { speaker: string }[] }));
  return rows[0]?.speaker ?? null;
}

/** What the desk did with a pair it did not join: missed by the extractor, split by speaker, suggested, or not found. */
async function missReason(stack: Stack, pair: MentionPair, placed: Map<string, PlacedClaim | null>): Promise<string> {
  const [a, b] = [placed.get(pair.a.key), placed.get(pair.b.key)];
  if (!a || !b)
    return `not extracted: ${[!a ? pair.a.outlet : null, !b ? pair.b.outlet : null].filter(Boolean).join(', ')}`;
  const { rows } = await stack.db.query(
    `SELECT x.match_text AS a, y.match_text AS b, round(similarity(x.match_text, y.match_text)::numeric, 3) AS similarity
     FROM claims x, claims y WHERE x.id = $1 AND y.id = $2`,
    [a.id, b.id],
  );
  const texts = rows[0] as { a: string; b: string; similarity: string };
  const comparison = compareClaims(texts.a, texts.b);
  const suggested =
    a.possibleDuplicateOf === b.canonicalId || b.possibleDuplicateOf === a.canonicalId ? ', suggested only' : '';
  const sameRow = a.sourceId === b.sourceId;
  const sameSpeaker = sameRow || (await speakerOf(stack, a.id)) === (await speakerOf(stack, b.id));
  const sources = sameRow
    ? 'same source'
    : `${sameSpeaker ? 'same speaker' : 'sources'} ${described(a)} | ${described(b)}`;
  const words = `contained ${comparison.containment.toFixed(2)} of ${comparison.shorterWords} words, figures ${comparison.figures}`;
  const shown = VERBOSE ? `\n        ${texts.a}\n        ${texts.b}` : '';
  return `${sources}, similarity ${texts.similarity}, ${words}${suggested}${shown}`;
}

const pairLine = (pair: MentionPair) =>
  `${pair.a.story}/${pair.a.claim}${pair.b.claim !== pair.a.claim ? ` ~ ${pair.b.story}/${pair.b.claim}` : ''}: ` +
  `${pair.a.outlet} ${quoted(pair.a.text, 50)} ~ ${pair.b.outlet} ${quoted(pair.b.text, 50)}`;

async function main(): Promise<void> {
  const dir =
    process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(__dirname, '..', '..', 'fixtures', 'matching');
  const stories = loadStorySet(dir);
  const mentions: GoldMention[] = stories.flatMap((story) => story.mentions);
  const stack = await startStack();
  try {
    const articleIds = new Map<string, string>();
    const started = performance.now();
    for (const story of stories) {
      for (const article of story.articles) {
        articleIds.set(`${story.slug}\u0000${article.outlet}`, await postArticle(stack, article.outlet, article.body));
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const claimsByArticle = new Map<string, PlacedClaim[]>();
    for (const [key, id] of articleIds) {
      const { body } = await stack.request('GET', `/v1/articles/${id}`, { as: 'reviewer' });
      claimsByArticle.set(key, (body.claims as ArticleClaimView[]).map(placedClaim));
    }
    const placed = placeMentions(mentions, (story, outlet) => claimsByArticle.get(`${story}\u0000${outlet}`) ?? []);
    const score = scorePairs(mentions, placed);

    const conflicts = new Map<string, string[]>();
    for (const id of new Set([...placed.values()].flatMap((claim) => claim?.canonicalId ?? []))) {
      const { body } = await stack.request('GET', `/v1/claims/${id}`, { as: 'reviewer' });
      conflicts.set(
        id,
        ((body.conflicts ?? []) as { claimId: string }[]).map((conflict) => conflict.claimId),
      );
    }
    const conflictScore = scoreConflicts(stories, placed, (id) => conflicts.get(id) ?? []);
    const allClaims = [...claimsByArticle.values()].flat();
    const annotated = new Set([...placed.values()].flatMap((claim) => claim?.id ?? []));

    console.log(`set                     ${dir}`);
    console.log(
      `stories / articles      ${stories.length} / ${articleIds.size} (posted and placed in ${seconds.toFixed(1)} s)`,
    );
    console.log(
      `gold mentions           ${score.mentions}, ${score.extracted} found by the extractor; ${allClaims.length - annotated.size} extracted claims carry no gold mention`,
    );
    console.log(
      `pairs                   gold ${score.goldPairs}, joined ${score.predictedPairs} (${score.crossStoryPairs} across stories), right ${score.truePairs}`,
    );
    console.log(`conflicts linked        ${conflictScore.found} / ${conflictScore.gold}`);
    for (const conflict of conflictScore.list)
      console.log(`  ${conflict.found ? 'linked ' : 'missing'} ${conflict.label}`);
    console.log(`\nmisses (${score.misses.length}):`);
    for (const pair of score.misses) console.log(`  ${pairLine(pair)}\n      ${await missReason(stack, pair, placed)}`);
    console.log(`\nfalse joins (${score.falseJoins.length}):`);
    for (const pair of score.falseJoins) {
      const claim = placed.get(pair.a.key) as PlacedClaim;
      console.log(`  ${pairLine(pair)}\n      joined as ${described(claim)}`);
    }
    console.log(
      `\nmatching pairwise F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}) over ${stories.length} stories`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
