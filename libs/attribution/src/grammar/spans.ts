/** Character-level helpers for content spans: word counts without allocating, and trimming a span's edges. */

/** Whether text[from, to) holds at least `count` words; stops counting as soon as it does. */
export function hasWords(text: string, from: number, to: number, count: number): boolean {
  let seen = 0;
  let inWord = false;
  for (let i = from; i < to; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && (seen += 1) >= count) return true;
    inWord = !space;
  }
  return false;
}

/**
 * The fewest words a claim's content may have: three, or two in a headline, which drops the articles ("Port reports
 * busiest year" says in two words what a body says in four).
 */
export const minClaimWords = (headline: boolean): number => (headline ? 2 : 3);

/** Word count without allocating: runs of non-space characters. */
export function words(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

const LEADING_JUNK = new Set([' ', '\n', '\r', '\t', '\u00a0', '\u2009', '\u202f', ',', ';', ':', '—', '–', '-']);
const TRAILING_JUNK = new Set([' ', '\n', '\r', '\t', '\u00a0', '\u2009', '\u202f', ',', '.', ';', ':', '!', '?']);

/** A content span without the punctuation and spaces around it, and without a closing mark it does not open. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && LEADING_JUNK.has(text[s])) s += 1;
  while (e > s && TRAILING_JUNK.has(text[e - 1])) e -= 1;
  if (text[e - 1] === '”') {
    let opens = 0;
    let closes = 0;
    for (let i = s; i < e; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 34) opens += 1;
      if (c === 0x201d || c === 34) closes += 1;
    }
    if (opens < closes) e -= 1;
  }
  while (e > s && TRAILING_JUNK.has(text[e - 1])) e -= 1;
  return [s, e];
}
