import { CUE_VERBS, DOCUMENT_BARE_CUES, TOLD_AUDIENCE } from '../lexicon/cues';
import { DOCUMENT_HEADS } from '../lexicon/sources';
import { Sentence, Token } from '../segment';
import { readSourcePhrase, viaIn } from '../source-phrase';
import { Draft } from './draft';
import { CUE, leadingFrame, stripModifiers, stripTrailingAdverbs } from './patterns';

const CITING = /^(.*?),?\s+citing\s+(.+?)\s*,?\s*$/u;
const NOT_A_CUE_BEFORE = /(?:^|\s)(?:the|a|an|this|that|these|those|its|his|her|their)\s*$/i;
const SET_PHRASES = /^(?:that|this|having|as)\s*,?\s*$/i;
const DENIAL_OBJECT = /^\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?|speculation)\s+)?that\s+/iu;
const TOLD_OBJECT = /^\s+(.{1,80}?)\s+that\s+/u;
const COORDINATED_CUE = new RegExp(`,?\\s+(?:but|and|while)\\s+(?:also\\s+)?(?:${CUE})\\s+(?:that\\s+)?`, 'u');
/** "C, S said, warning that W": a participle cue after a trailing attribution. */
const PARTICIPLE_CUE_TAIL = new RegExp(`^\\s*,\\s*(?:${CUE})\\b`, 'u');
/** What may follow a trailing attribution without being part of it: "C, officials said, in a move that ...". */
const APPENDIX_TAIL = /^\s*,\s*(?:in a move|a move|in what|which|as|amid|after|before|despite|while|the latest|a sign|a step)\b/u;
/** Views held "for a long time" are background, not a claim made in this story: "Analysts have long argued". */
const HABITUAL = /\b(?:has|have|had)\s+long\s*$/i;
/** "…, state news agency Anadolu reported." closing a content span: the relay, not the claim. */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*[^,]{1,80}?\\s+(?:${CUE})(?:\\s+[^,]{0,40})?\\s*[.!]?\\s*$`, 'u');

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';

interface Clause {
  sourceRaw: string;
  via: string | null;
  position: number;
}

/** The sentence's grammatical subject: the words before its first verb, after any frame or opener. */
function subjectOf(sentence: Sentence, frameLength: number): string | null {
  const first = sentence.tokens.find((token) => token.start >= sentence.start + frameLength && isVerb(token));
  if (!first) return null;
  const subject = sentence.text.slice(frameLength, first.start - sentence.start);
  const cleaned = stripTrailingAdverbs(subject.trim().replace(/,$/, '').trim());
  return cleaned && words(cleaned) <= 14 ? cleaned : null;
}

/** Comma-enclosed insertions (appositives, relative and participle clauses) between a subject and its verb. */
function parentheticals(text: string, offset: number): [number, number][] {
  return [...text.matchAll(/,\s[^,]{1,200},/g)].map((m) => [offset + (m.index ?? 0), offset + (m.index ?? 0) + m[0].length]);
}

/** "A study published in ...", "figures released by ...": a participle modifying the noun before it, not a verb. */
function isReducedRelative(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return /(?:ed|wn|en)$/.test(tokens[index].text) && !!previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN')
    && !!next && (next.pos === 'ADP' || /^(?:last|this|earlier|on)$/.test(next.text));
}

/** Whether a finite verb stands in [from, to) outside insertions; capitalised words are names, not verbs ("Lead author"). */
function hasVerb(sentence: Sentence, from: number, to: number, skip: [number, number][] = []): boolean {
  const tokens = sentence.tokens;
  return tokens.some((token, index) => token.start >= from && token.start < to && isVerb(token)
    && !/^\p{Lu}/u.test(token.text) && sentence.text[token.start - sentence.start - 1] !== '-' && !skip.some(([a, b]) => token.start >= a && token.start < b) && !isReducedRelative(tokens, index));
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADP', 'PART', 'CCONJ', 'ADV']);

/**
 * Whether a clause starts at `from`: a short noun phrase and then a finite verb ("admitted his side had been
 * outplayed"), as opposed to a plain object ("stressed the need for calm") or an infinitive ("warned them to leave").
 */
function clauseAt(sentence: Sentence, from: number): boolean {
  const tokens = sentence.tokens;
  let index = tokens.findIndex((token) => token.start >= from);
  if (index < 0 || !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[index].pos)) return false;
  for (let seen = 0; index < tokens.length && seen < 10; index += 1, seen += 1) {
    const token = tokens[index];
    if (isVerb(token)) return seen > 0 && !/ing$/.test(token.text) && tokens[index - 1].text.toLowerCase() !== 'to';
    if (!NOUN_PHRASE_TAGS.has(token.pos) || token.text.toLowerCase() === 'to') return false;
  }
  return false;
}

/** Cuts a content span at a coordinated second cue ("said X but noted that Y"), which gets its own claim. */
function contentEnd(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const match = COORDINATED_CUE.exec(span) ?? TRAILING_ATTRIBUTION.exec(span);
  return match && (match.index ?? 0) > 0 ? start + (match.index ?? 0) : end;
}

export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:—–-]/.test(text[s])) s += 1;
  while (e > s && /[\s,.;:!?]/.test(text[e - 1])) e -= 1;
  const opens = (text.slice(s, e).match(/[“"]/g) ?? []).length;
  const closes = (text.slice(s, e).match(/[”"]/g) ?? []).length;
  if (text[e - 1] === '”' && opens < closes) e -= 1;
  while (e > s && /[\s,.;:!?]/.test(text[e - 1])) e -= 1;
  return [s, e];
}

const quoteTypeOf = (content: string): 'indirect' | 'mixed' => (/[“”"«»]/.test(content) ? 'mixed' : 'indirect');

/**
 * Reported speech around each cue verb of a sentence: "S said (that) C", "S told Reuters that C",
 * "C, S said", "C, said S", "S ..., saying C", "S, citing P, reported that C", "S denied that C".
 */
export function reportedSpeech(text: string, sentence: Sentence, consumedCues: Set<number>): Draft[] {
  if (/\?\s*["”’]?$/.test(sentence.text)) return [];
  const drafts: Draft[] = [];
  const { length: frameLength, frame } = leadingFrame(sentence.text);
  const frameVia = frame ? viaIn(frame) : null;
  let trailingSpeaker: string | null = null;

  sentence.tokens.forEach((token, index) => {
    const cue = CUE_VERBS.get(token.text) ?? (token.text.charCodeAt(0) < 97 ? CUE_VERBS.get(token.text.toLowerCase()) : undefined);
    const form = cue ? token.text.toLowerCase() : '';
    if (!cue || consumedCues.has(token.start) || token.start < sentence.start + frameLength) return;
    const cueEnd = token.start + token.text.length;
    const afterCue = text.slice(cueEnd, sentence.end);
    // The tagger sometimes reads "show" or "says" as nouns; a following that-clause settles it.
    if (!isVerb(token) && !['said', 'says', 'told'].includes(form) && !/^\s+that\s/.test(afterCue)) return;
    const leftText = text.slice(sentence.start + frameLength, token.start);
    if (NOT_A_CUE_BEFORE.test(leftText) || SET_PHRASES.test(leftText.trim()) || HABITUAL.test(leftText)) return;
    if (index > 0 && /^(?:to|will|would|could|may|might|can)$/i.test(sentence.tokens[index - 1].text) && cue.lemma !== 'say') return;

    const draft = (clause: Clause, start: number, end: number, confidence: number, cueText = token.text) => {
      const [s, e0] = trimSpan(text, start, end);
      const e = trimSpan(text, s, contentEnd(text, s, e0))[1];
      if (words(text.slice(s, e)) < 3) return;
      drafts.push({ source: clause.sourceRaw, cue: cueText, contentStart: s, contentEnd: e, quote: quoteTypeOf(text.slice(s, e)), via: clause.via ?? frameVia, sentence: sentence.index, position: token.start, confidence });
    };

    // Left side: who speaks. A participle or coordinated cue ("…, saying", "… and said") speaks for the subject.
    const left = stripTrailingAdverbs(leftText.trimEnd());
    const participle = /ing$/.test(form) && /,["”’]?\s*$/.test(leftText);
    const coordinated = /(?:,|\s)(?:and|but|while)\s*(?:also\s+)?$/i.test(leftText);
    const leftStart = sentence.start + frameLength;
    const insertions = parentheticals(leftText, leftStart);
    // Auxiliaries and adverbs right before the cue belong to it ("has repeatedly said"), not to the subject.
    const leftHasVerb = hasVerb(sentence, leftStart, leftStart + left.length, insertions);
    const endsWithInsertion = insertions.some(([, end]) => end >= leftStart + leftText.trimEnd().length);
    const coreWords = words(leftText.replace(/,\s[^,]{1,200},/g, ' '));
    let clause: Clause | null = null;
    const citing = CITING.exec(left);
    if (citing && !hasVerb(sentence, leftStart, leftStart + left.lastIndexOf('citing'))) {
      clause = { sourceRaw: citing[2], via: readSourcePhrase(citing[1])?.name ?? citing[1], position: token.start };
    } else if (participle && trailingSpeaker) {
      // "C, the agency said on Thursday, warning that W": the participle speaks for the trailing speaker.
      clause = { sourceRaw: trailingSpeaker, via: null, position: token.start };
    } else if ((participle || coordinated) && leftHasVerb) {
      const subject = subjectOf(sentence, frameLength);
      if (subject) clause = { sourceRaw: subject, via: null, position: token.start };
    } else if (!leftHasVerb && !coordinated && left && coreWords <= 12 && (!/,\s*$/.test(leftText) || endsWithInsertion)) {
      clause = { sourceRaw: left.replace(/,\s*$/, ''), via: null, position: token.start };
    }

    // Right side: what was said.
    if (clause) {
      const isDocument = DOCUMENT_HEADS.has(clause.sourceRaw.toLowerCase().split(/\s+/).filter((w) => !['by', 'from'].includes(w)).find((w, i, all) => i === all.length - 1 || ['by', 'from', 'published', ','].includes(all[i + 1])) ?? '')
        || /\b(?:report|study|survey|poll|filings?|data|figures)\b/i.test(clause.sourceRaw.split(/\s+(?:by|from|of)\s+/)[0]);
      if (cue.lemma === 'tell') {
        const object = TOLD_OBJECT.exec(afterCue);
        if (object) {
          draft({ ...clause, via: clause.via ?? viaIn(`told ${object[1]}`) }, cueEnd + object[0].length, sentence.end, 0.85);
          return;
        }
        // "told the BBC the plan was dead": an audience or outlet, then a clause with no "that".
        const audience = TOLD_AUDIENCE.exec(afterCue);
        const afterAudience = audience ? stripModifiers(afterCue.slice(audience[0].length)) : null;
        const clauseStart = afterAudience ? sentence.end - afterAudience.rest.length : -1;
        if (audience && afterAudience && clauseAt(sentence, clauseStart + (afterAudience.rest.length - afterAudience.rest.trimStart().length))) {
          draft({ ...clause, via: clause.via ?? viaIn(`told ${audience[0].trim()}${afterAudience.stripped}`) }, clauseStart, sentence.end, 0.75);
        }
        return;
      }
      if (cue.lemma === 'deny' || cue.lemma === 'reject') {
        const object = DENIAL_OBJECT.exec(afterCue);
        const cueText = object && /claim|report|allegation|suggestion|accusation/i.test(object[0]) ? `${token.text} ${object[0].trim().replace(/\s+that$/, '')}` : token.text;
        if (object) draft(clause, cueEnd + object[0].length, sentence.end, 0.8, cueText);
        return;
      }
      if (cue.lemma === 'accuse') {
        const accused = /^\s+(.+?\s+of\s+.+)$/u.exec(afterCue);
        if (accused) draft(clause, cueEnd + (afterCue.length - accused[1].length), sentence.end, 0.7);
        return;
      }
      const { rest, stripped } = stripModifiers(afterCue);
      const via = clause.via ?? (stripped.trim() ? viaIn(stripped) : null);
      const restStart = sentence.end - rest.length;
      const thatClause = /^\s*,?\s*that\s+/u.exec(rest);
      if (thatClause) {
        draft({ ...clause, via }, restStart + thatClause[0].length, sentence.end, 0.85);
        return;
      }
      const bareAllowed = cue.bare || (isDocument && DOCUMENT_BARE_CUES.has(cue.lemma))
        || clauseAt(sentence, restStart + (rest.length - rest.trimStart().length));
      if (bareAllowed && /^\s+[\p{L}\d“"]/u.test(rest) && !/^\s+(?:to|for|with|about|on|in|at(?! (?:least|most)\b)|by|of|as|goodbye|hello|yes|no|sorry|thanks?)\b/iu.test(rest) && words(rest) >= 3) {
        draft({ ...clause, via }, restStart, sentence.end, 0.7);
        return;
      }
    }

    // Trailing attribution: "C, S said (on Monday)." / "C, S told Reuters." / "C, said S." / "C, S reported, citing P."
    const audience = cue.lemma === 'tell' ? TOLD_AUDIENCE.exec(afterCue) : null;
    const { rest, stripped } = stripModifiers(audience ? afterCue.slice(audience[0].length) : afterCue);
    const tail = rest.replace(/^\s*[.!]?\s*$/, '');
    const citingTail = /^\s*,\s*citing\s+(.+?)\s*[.!]?\s*$/u.exec(tail);
    const participleTail = PARTICIPLE_CUE_TAIL.test(tail) && /^\s*,\s*\p{L}+ing\b/u.test(tail);
    const trailingVia = audience ? viaIn(`told ${audience[0].trim()}${stripped}`) : stripped.trim() ? viaIn(stripped) : null;
    const content = text.slice(sentence.start + frameLength, token.start);
    const trailing = /^(.*\S)\s*,\s*([^,]{1,90}?)\s*$/su.exec(content);
    if (trailing && (tail === '' || citingTail || participleTail || APPENDIX_TAIL.test(tail)) && !hasVerb(sentence, token.start - trailing[2].length - 1, token.start)) {
      const speaker = stripTrailingAdverbs(trailing[2]);
      const contentStartAt = sentence.start + frameLength;
      const contentEndAt = contentStartAt + trailing[1].length;
      if (citingTail) draft({ sourceRaw: citingTail[1], via: readSourcePhrase(speaker)?.name ?? speaker, position: token.start }, contentStartAt, contentEndAt, 0.75);
      else draft({ sourceRaw: speaker, via: trailingVia, position: token.start }, contentStartAt, contentEndAt, 0.75);
      if (participleTail) trailingSpeaker = speaker;
      return;
    }
    const inverted = /^(.*\S)\s*,\s*$/su.exec(content);
    const speakerAfter = /^\s+((?:the|a|an|\p{Lu})[^“”"]{1,120}?)\s*[.!]?\s*$/u.exec(afterCue);
    if (inverted && speakerAfter && ['say', 'add', 'tell', 'write'].includes(cue.lemma) && !/\bthat\b/.test(speakerAfter[1])) {
      const contentStartAt = sentence.start + frameLength;
      draft({ sourceRaw: speakerAfter[1], via: null, position: token.start }, contentStartAt, contentStartAt + inverted[1].length, 0.75);
    }
  });
  return foldRelays(drafts);
}

/** "Prosecutors said they would appeal, state news agency Anadolu reported": the outlet relays the inner claim. */
function foldRelays(drafts: Draft[]): Draft[] {
  const relays = drafts.filter((outer) => typeof outer.source === 'string' && readSourcePhrase(outer.source)?.type === 'media'
    && drafts.some((inner) => inner !== outer && inner.contentStart >= outer.contentStart && inner.contentEnd <= outer.contentEnd));
  for (const relay of relays) {
    const outlet = readSourcePhrase(relay.source as string)!.name;
    for (const inner of drafts) {
      if (inner !== relay && inner.contentStart >= relay.contentStart && inner.contentEnd <= relay.contentEnd) inner.via ??= outlet;
    }
  }
  return drafts.filter((draft) => !relays.includes(draft));
}
