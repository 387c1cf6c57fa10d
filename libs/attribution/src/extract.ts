import { describedSubject } from './coreference/described-subject';
import { EntityMemory } from './coreference/entity-memory';
import { resolveSource } from './coreference/resolve-source';
import { accordingTo } from './grammar/according-to';
import { carrierAtEnd } from './grammar/relays';
import { type ConsumedCues, type Draft } from './grammar/draft';
import { headlineAttribution } from './grammar/headline-attribution';
import { directQuotes } from './grammar/quotes';
import { reportedSpeech } from './grammar/reported-speech';
import { trimSpan } from './grammar/spans';
import { segment, type Sentence } from './segment';
import { readSourcePhrase } from './source-phrase/read-source-phrase';
import { mediaNounBeside, outletReferenceNoun, outletToldByUnnamed } from './source-phrase/via-in-frame';
import { CUE_WORDS } from './lexicon/cues';
import { PLATFORMS } from './lexicon/outlets';
import { type AttributedClaim, type ExtractOptions, type ExtractResult, type SourcePhrase } from './types';

/** The cheap pass run on every sentence before any parsing: which of its words belong to the cue lexicon? */
function findCues(sentence: Sentence): number[] {
  const { values } = sentence.table;
  const cues: number[] = [];
  for (let i = sentence.from; i <= sentence.to; i += 1) {
    if (CUE_WORDS.has(values[i])) cues.push(i - sentence.from);
  }
  return cues;
}

function byParagraph(sentences: Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const sentence of sentences) {
    const last = groups[groups.length - 1];
    if (last && last[0].paragraph === sentence.paragraph) last.push(sentence);
    else groups.push([sentence]);
  }
  return groups;
}

/** "said in a preliminary report", "In a research note, X forecast": the document the speaker issued. */
const ISSUED = String.raw`(?:a|an|its|their) (?:[\p{Ll}-]+ ){0,2}?(report|study|note|review|assessment|analysis|outlook)\b`;
const ISSUED_AFTER_CUE = new RegExp(String.raw`^\S+\s+(?:[^\s,]+\s+){0,2}?in ${ISSUED}`, 'u');
const ISSUED_IN_FRAME = new RegExp(`^In ${ISSUED}`, 'u');
function issuedDocument(text: string, draft: Draft, sentence: Sentence): string | null {
  return (
    (ISSUED_AFTER_CUE.exec(text.slice(draft.position, draft.position + 80)) ??
      ISSUED_IN_FRAME.exec(sentence.text))?.[1] ?? null
  );
}

/** The words of the attribution after its cue: up to the claim that follows it, else up to the next comma. */
function attributionWords(text: string, draft: Draft, sentence: Sentence): string {
  const end = draft.contentStart > draft.position ? draft.contentStart : sentence.end;
  const words = text.slice(draft.position, Math.min(end, draft.position + 120));
  return draft.contentStart > draft.position ? words : words.split(',')[0];
}

/** A claim's relay as the article knows it, remembered (as is an outlet's own claim) for a later "the paper". */
function relayOf(
  text: string,
  draft: Draft,
  sentence: Sentence,
  phrase: SourcePhrase,
  memory: EntityMemory,
  inHeadline: boolean,
) {
  // A headline ("Minister tells paper …") is read last and refers to the outlets the body names.
  const at = inHeadline ? text.length : draft.position;
  // An outlet's own claim and an "according to" address no one.
  const addresses = phrase.type !== 'media' && !/^according/i.test(draft.cue);
  const attribution = addresses ? attributionWords(text, draft, sentence) : '';
  // The name unnamed speakers told is an outlet's, unless it is a person's the article has named.
  const told = phrase.type === 'anonymous' ? outletToldByUnnamed(attribution) : null;
  const toldOutlet = told && memory.resolve(told, at)?.type !== 'person' ? told : null;
  const relay = memory.relayBefore(at, draft.via, attribution) ?? phrase.platform ?? toldOutlet;
  const named = relay && relay !== phrase.name ? relay : null;
  const outlet = named && !PLATFORMS.includes(named) ? named : phrase.type === 'media' ? phrase.name : null;
  const reference = draft.via && outletReferenceNoun(draft.via);
  if (outlet) memory.rememberOutlet(outlet, draft.position, reference || mediaNounBeside(sentence.text, outlet));
  return named;
}

const UNRESOLVED = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'i', 'you']);

function finish(
  text: string,
  draft: Draft,
  sentence: Sentence,
  memory: EntityMemory,
  inHeadline: boolean,
): AttributedClaim | null {
  const resolved: SourcePhrase | null =
    typeof draft.source === 'string' ? resolveSource(draft.source, draft.position, memory, inHeadline) : draft.source;
  const [start, end] =
    draft.quote === 'direct'
      ? [draft.contentStart, draft.contentEnd]
      : trimSpan(text, draft.contentStart, draft.contentEnd);
  const phrase =
    resolved && typeof draft.source === 'string'
      ? (describedSubject(draft.source, resolved, text.slice(start, end)) ?? resolved)
      : resolved;
  // An unresolved pronoun names no one: such a claim cannot be checked or filed under a source.
  if (!phrase || !phrase.name || UNRESOLVED.has(phrase.name.toLowerCase()) || end - start < 8) return null;
  // One unnamed speaker ("a former official said") is who a following "he" or "she" quotes; a group of them is not.
  if (phrase.type !== 'anonymous' || (typeof draft.source === 'string' && /^(?:an?|one)\s/i.test(draft.source)))
    memory.remember(phrase, draft.position, issuedDocument(text, draft, sentence));
  const named = relayOf(text, draft, sentence, phrase, memory, inHeadline);
  const via = typeof draft.source === 'string' ? memory.unnamedRelay(phrase, draft.source, named, inHeadline) : named;
  return {
    source: phrase.name,
    sourceType: phrase.type,
    via,
    cue: draft.cue,
    quote: draft.quote,
    content: text.slice(start, end),
    start,
    end,
    sentence: draft.sentence,
    confidence: draft.confidence,
  };
}

/** Overlapping finds of one claim: keep the one the grammar is surest of (greedy within each cluster of overlaps). */
function dedupe(claims: AttributedClaim[]): AttributedClaim[] {
  const kept: AttributedClaim[] = [];
  const settle = (cluster: AttributedClaim[]) => {
    const chosen: AttributedClaim[] = [];
    for (const claim of cluster.sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start))) {
      const overlaps = chosen.some((other) => {
        const overlap = Math.min(other.end, claim.end) - Math.max(other.start, claim.start);
        return overlap > 0.5 * Math.min(other.end - other.start, claim.end - claim.start);
      });
      if (!overlaps) chosen.push(claim);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
  };
  let cluster: AttributedClaim[] = [];
  let clusterEnd = -1;
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    if (claim.start >= clusterEnd && cluster.length) {
      settle(cluster);
      cluster = [];
    }
    cluster.push(claim);
    clusterEnd = Math.max(clusterEnd, claim.end);
  }
  if (cluster.length) settle(cluster);
  return kept;
}

/** Finds every attributed claim in a news text: who said what, through whom, how. Pure: no I/O, no clock. */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (!text || !text.trim()) return { claims: [] };
  const sentences = segment(text);
  const memory = new EntityMemory();
  memory.learn(text);

  const drafts: Draft[] = [];
  for (const paragraph of byParagraph(sentences)) {
    const consumed: ConsumedCues = new Map();
    drafts.push(...directQuotes(text, paragraph, consumed));
    for (const sentence of paragraph) {
      sentence.cues = findCues(sentence);
      if (!sentence.cues.length) continue;
      const according = accordingTo(sentence);
      const reported = reportedSpeech(text, sentence, consumed, according.relayLead);
      const carried = according.relayOutlet ? null : carrierAtEnd(sentence.text);
      const relayOutlet = carried?.outlet ?? according.relayOutlet;
      const relayAt = carried ? sentence.start + carried.at : according.relayAt;
      for (const draft of reported) {
        if (!relayOutlet || draft.via) continue;
        draft.via = relayOutlet;
        draft.contentEnd = Math.min(draft.contentEnd, relayAt);
      }
      drafts.push(...according.drafts, ...reported);
    }
  }

  // Headline and standfirst come first in the text but are resolved last, when the body has named everyone.
  const headlines = new Set(
    sentences.filter((s) => s.paragraph < 2 && !/[.!?]["”]?$/.test(s.text)).map((s) => s.index),
  );
  // A headline without a cue may still name its speaker ("… – minister", "Raman: …"); one before a colon must be
  // someone the body quotes.
  const uncued = (indexes: Set<number>): Draft[] => {
    const drafted = new Set(drafts.map((draft) => draft.sentence));
    const quotedInBody = (name: string) => {
      const named = memory.resolve(name, text.length, true)?.name ?? name;
      return body.some((claim) => claim.source === named || claim.source.split(' ').includes(name));
    };
    return [...indexes]
      .filter((index) => !drafted.has(index))
      .flatMap((index) => headlineAttribution(sentences[index], quotedInBody));
  };
  const byPosition = (a: Draft, b: Draft) => a.position - b.position;
  const finished = (list: Draft[]) =>
    list
      .map((draft) => finish(text, draft, sentences[draft.sentence], memory, headlines.has(draft.sentence)))
      .filter((claim): claim is AttributedClaim => claim !== null);
  const body = finished(drafts.filter((d) => !headlines.has(d.sentence)).sort(byPosition));
  const claims = [...body, ...finished([...drafts.filter((d) => headlines.has(d.sentence)), ...uncued(headlines)])];
  const minConfidence = options.minConfidence ?? 0;
  return { claims: dedupe(claims).filter((claim) => claim.confidence >= minConfidence) };
}

export { readSourcePhrase };
