/**
 * npm run bench:extract [-- ARTICLES]: extractor throughput on one core over ~400-word articles and, in the same run,
 * wink-nlp's own pipeline alone on the same corpus: the ceiling the extractor is built on. The ceiling does what the
 * extractor's segmenter does with wink-nlp (readDoc with sbd + pos, then reading every token's text, spacing and tag
 * and every sentence span, and walking the tokens once to place them), and nothing of the attribution grammar.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '@factdesk/attribution';
import { articleCorpus } from './article-corpus';
import { formatMs, percentile } from './latency';

const ARTICLES = Number(process.argv[2] ?? 2000);
const ROUNDS = 3;
const corpus = articleCorpus(ARTICLES);
const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const words = corpus.reduce((sum, text) => sum + text.split(/\s+/).length, 0);

interface Timing {
  seconds: number;
  perArticle: number[];
}

function timeEach(work: (text: string) => unknown): Timing {
  for (const text of corpus.slice(0, 200)) work(text); // warm up the JIT
  const perArticle: number[] = [];
  const started = performance.now();
  for (const text of corpus) {
    const t = performance.now();
    work(text);
    perArticle.push(performance.now() - t);
  }
  return { seconds: (performance.now() - started) / 1000, perArticle };
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
function winkAlone(text: string): number {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // Place every token in the text, as the segmenter does.
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }
  return starts.length + tags.length + spans.length;
}

let sink = 0; // keeps the results alive so the JIT cannot drop the work
const countClaims = (text: string) => {
  sink += extract(text).claims.length;
};

// Interleaved rounds, best of each: both sides see the same machine state (JIT, GC, CPU frequency).
let ceiling: Timing | null = null;
let extractor: Timing | null = null;
for (let round = 0; round < ROUNDS; round += 1) {
  const c = timeEach(winkAlone);
  const e = timeEach(countClaims);
  if (!ceiling || c.seconds < ceiling.seconds) ceiling = c;
  if (!extractor || e.seconds < extractor.seconds) extractor = e;
}
const claims = corpus.reduce((sum, text) => sum + extract(text).claims.length, 0);
if (sink === 0 || claims === 0) throw new Error('the extractor found no claims in the corpus: nothing was measured');

const rate = ARTICLES / extractor!.seconds;
const ceilingRate = ARTICLES / ceiling!.seconds;
const mb = bytes / 1e6;
console.log(
  `corpus                         ${ARTICLES} articles, ${Math.round(words / ARTICLES)} words each, ${mb.toFixed(2)} MB, ${(claims / ARTICLES).toFixed(1)} claims per article`,
);
console.log(`extract articles/s             ${Math.round(rate)} (one core)`);
console.log(`extract MB/s                   ${(mb / extractor!.seconds).toFixed(2)}`);
console.log(`extract p50 per article        ${formatMs(percentile(extractor!.perArticle, 50))}`);
console.log(`extract p99 per article        ${formatMs(percentile(extractor!.perArticle, 99))}`);
console.log(`wink-nlp alone articles/s      ${Math.round(ceilingRate)} (ceiling)`);
console.log(`wink-nlp alone MB/s            ${(mb / ceiling!.seconds).toFixed(2)}`);
console.log(`extract / ceiling              ${((rate / ceilingRate) * 100).toFixed(0)} %`);
