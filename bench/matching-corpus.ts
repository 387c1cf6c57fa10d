import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const FIXTURES = join(__dirname, '..', '..', 'shared', 'fixtures', 'attribution', 'dev');

/** A seeded PRNG, so every run (and every side of a run) measures the same corpus. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vor',
  'sa',
  'bel',
  'dun',
  'ri',
  'os',
  'tra',
  'ne',
  'gal',
  'mu',
  'zen',
];

/**
 * News vocabulary with news frequencies: every word of the dev articles, drawn as often as it occurs there (so
 * `the`, `said`, `government` are common and most words rare, a Zipf curve like real copy).
 */
const WORDS = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .flatMap(
    (file) =>
      readFileSync(join(FIXTURES, file), 'utf8')
        .toLowerCase()
        .match(/[a-z]+/g) ?? [],
  );

export interface StoredClaim {
  source: number;
  content: string;
}

export interface Sample {
  source: number;
  content: string;
  repeat: boolean;
}

export interface Corpus {
  stored: StoredClaim[];
  samples: Sample[];
}

/**
 * CLAIMS stored claims over SOURCES sources with a Zipf skew (source k holds a share ∝ 1/k), each a word sequence with
 * a figure and a made-up name; SAMPLES new claims, half reworded repeats of stored claims (one word swapped for two,
 * a British spelling made American), half new.
 */
export function generateCorpus(claims: number, samples: number, sources: number): Corpus {
  const random = prng(20261125);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const name = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES))
      .join('')
      .replace(/^./, (c) => c.toUpperCase());
  const claimText = () => {
    const words = Array.from({ length: 10 + Math.floor(random() * 14) }, () => pick(WORDS));
    words.splice(Math.floor(random() * words.length), 0, String(Math.floor(random() * 5_000) + 2));
    words.splice(Math.floor(random() * words.length), 0, name());
    return words.join(' ');
  };
  const reword = (text: string) => {
    const words = text.split(' ');
    words.splice(1 + Math.floor(random() * (words.length - 1)), 1, pick(WORDS), pick(WORDS));
    return words.join(' ').replace(/ou?r\b/, 'or');
  };
  const harmonic = Array.from({ length: sources }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
  const sourceIndex = () => {
    let target = random() * harmonic;
    for (let k = 1; k <= sources; k += 1) {
      target -= 1 / k;
      if (target <= 0) return k - 1;
    }
    return sources - 1;
  };
  const stored = Array.from({ length: claims }, () => ({ source: sourceIndex(), content: claimText() }));
  return {
    stored,
    samples: Array.from({ length: samples }, (_, n) => {
      const repeat = n % 2 === 0;
      const original = stored[n % stored.length];
      return repeat
        ? { source: original.source, content: reword(original.content), repeat }
        : { source: Math.floor(random() * sources), content: claimText(), repeat };
    }),
  };
}
