import { CUE_VERBS, isHeadlineFinding, OBJECT_TAKING_CUES, STANDING_CUES } from '../lexicon/cues';
import { isHeadline, type Sentence, type Token } from '../segment';
import { viaIn } from '../source-phrase/via-in-frame';
import { clauseAt, isVerb, leadingFrame } from './clause';
import { readComplement } from './cue-complement';
import { type Clause, type CueSite } from './cue-site';
import { type ConsumedCues, type Draft } from './draft';
import { putsAtFigure } from './estimates';
import { CUE, CUE_FORMS, tailOf } from './patterns';
import { citedByOutlet, foldRelays } from './relays';
import { speakerBefore } from './speaker-clause';
import { hasWords, minClaimWords, trimSpan } from './spans';
import { thatComplements } from './that-complements';
import { trailingAttribution } from './trailing-attribution';

const NOT_A_CUE_BEFORE = /(?:^|\s)(?:the|a|an|this|that|these|those|its|his|her|their)\s*$/i;
/** "her" is also an object ("people close to her said"): no noun is spelt "said" or "told". */
const OBJECT_HER = /\sher\s*(?:said|told)$/i;
const SET_PHRASES = /^(?:that|this|having|as)\s*,?\s*$/i;
/**
 * A second cue inside a content span ("said X but noted that Y", "said X, describing it as Y") starts its own claim; a
 * participle that shares a perfect passive's "been" is part of the claim ("a delay had been discussed but rejected"),
 * unlike one after a plain "was" ("the budget was balanced and added …").
 */
const COORDINATED_CUE = new RegExp(
  `(?<!\\bbeen\\s+\\p{Ll}+(?:ed|en)),?\\s+(?:but|and|while)\\s+(?:also\\s+)?(${CUE})\\s+(that\\s+)?|,\\s+(${CUE_FORMS.filter((form) => form.endsWith('ing')).join('|')})\\b(\\s+that\\b)?`,
  'u',
);
/**
 * Views held "for a long time" are background, not a claim made in this story: "Analysts have long argued". A warning
 * stands for a present concern, so "The union has long warned that C" is a claim.
 */
const HABITUAL = /\b(?:has|have|had)\s+long\s*$/i;
/** "C, he told reporters in Accra after …": the claim's own speaker named again by a pronoun ends the claim. */
const PRONOUN_ATTRIBUTION = new RegExp(`,\\s*(?:he|she|it|they|we)\\s+(?:${CUE})\\b`, 'u');
/** "…, state news agency Anadolu reported." closing a content span: the relay, not the claim. */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*[^,]{1,80}?\\s+(?:${CUE})(?:\\s+[^,]{0,40})?\\s*[.!]?\\s*$`, 'u');

const MAX_CUES_PER_SENTENCE = 8;
/** A clause whose subject is a pronoun, after a cue the tagger may read as a plural noun. */
const PRONOUN_CLAUSE = /^\s+(?:it|they|he|she|we)\s/;

/**
 * A coordinated cue in a content span that starts a claim of its own: not a plain verb with its object ("will cut 40
 * flights and add 12 routes", see OBJECT_TAKING_CUES).
 */
function coordinatedCue(sentence: Sentence, start: number, span: string): RegExpExecArray | null {
  const match = COORDINATED_CUE.exec(span);
  const form = match?.[1] ?? match?.[3];
  const reportsThat = match?.[2] ?? match?.[4];
  if (!match || !form || reportsThat || !OBJECT_TAKING_CUES.has(CUE_VERBS.get(form.toLowerCase())?.lemma ?? ''))
    return match;
  const next = start + match.index + match[0].length;
  return /^\s*[“"]/u.test(span.slice(next - start)) || clauseAt(sentence, next) ? match : null;
}

/**
 * Cuts a content span at a coordinated second cue ("said X but noted that Y"), which gets its own claim, or at an
 * attribution inside it.
 */
function contentEnd(text: string, sentence: Sentence, start: number, end: number): number {
  const span = text.slice(start, end);
  const match =
    coordinatedCue(sentence, start, span) ?? PRONOUN_ATTRIBUTION.exec(span) ?? TRAILING_ATTRIBUTION.exec(span);
  return match && (match.index ?? 0) > 0 ? start + (match.index ?? 0) : end;
}

const quoteTypeOf = (content: string): 'indirect' | 'mixed' => (/[“”"«»]/.test(content) ? 'mixed' : 'indirect');

/**
 * Reported speech around each cue verb of a sentence: "S said (that) C", "S told Reuters that C",
 * "C, S said", "C, said S", "S ..., saying C", "S, citing P, reported that C", "S denied that C". The sentence's
 * first `lead` characters are a relay ("According to Xinhua, "), not a part of it.
 */
export function reportedSpeech(text: string, sentence: Sentence, consumedCues: ConsumedCues, lead = 0): Draft[] {
  if (/\?\s*["”’]?$/.test(tailOf(sentence.text, 4))) return [];
  const drafts: Draft[] = [];
  const { length: frameLength, frame } = leadingFrame(sentence, lead);
  const frameVia = frame ? viaIn(frame) : null;
  let trailingSpeaker: string | null = null;

  const tokens = sentence.tokens;
  const headline = isHeadline(sentence);
  const followedByVerb = (index: number) => {
    const next = tokens[index + 1];
    return !!next && (isVerb(next) || CUE_VERBS.has(next.text.toLowerCase()));
  };
  const readCue = (token: Token, index: number) => {
    const form = token.text.toLowerCase();
    const cue = CUE_VERBS.get(form);
    if (!cue || token.start < sentence.start + frameLength) return;
    // A cue a direct quote took ("“C,” the airline said, adding that W") still names who a participle after it quotes.
    const quotedSpeaker = consumedCues.get(token.start);
    if (quotedSpeaker !== undefined) {
      trailingSpeaker = quotedSpeaker;
      return;
    }
    const cueEnd = token.start + token.text.length;
    const afterCue = text.slice(cueEnd, sentence.end);
    if (cue.lemma === 'put' && !putsAtFigure(afterCue)) return;
    // The tagger sometimes reads "show", "says" or "claims" as nouns; a following that-clause, a clause with a pronoun
    // subject in the body ("The gang claims it has copied C"; a headline's "Government signals it could …" is often no
    // one's words), or closing a trailing attribution ("C, documents show") settles it. So does a headline's finding
    // before what it found ("Port reports busiest year"), unless a verb follows ("Police reports show a rise").
    if (
      !isVerb(token) &&
      !['said', 'says', 'told'].includes(form) &&
      !/^\s+that\s/.test(afterCue) &&
      !(!headline && form.endsWith('s') && PRONOUN_CLAUSE.test(afterCue) && clauseAt(sentence, cueEnd + 1)) &&
      !/^\s*[.!]?\s*$/.test(afterCue) &&
      !(headline && isHeadlineFinding(form, cue) && !followedByVerb(index))
    )
      return;
    const leftText = text.slice(sentence.start + frameLength, token.start);
    const leftTail = tailOf(leftText);
    if (
      (NOT_A_CUE_BEFORE.test(leftTail) && !OBJECT_HER.test(leftTail + form)) ||
      SET_PHRASES.test(leftText.trim()) ||
      (HABITUAL.test(leftTail) && !STANDING_CUES.has(cue.lemma))
    )
      return;
    if (
      index > 0 &&
      /^(?:to|will|would|could|may|might|can)$/i.test(sentence.tokens[index - 1].text) &&
      cue.lemma !== 'say'
    )
      return;

    const draft = (speaker: Clause, start: number, end: number, confidence: number, cueText = token.text) => {
      const [s, e0] = trimSpan(text, start, end);
      const e1 = trimSpan(text, s, contentEnd(text, sentence, s, e0))[1];
      const cited = citedByOutlet(text, s, e1, speaker);
      const said = cited?.clause ?? speaker;
      const e = cited ? trimSpan(text, s, cited.end)[1] : e1;
      if (!hasWords(text, s, e, minClaimWords(headline))) return;
      for (const [partStart, partEnd] of thatComplements(text, sentence, s, e, minClaimWords(headline)))
        drafts.push({
          source: said.sourceRaw,
          cue: cueText,
          contentStart: partStart,
          contentEnd: partEnd,
          quote: quoteTypeOf(text.slice(partStart, partEnd)),
          via: said.via ?? frameVia,
          sentence: sentence.index,
          position: token.start,
          confidence,
        });
    };
    const site: CueSite = {
      text,
      sentence,
      token,
      cue,
      form,
      cueEnd,
      afterCue,
      leftText,
      leftTail,
      frameLength,
      draft,
    };

    const speaker = speakerBefore(site, trailingSpeaker);
    if (speaker.resumeAt !== undefined) {
      draft(speaker.clause, speaker.resumeAt, sentence.end, 0.75);
      return;
    }
    if (speaker.clause && readComplement(site, speaker.clause)) return;
    const participleSpeaker = trailingAttribution(site);
    if (participleSpeaker !== null) trailingSpeaker = participleSpeaker;
  };
  // Only the words the prefilter found in the cue lexicon are read as cues; a real sentence has a few, so a run of
  // hundreds (junk input) is not read past the first ones.
  for (const index of sentence.cues.slice(0, MAX_CUES_PER_SENTENCE)) readCue(tokens[index], index);
  return foldRelays(drafts);
}
