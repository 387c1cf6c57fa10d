import { extract } from './extract';
import { type AttributedClaim } from './types';

/** Helpers shared by the extractor's specs. */
export const claimsOf = (text: string) => extract(text).claims;
export const find = (claims: AttributedClaim[], fragment: string) =>
  claims.find((claim) => claim.content.includes(fragment));

export function expectOffsets(text: string, claims: AttributedClaim[]) {
  for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.content);
}

/** Fields a claim must have, as values or asymmetric matchers (`expect.stringContaining(...)`). */
type Fields = { [field in keyof AttributedClaim]?: unknown };

/**
 * One row of an extractor table: a text and what the extractor must read in it. A new rule adds a row.
 * `claims` is the whole answer (exactly these claims, in order, each with at least these fields; `[]` for none);
 * `first` the first claim's fields; `find` maps a fragment of a claim's content to the fields of the first claim
 * containing it, or to 'none' when no claim may contain it; `offsets` also checks every claim's offsets.
 */
export interface ClaimCase {
  /** What the row shows; it names the test. */
  rule: string;
  text: string;
  claims?: Fields[];
  first?: Fields;
  find?: Record<string, Fields | 'none'>;
  offsets?: boolean;
}

/** The test of one row: `it.each<ClaimCase>([...])('$rule', expectClaims)`. */
export function expectClaims({ text, claims, first, find: fragments = {}, offsets }: ClaimCase): void {
  const sut = claimsOf(text);
  if (claims) expect(sut).toEqual(claims.map((fields) => expect.objectContaining(fields)));
  if (first) expect(sut[0]).toMatchObject(first);
  for (const [fragment, fields] of Object.entries(fragments)) {
    const claim = find(sut, fragment);
    if (fields === 'none') expect(claim).toBeUndefined();
    else expect(claim ?? `no claim contains "${fragment}"`).toMatchObject(fields);
  }
  if (offsets) expectOffsets(text, sut);
}
