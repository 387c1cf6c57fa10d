import { PUBLISHING_PARTICIPLE, RELAYING_PARTICIPLE } from '../lexicon/outlets';
import { readSourcePhrase } from '../source-phrase/read-source-phrase';
import { outletReferenceNoun, viaIn } from '../source-phrase/via-in-frame';
import { type Clause } from './cue-site';
import { type Draft } from './draft';
import { stripTrailingAdverbs } from './patterns';

// Relays named beside the speaker: the outlet that cites, quotes, saw or polled a source carries its claim.

const CITING = /^(.*?),?\s+citing\s+(.+?)\s*,?\s*$/u;
const CITING_TAIL = /,\s*citing\s+([^,]{1,80}?)\s*$/u;
/** "A source close to the talks, quoted by the Financial Times, said": the insertion names the relay. */
const QUOTED_BY = /^(.+?),\s+(?:as\s+)?(?:quoted|cited)\s+by\s+([^,]{1,60}?)\s*,?\s*$/u;
/**
 * "Documents seen by Reuters show ...", "Analysts polled by Reuters forecast ...", "Sources cited by Bloomberg said
 * ...": the outlet that saw the source, asked it or cites it, relays it.
 */
const SEEN_BY = new RegExp(`^(.+?)\\s+${RELAYING_PARTICIPLE}\\s+by\\s+([^,]{1,60}?)\\s*$`, 'u');
/** "A transcript published by NHK shows ...": the same, when the one that published it is an outlet. */
const PUBLISHED_BY = new RegExp(`^(.+?)\\s+${PUBLISHING_PARTICIPLE}\\s+by\\s+([^,]{1,60}?)\\s*$`, 'u');

/** "<source> seen by <outlet>", "<source> published by <outlet>": [, source, relay], or null. */
export function relayedBy(phrase: string): RegExpExecArray | null {
  const published = PUBLISHED_BY.exec(phrase);
  if (published && readSourcePhrase(published[2])?.type === 'media') return published;
  return SEEN_BY.exec(phrase);
}
/** "Petra quoted the prime minister as saying C": the one quoted speaks, the one quoting relays. */
const QUOTED_AS = /^(.+?)\s+quoted\s+(.{1,80}?)\s+as$/su;
/** "The minister was quoted by Interfax as saying C": the same, in the passive. */
const QUOTED_BY_AS = /^(.+?)\s+(?:was|were|is|has been|had been)\s+(?:quoted|cited)\s+by\s+(.{1,80}?)\s+as$/su;

/**
 * The outlet a speaker phrase names, if it is one: "Xinhua", "the Belgian daily De Standaard", or a reference to one
 * named before ("the newspaper"), which coreference resolves.
 */
export function outletSpeaking(phrase: string): string | null {
  const read = readSourcePhrase(phrase);
  if (read?.type === 'media') return read.name;
  return outletReferenceNoun(phrase.trim()) ? phrase.trim() : null;
}

/** A relay as named: the outlet's name when the phrase reads as a source, else the phrase itself. */
export const relayName = (phrase: string): string => readSourcePhrase(phrase)?.name ?? phrase;

/** "The Wall Street Journal, citing people familiar with the deal, reported": [, relay, source]. */
export const citingIn = (left: string): RegExpExecArray | null => (left.includes('citing') ? CITING.exec(left) : null);

/** "The news agency Tasnim quoted a navy commander as (saying)", "A navy commander was quoted by Tasnim as (saying)". */
export function quotedAsIn(left: string): { relay: string; source: string } | null {
  if (!/\sas$/.test(left)) return null;
  const passive = QUOTED_BY_AS.exec(left);
  if (passive) return { relay: passive[2], source: passive[1] };
  const active = QUOTED_AS.exec(left);
  // "The agency also quoted …": an adverb before the verb is no part of the outlet's name.
  return active && { relay: stripTrailingAdverbs(active[1]), source: active[2] };
}

/**
 * "An executive, speaking to Bloomberg on condition of anonymity, said", "The minister, speaking on BBC Radio 4's Today
 * programme, said", "An economist, writing in an op-ed for the Daily Graphic, argued": the outlet spoken to, on or
 * written for relays the claim; the rest of the insertion still says who the speaker is.
 */
const SPEAKING_TO =
  /^(.+?,\s+(?:speaking|talking|writing))\s+(to|with|on|in|for)\s+([^,]{1,80}?)((?:\s+on\s+condition\s+of\s+anonymity)?\s*,?\s*)$/u;

function spokenToOutlet(clause: Clause): Clause | null {
  const spoken = SPEAKING_TO.exec(clause.sourceRaw);
  if (!spoken) return null;
  const [, speaker, preposition, object, rest] = spoken;
  // One spoken to is named alone ("to Bloomberg", not "to reporters"); a programme or a column is a frame of its own.
  const outlet =
    preposition === 'to' || preposition === 'with' ? outletSpeaking(object) : viaIn(`${preposition} ${object}`);
  return outlet ? { ...clause, sourceRaw: speaker + rest, via: outlet } : null;
}

/** "An official, quoted by the Financial Times,", "Emails seen by the Herald": the source, relayed by the outlet. */
export function withRelayNamed(clause: Clause): Clause {
  if (clause.via) return clause;
  const relayed = QUOTED_BY.exec(clause.sourceRaw) ?? relayedBy(clause.sourceRaw);
  return relayed
    ? { ...clause, sourceRaw: relayed[1], via: relayName(relayed[2]) }
    : (spokenToOutlet(clause) ?? clause);
}

/** "Xinhua said C, citing a ministry official": an outlet's claim that names its own source is that source's, relayed. */
export function citedByOutlet(
  text: string,
  start: number,
  end: number,
  speaker: Clause,
): { clause: Clause; end: number } | null {
  const span = text.slice(start, end);
  const cited = span.includes('citing') ? CITING_TAIL.exec(span) : null;
  const outlet = cited && !speaker.via ? outletSpeaking(speaker.sourceRaw) : null;
  if (!cited || !outlet) return null;
  return { clause: { sourceRaw: cited[1], via: outlet, position: speaker.position }, end: start + cited.index };
}

/**
 * "Prosecutors said they would appeal, state news agency Anadolu reported", "…, the newspaper reported": the outlet
 * relays the inner claim.
 */
export function foldRelays(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  const relays = drafts.filter(
    (outer) =>
      drafts.some(
        (inner) => inner !== outer && inner.contentStart >= outer.contentStart && inner.contentEnd <= outer.contentEnd,
      ) &&
      typeof outer.source === 'string' &&
      outletSpeaking(outer.source) !== null,
  );
  if (!relays.length) return drafts;
  for (const relay of relays) {
    // "C, the newspaper reported" names the outlet by a reference, which coreference resolves like "told the paper".
    const outlet = outletSpeaking(relay.source as string)!;
    for (const inner of drafts) {
      if (inner !== relay && inner.contentStart >= relay.contentStart && inner.contentEnd <= relay.contentEnd)
        inner.via ??= outlet;
    }
  }
  return drafts.filter((draft) => !relays.includes(draft));
}

/**
 * "X denied that C, in comments carried by RIA Novosti.", "…, in a statement quoted by AFP.": a closing frame that
 * names who carried the words relays the sentence's reported speech, which ends before it.
 */
const CARRIED_AT_END = new RegExp(
  `,\\s+in\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:statement|comments|remarks|interview|post|video|message|letter|email)\\s+${RELAYING_PARTICIPLE}\\s+by\\s+([^,]{1,60}?)\\s*[.!]?\\s*$`,
  'u',
);

/** The relay a closing "…, in comments carried by OUTLET." names and where that frame starts in the text, or null. */
export function carrierAtEnd(text: string): { outlet: string; at: number } | null {
  const carried = CARRIED_AT_END.exec(text);
  return carried && { outlet: relayName(carried[1]), at: carried.index };
}
