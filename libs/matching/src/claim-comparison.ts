/** How two match texts (see `matchText`) relate, word by word: what the decision reads besides trigram similarity. */
export interface ClaimComparison {
  /** Of the shorter text's words (figures left out), the share the longer one has: 1 when one text contains the other. */
  containment: number;
  /** Words (figures left out) of the shorter text. */
  shorterWords: number;
  /**
   * `same`: both give figures, the same ones; `agree`: one's figures are all among the other's ("in 2025" added);
   * `none`: neither gives any; `differ`: each gives a figure the other does not ("200" / "300 vehicles").
   */
  figures: FigureRelation;
  /** Figures both give, and lengths of time both give in the same words ("a five-year contract" / "a five-year deal"). */
  sharedFigures: number;
  /**
   * Figures both give that few claims of one speaker share by chance: not a year ("in 2026") and not a number below
   * ten ("two plants"); "40,000 workers" / "40,000 members" or "1.3 billion" tell that two claims report one count.
   */
  tellingFigures: number;
  /**
   * Where in the first text (the new claim) the words the other shares begin, as a share of its length: 0 when it
   * opens with them. A claim that carries two ("would start production in March and supply 4 bcm a year") opens with
   * one of them.
   */
  opening: number;
}

export type FigureRelation = 'same' | 'agree' | 'none' | 'differ';

const FIGURE = /^\d+(?:[.,]\d+)*$/;
/**
 * A number before one of these is a length of time ("a five-year contract", "in the twelve months to March"), which
 * rewrites put in other words ("over the year") more often than they change it: it is not compared as a figure.
 */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'quarter', 'old']);

export interface ClaimTerms {
  words: Set<string>;
  figures: Set<string>;
  /** Lengths of time, figure and unit ("5 year"): evidence when two claims share one; one left out is no conflict. */
  durations: Set<string>;
}

/**
 * The words, the figures and the lengths of time of a match text; a length of time's figure is no figure. A count
 * written with a separator or a decimal point is no length of time, even before a unit of time once the function
 * words between them are gone ("rose by 62,000 over the year" reads "62,000 year").
 */
export function claimTerms(text: string): ClaimTerms {
  const tokens = text.split(' ').filter(Boolean);
  const words = new Set<string>();
  const figures = new Set<string>();
  const durations = new Set<string>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1] ?? '';
    if (!FIGURE.test(token)) words.add(token);
    else if (TIME_UNITS.has(next) && !/[.,]/.test(token)) durations.add(`${token} ${next}`);
    else figures.add(token);
  });
  return { words, figures, durations };
}

const isSubset = (small: Set<string>, large: Set<string>) => [...small].every((item) => large.has(item));

/** How two sets of figures relate (see `ClaimComparison.figures`). */
export function figureRelation(a: Set<string>, b: Set<string>): FigureRelation {
  if (a.size === 0 && b.size === 0) return 'none';
  const aInB = isSubset(a, b);
  const bInA = isSubset(b, a);
  if (aInB && bInA) return 'same';
  return aInB || bInA ? 'agree' : 'differ';
}

const YEAR = /^(?:19|20)\d\d$/;
const isTelling = (figure: string) => !YEAR.test(figure) && (/[.,]/.test(figure) || Number(figure) >= 10);

/** Where `a`'s first word or figure that `b` has stands, as a share of `a`'s length (1 when `b` has none). */
function openingOf(a: string, b: string): number {
  const tokens = a.split(' ').filter(Boolean);
  const other = new Set(b.split(' '));
  const first = tokens.findIndex((token) => other.has(token));
  return first < 0 ? 1 : first / tokens.length;
}

export function compareClaims(a: string, b: string): ClaimComparison {
  const left = claimTerms(a);
  const right = claimTerms(b);
  const [shorter, longer] = left.words.size <= right.words.size ? [left, right] : [right, left];
  const shared = [...shorter.words].filter((word) => longer.words.has(word)).length;
  const sharedFigures = [...left.figures].filter((figure) => right.figures.has(figure));
  const sharedDurations = [...left.durations].filter((duration) => right.durations.has(duration));
  return {
    containment: shorter.words.size === 0 ? 0 : shared / shorter.words.size,
    shorterWords: shorter.words.size,
    // Two lengths of time that differ ("a five-year" / "a three-year contract") differ as figures do; one left out
    // ("in the twelve months to March" / "over the year") is rewording.
    figures:
      figureRelation(left.durations, right.durations) === 'differ'
        ? 'differ'
        : figureRelation(left.figures, right.figures),
    sharedFigures: sharedFigures.length + sharedDurations.length,
    tellingFigures: sharedFigures.filter(isTelling).length,
    opening: openingOf(a, b),
  };
}
