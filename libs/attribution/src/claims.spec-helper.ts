import { extract } from './extract';
import { AttributedClaim } from './types';

/** Helpers shared by the extractor's specs. */
export const claimsOf = (text: string) => extract(text).claims;
export const find = (claims: AttributedClaim[], fragment: string) =>
  claims.find((claim) => claim.content.includes(fragment));

export function expectOffsets(text: string, claims: AttributedClaim[]) {
  for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.content);
}
