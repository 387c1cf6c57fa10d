/** Words that open a description without naming anyone: "the agency", "its chief executive". */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

const POSSESSIVE = /^\S+(?:['’]s|s['’])$/u;

/** What the extractor gave as a claim's source, with its relay. */
export interface ClaimSpeaker {
  name: string;
  type: string;
  via: string | null;
}

/**
 * Whether a claim's speaker is described rather than named: "the regional prefect", "its chief executive", "Europe's
 * medicines watchdog", "the figures", or unnamed sources without a relay. Another outlet may name the same speaker
 * ("prefect Laurent Dubreuil", "the European Medicines Agency"), so such a claim can be the same claim as a named
 * speaker's, which only stronger words decide (`MATCH_RULES.described`). Unnamed sources or a document carried by a
 * relay are named by the relay; a possessive before the description ("Japan's") places it, it names nobody.
 */
export function describesSpeaker({ name, type, via }: ClaimSpeaker): boolean {
  if (via && (type === 'anonymous' || type === 'document')) return false;
  if (type === 'anonymous') return true;
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const described = words.filter((word, index) => !(index === 0 && DETERMINERS.has(word.toLowerCase())));
  const naming = described.filter((word) => !POSSESSIVE.test(word));
  // A description is words: a capital names someone, and a number makes an identifier ("desk 4", "source 12").
  return naming.length > 0 && naming.every((word) => !/^\p{Lu}/u.test(word) && !/\d/u.test(word));
}
