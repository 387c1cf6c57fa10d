import { CUE_VERBS } from '../lexicon/cues';
import { type Sentence } from '../segment';
import { readSourcePhrase } from '../source-phrase/read-source-phrase';
import { viaIn } from '../source-phrase/via-in-frame';
import { type Draft } from './draft';
import { leadingFrame } from './clause';
import { relayedBy } from './relays';

const CUE_PHRASE = /\b([Aa]ccording to)\s+/g;

/** A relative clause set off after the source of a leading "According to": "Ruiz, who spoke to Reuters,". */
const SOURCE_RELATIVE = /^[^,]*,\s+((?:who|which)\s[^,]*)(?=,\s)/u;
const SPOKE_TO = /^\S+\s+(?:spoke|talked|told|was speaking)\b/u;

export interface AccordingTo {
  drafts: Draft[];
  /** An outlet named by a trailing "according to" that relays the sentence's own reported speech. */
  relayOutlet: string | null;
  /** Where that trailing "according to" starts: the relayed claims end before it. */
  relayAt: number;
  /** Length of a leading "According to <outlet>, " that relays the sentence's reported speech, which begins after it. */
  relayLead: number;
}

/**
 * "according to a report in the weekly X that cited officers", "according to a Reuters report citing officials": the
 * outlet whose report it was relays whom it cites.
 */
const REPORT_CITING =
  /^(?:an?|the)\s+(?:(.+?)\s+)?(?:report|article|story|investigation)(?:\s+(?:in|by|from|on)\s+(.+?))?,?\s+(?:(?:that|which)\s+cited|citing)\s+(.+)$/u;

function sourceAndVia(phrase: string): { source: string; via: string | null } {
  // "according to sources cited by X", "according to a transcript published by X": the outlet relays the source.
  const relayed = relayedBy(phrase);
  if (relayed) return { source: relayed[1], via: readSourcePhrase(relayed[2])?.name ?? relayed[2] };
  const cited = phrase.includes('cit') ? REPORT_CITING.exec(phrase) : null;
  const outlet = cited && readSourcePhrase(cited[2] ?? cited[1] ?? '');
  return cited && outlet?.type === 'media' ? { source: cited[3], via: outlet.name } : { source: phrase, via: null };
}

/**
 * The outlet an "according to" names, itself ("according to Xinhua") or as the one that carried a record ("according to
 * a transcript published by NHK"): either relays a speaker's reported speech in the same sentence.
 */
function outletRelaying(source: string, via: string | null): string | null {
  const read = readSourcePhrase(source);
  return read?.type === 'media' ? read.name : via;
}

/** Whether a reporting verb stands in [from, to): "X estimated that C, according to ANSA" is ANSA relaying X. */
function hasCueVerb(sentence: Sentence, from: number, to: number): boolean {
  const { values, starts } = sentence.table;
  return sentence.cues.some((cue) => {
    const at = starts[sentence.from + cue];
    return at >= from && at < to && CUE_VERBS.has(values[sentence.from + cue].toLowerCase());
  });
}

/** "According to S, C", "C, according to S" and "C1, according to S, C2". */
export function accordingTo(sentence: Sentence): AccordingTo {
  const drafts: Draft[] = [];
  let relayOutlet: string | null = null;
  let relayAt = sentence.end;
  let relayLead = 0;
  if (!sentence.text.includes('ccording to')) return { drafts, relayOutlet, relayAt, relayLead };
  const { length: frameLength } = leadingFrame(sentence);
  for (const match of sentence.text.matchAll(CUE_PHRASE)) {
    const at = match.index ?? 0;
    const cue = match[1];
    const afterStart = at + match[0].length;
    const position = sentence.start + at;
    // Plain literals in one key order (no spreads): drafts are made often and stay one shape for the JIT.
    const make = (
      source: string,
      via: string | null,
      contentStart: number,
      contentEnd: number,
      confidence: number,
    ): Draft => ({
      source,
      cue,
      contentStart,
      contentEnd,
      quote: 'indirect',
      via,
      sentence: sentence.index,
      position,
      confidence,
    });
    const rest = sentence.text.slice(afterStart);
    if (at <= frameLength) {
      // "According to Ruiz, who spoke to Reuters, C": the relative clause is the source's, and may name its relay.
      const relative = SOURCE_RELATIVE.exec(rest);
      const comma = relative ? relative[0].length : rest.search(/,\s/);
      if (comma < 0) continue;
      const read = sourceAndVia(rest.slice(0, comma));
      const source = read.source;
      const via = read.via ?? (relative && SPOKE_TO.test(relative[1]) ? viaIn(relative[1]) : null);
      const contentStart = sentence.start + afterStart + comma + 1;
      // "According to Xinhua, Lin said C": the outlet relays Lin's claim rather than making one.
      const outlet = outletRelaying(source, via);
      if (outlet && hasCueVerb(sentence, contentStart, sentence.end)) {
        relayOutlet = outlet;
        relayLead = contentStart - sentence.start;
        continue;
      }
      drafts.push(make(source, via, contentStart, sentence.end, 0.8));
      continue;
    }
    // "..., according to her label, Hungaroton.": a name closing the sentence describes the source.
    const comma =
      /^[^,]*,\s+\p{Lu}[^,]{0,60}$/u.test(rest) && !/,\s+\p{Lu}\S*\s+\p{Ll}/u.test(rest) ? -1 : rest.search(/,\s/);
    const phrase = (comma < 0 ? rest : rest.slice(0, comma)).replace(/[.!]\s*$/, '');
    const { source, via } = sourceAndVia(phrase);
    const outlet = outletRelaying(source, via);
    if (outlet && hasCueVerb(sentence, sentence.start + frameLength, position)) {
      relayOutlet = outlet;
      relayAt = position;
      continue;
    }
    drafts.push(make(source, via, sentence.start + frameLength, sentence.start + at, 0.8));
    const secondStart = sentence.start + afterStart + comma + 1;
    const secondIsClause = sentence.tokens.some(
      (token) => token.start >= secondStart && (token.pos === 'VERB' || token.pos === 'AUX'),
    );
    const relative = /^\s*(?:who|which|whose|where|when)\b/i.test(rest.slice(comma + 1));
    if (comma >= 0 && secondIsClause && !relative) {
      drafts.push(make(source, via, secondStart, sentence.end, 0.6));
    }
  }
  return { drafts, relayOutlet, relayAt, relayLead };
}
