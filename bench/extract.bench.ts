/**
 * npm run bench:extract [-- ARTICLES]: extractor throughput on one core over ~400-word articles, and, in the same
 * run, wink-nlp's own pipeline alone on the same corpus (the ceiling the extractor is built on).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '@factdesk/attribution';
import { articleCorpus } from './article-corpus';
import { formatMs, percentile } from './latency';

const ARTICLES = Number(process.argv[2] ?? 2000);
const corpus = articleCorpus(ARTICLES);
const bytes = corpus.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const words = corpus.reduce((sum, text) => sum + text.split(/\s+/).length, 0);

function timeEach(work: (text: string) => unknown): { seconds: number; perArticle: number[] } {
  for (const text of corpus.slice(0, 100)) work(text); // warm up the JIT
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
// The ceiling reads exactly what the extractor takes from wink-nlp: tokens, spacing, tags, sentence spans.
const ceiling = timeEach((text) => {
  const doc = nlp.readDoc(text);
  doc.tokens().out();
  doc.tokens().out(its.precedingSpaces);
  doc.tokens().out(its.pos);
  return doc.sentences().out(its.span);
});
let claims = 0;
const extractor = timeEach((text) => {
  claims += extract(text).claims.length;
});

const rate = ARTICLES / extractor.seconds;
const ceilingRate = ARTICLES / ceiling.seconds;
console.log(`corpus                        ${ARTICLES} articles, ${Math.round(words / ARTICLES)} words each, ${(bytes / 1e6).toFixed(2)} MB, ${claims} claims`);
console.log(`extract                       ${Math.round(rate)} articles/s, ${(bytes / 1e6 / extractor.seconds).toFixed(2)} MB/s (one core)`);
console.log(`extract per article p50 / p99 ${formatMs(percentile(extractor.perArticle, 50))} / ${formatMs(percentile(extractor.perArticle, 99))}`);
console.log(`wink-nlp pipeline alone      ${Math.round(ceilingRate)} articles/s, ${(bytes / 1e6 / ceiling.seconds).toFixed(2)} MB/s (ceiling)`);
console.log(`extract / ceiling             ${((rate / ceilingRate) * 100).toFixed(0)} %`);
