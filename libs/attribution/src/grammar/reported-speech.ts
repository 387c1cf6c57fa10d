import { CUE_VERBS, DOCUMENT_BARE_CUES, TOLD_AUDIENCE } from '../lexicon/cues';
import { DOCUMENT_HEADS } from '../lexicon/sources';
import { Sentence, Token } from '../segment';
import { readSourcePhrase, viaIn } from '../source-phrase';
import { clauseAt, hasVerb, INSERTION, isVerb, leadingFrame, parentheticals, subjectOf } from './clause';
import { ConsumedCues, Draft } from './draft';
import { isEstimate, putsAtFigure } from './estimates';
import { relativeSpeaker } from './relative-speaker';
import { CUE, CUE_FORMS, stripModifiers, stripTrailingAdverbs, tailOf } from './patterns';
import { hasWords, trimSpan } from './spans';

const CITING = /^(.*?),?\s+citing\s+(.+?)\s*,?\s*$/u;
const CITING_TAIL = /,\s*citing\s+([^,]{1,80}?)\s*$/u;
/** "A source close to the talks, quoted by the Financial Times, said": the insertion names the relay. */
const QUOTED_BY = /^(.+?),\s+(?:as\s+)?(?:quoted|cited)\s+by\s+([^,]{1,60}?)\s*,?\s*$/u;
/**
 * "Documents seen by Reuters show ...", "Analysts polled by Reuters forecast ...": the outlet that saw the source, or
 * asked it, relays it.
 */
const SEEN_BY = /^(.+?)\s+(?:seen|obtained|reviewed|verified|polled|surveyed)\s+by\s+([^,]{1,60}?)\s*$/u;
/** "Petra quoted the prime minister as saying C": the one quoted speaks, the one quoting relays. */
const QUOTED_AS = /^(.+?)\s+quoted\s+(.{1,80}?)\s+as$/su;
const NOT_A_CUE_BEFORE = /(?:^|\s)(?:the|a|an|this|that|these|those|its|his|her|their)\s*$/i;
/** "her" is also an object ("people close to her said"): no noun is spelt "said" or "told". */
const OBJECT_HER = /\sher\s*(?:said|told)$/i;
const SET_PHRASES = /^(?:that|this|having|as)\s*,?\s*$/i;
const DENIAL_OBJECT =
  /^\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?|speculation)\s+)?that\s+/iu;
/** "denied taking any banned substance": a gerund clause after a denial is what was denied (not "denied wrongdoing"). */
const DENIED_GERUND = /^\s+(?:ever\s+)?(?=(\p{Ll}{2,}ing)\s+[\p{L}\d])/u;
const NOT_A_GERUND = /(?:thing|wrongdoing|morning|evening|ceiling|building|funding|meeting|ruling|finding|spending)$/u;
const TOLD_OBJECT = /^\s+(.{1,80}?)\s+that\s+/u;
/** A second cue inside a content span ("said X but noted that Y", "said X, describing it as Y") starts its own claim. */
const COORDINATED_CUE = new RegExp(
  `,?\\s+(?:but|and|while)\\s+(?:also\\s+)?(?:${CUE})\\s+(?:that\\s+)?|,\\s+(?:${CUE_FORMS.filter((form) => form.endsWith('ing')).join('|')})\\b`,
  'u',
);
/** "C, S said, warning that W": a participle cue after a trailing attribution. */
const PARTICIPLE_CUE_TAIL = new RegExp(`^\\s*,\\s*(?:${CUE})\\b`, 'u');
/**
 * What may follow a trailing attribution without being part of it: "C, officials said, in a move that ...",
 * "C, an aide said, speaking on condition of anonymity", "C, the agency said, the weakest reading since 2021",
 * "C, the ministry said on Monday, in one of the largest ..."
 */
const APPENDIX_TAIL =
  /^\s*,\s*(?:in a move|a move|in what|(?:in )?one of the|which|as|amid|after|before|despite|while|a sign|a step|\p{Ll}+ing|(?:in )?(?:the|its|their) (?:latest|biggest|largest|highest|lowest|smallest|weakest|strongest|fastest|slowest|sharpest|steepest|worst|best|first|second|third|only))\b/u;
/**
 * "..., after the company said", "... as researchers warn", "... as minister says": a subordinator, then a short subject
 * (determined, named, or bare) and nothing else before the cue.
 */
const SUBORDINATE_SUBJECT =
  /\b(?:after|as|when|because|since|while|before|although|though|until)\s+((?:the|a|an|its|his|her|their)\s+[^,;]{1,50}|\p{Lu}[^,;]{0,50}|(?!(?:he|she|it|they|we|you|i)$)(?:\p{Ll}+\s+)?\p{Ll}+)$/u;
/** "When Ellery accused X of Y, the speaker ...": the cue of a sentence-opening subordinate clause. */
const LEADING_SUBORDINATOR = /^(?:When|After|As|While|Because|Since|Although|Though|Before|If|Once|Until)\s+/u;
/**
 * "..., but two traders said", "..., but its finance chief, Kevin Chou, said": a coordinated clause's subject, whatever
 * its determiner, right before the cue.
 */
const COORDINATE_SUBJECT = /,\s+(?:and|but)\s+([^,;]{1,50}(?:,\s[^,;]{1,40},)?)$/u;
/** A clause's subject after a comma alone: "Dockers walk out, union says C", "When the polls closed, the minister said C". */
const COMMA_SUBJECT = /,\s+(?!(?:after|as|when|because|since|while|before|although|though|until|if)\s)([^,;]{1,50})$/u;
/** "The strike, it said, ...": after the subject's comma, a short speaker phrase. */
const INSERTED_SPEAKER = /^,\s*(\S[^,]{0,59}?)\s*$/u;
/**
 * Views held "for a long time" are background, not a claim made in this story: "Analysts have long argued". A warning
 * stands for a present concern, so "The union has long warned that C" is a claim.
 */
const HABITUAL = /\b(?:has|have|had)\s+long\s*$/i;
const STANDING_WARNINGS = new Set(['warn', 'caution']);
/** "…, state news agency Anadolu reported." closing a content span: the relay, not the claim. */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s*[^,]{1,80}?\\s+(?:${CUE})(?:\\s+[^,]{0,40})?\\s*[.!]?\\s*$`, 'u');

/**
 * What a bare cue takes that is no claim: a preposition ("said to", "told of"), a reply ("said yes", "said no to the
 * plan"). A "no" that opens a clause or a finding is a claim ("said no one was hurt", "showed no damage").
 */
const NOT_A_CLAIM_AFTER_CUE =
  /^\s+(?:to|for|with|about|on|in|at(?! (?:least|most)\b)|by|of|as|goodbye|hello|yes|no(?!\s+(?!to\b)\p{L})|sorry|thanks?)\b/iu;

const MAX_CUES_PER_SENTENCE = 8;

interface Clause {
  sourceRaw: string;
  via: string | null;
  position: number;
}

/** "Xinhua said C, citing a ministry official": an outlet's claim that names its own source is that source's, relayed. */
function citedByOutlet(
  text: string,
  start: number,
  end: number,
  speaker: Clause,
): { clause: Clause; end: number } | null {
  const span = text.slice(start, end);
  const cited = span.includes('citing') ? CITING_TAIL.exec(span) : null;
  const outlet = cited && !speaker.via ? readSourcePhrase(speaker.sourceRaw) : null;
  if (!cited || outlet?.type !== 'media') return null;
  return { clause: { sourceRaw: cited[1], via: outlet.name, position: speaker.position }, end: start + cited.index };
}

/** Where an opening subordinate clause ends: at the comma before the main clause's subject ("When S said C, the ..."). */
function subordinateEnd(sentence: Sentence, from: number): number {
  for (
    let comma = sentence.text.indexOf(', ', from - sentence.start);
    comma >= 0;
    comma = sentence.text.indexOf(', ', comma + 1)
  ) {
    const next = sentence.tokens.find((token) => token.start >= sentence.start + comma + 2);
    if (next && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(next.pos) && hasVerb(sentence, next.start, sentence.end))
      return sentence.start + comma;
  }
  return sentence.end;
}

/** Cuts a content span at a coordinated second cue ("said X but noted that Y"), which gets its own claim. */
function contentEnd(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const match = COORDINATED_CUE.exec(span) ?? TRAILING_ATTRIBUTION.exec(span);
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
    // The tagger sometimes reads "show" or "says" as nouns; a following that-clause, or closing a trailing
    // attribution ("C, documents show"), settles it.
    if (
      !isVerb(token) &&
      !['said', 'says', 'told'].includes(form) &&
      !/^\s+that\s/.test(afterCue) &&
      !/^\s*[.!]?\s*$/.test(afterCue)
    )
      return;
    const leftText = text.slice(sentence.start + frameLength, token.start);
    const leftTail = tailOf(leftText);
    if (
      (NOT_A_CUE_BEFORE.test(leftTail) && !OBJECT_HER.test(leftTail + form)) ||
      SET_PHRASES.test(leftText.trim()) ||
      (HABITUAL.test(leftTail) && !STANDING_WARNINGS.has(cue.lemma))
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
      const e1 = trimSpan(text, s, contentEnd(text, s, e0))[1];
      const cited = citedByOutlet(text, s, e1, speaker);
      const said = cited?.clause ?? speaker;
      const e = cited ? trimSpan(text, s, cited.end)[1] : e1;
      if (!hasWords(text, s, e, 3)) return;
      drafts.push({
        source: said.sourceRaw,
        cue: cueText,
        contentStart: s,
        contentEnd: e,
        quote: quoteTypeOf(text.slice(s, e)),
        via: said.via ?? frameVia,
        sentence: sentence.index,
        position: token.start,
        confidence,
      });
    };

    // Left side: who speaks. A participle or coordinated cue ("…, saying", "… and said") speaks for the subject.
    const left = stripTrailingAdverbs(leftText.trimEnd());
    const participle = /ing$/.test(form) && /,["”’]?\s*$/.test(leftTail);
    // A headline leaves the "and" out: "Lumio unveils phone, says C".
    const headline = sentence.paragraph < 2 && !/[.!?]["”’]?$/.test(tailOf(sentence.text, 4));
    const coordinated =
      /(?:,|\s)(?:and|but|while)\s*(?:also\s+)?$/i.test(leftTail) || (headline && /\S,\s*$/.test(leftTail));
    const leftStart = sentence.start + frameLength;
    const insertions = parentheticals(leftText, leftStart);
    // Auxiliaries and adverbs right before the cue belong to it ("has repeatedly said"), not to the subject.
    const leftHasVerb = hasVerb(sentence, leftStart, leftStart + left.length, insertions);
    const endsWithInsertion = insertions.some(([, end]) => end >= leftStart + leftText.trimEnd().length);
    const core = insertions.length ? leftText.replace(INSERTION, ' ') : leftText;
    const fewCoreWords = !hasWords(core, 0, core.length, 13);
    // "The strike, it said, would cost C": speaker and cue set between a subject and its verb. The claim is what
    // follows; the subject alone says nothing.
    const comma = leftHasVerb ? -1 : leftText.indexOf(',');
    const inserted =
      comma > 0 && comma === leftText.lastIndexOf(',') ? INSERTED_SPEAKER.exec(leftText.slice(comma)) : null;
    if (inserted) {
      const { rest, stripped } = stripModifiers(afterCue);
      const resumed = /^\s*,\s*/.exec(rest);
      const resumeAt = sentence.end - rest.length + (resumed?.[0].length ?? 0);
      const next = resumed ? tokens.find((t) => t.start >= resumeAt) : undefined;
      // The tagger may read a verb in -s as a plural noun ("The hinge, he wrote, accounts for ...").
      if (next && (isVerb(next) || (next.pos === 'NOUN' && /^\p{Ll}+s$/u.test(next.text))) && !/ing$/.test(next.text)) {
        draft(
          { sourceRaw: inserted[1], via: stripped.trim() ? viaIn(stripped) : null, position: token.start },
          resumeAt,
          sentence.end,
          0.75,
        );
        return;
      }
    }
    let clause: Clause | null = null;
    const citing = left.includes('citing') ? CITING.exec(left) : null;
    const quotedAs = cue.lemma === 'say' && /\sas$/.test(left) ? QUOTED_AS.exec(left) : null;
    if (citing && !hasVerb(sentence, leftStart, leftStart + left.lastIndexOf('citing'))) {
      clause = { sourceRaw: citing[2], via: readSourcePhrase(citing[1])?.name ?? citing[1], position: token.start };
    } else if (quotedAs) {
      clause = {
        sourceRaw: quotedAs[2],
        via: readSourcePhrase(quotedAs[1])?.name ?? quotedAs[1],
        position: token.start,
      };
    } else if (participle && trailingSpeaker) {
      // "C, the agency said on Thursday, warning that W": the participle speaks for the trailing speaker.
      clause = { sourceRaw: trailingSpeaker, via: null, position: token.start };
    } else if ((participle || coordinated) && leftHasVerb) {
      const subject = subjectOf(sentence, frameLength);
      if (subject) clause = { sourceRaw: subject, via: null, position: token.start };
    } else if (!leftHasVerb && !coordinated && left && fewCoreWords && (!/,\s*$/.test(leftTail) || endsWithInsertion)) {
      // "MPs clash over bill as minister says C": the tagger reads few verbs in a headline, but a subordinator shows
      // where the speaker's clause starts.
      const subordinate = headline ? SUBORDINATE_SUBJECT.exec(tailOf(left, 80)) : null;
      const subject = subordinate && subordinate.index > 0 ? subordinate[1] : left.replace(LEADING_SUBORDINATOR, '');
      clause = { sourceRaw: subject.replace(/,\s*$/, ''), via: null, position: token.start };
    } else if (leftHasVerb && !participle && !coordinated) {
      // "Shares fell 14 percent after the company said C", "Output fell, and growers said C": the subject of a
      // subordinate or coordinated clause right before the cue. A subject after a bare comma takes no "told": "C, two
      // officials told Bloomberg" is a trailing attribution.
      const tail = tailOf(left, 80);
      const relative = relativeSpeaker(tail);
      const subordinate = relative
        ? null
        : (SUBORDINATE_SUBJECT.exec(tail) ??
          COORDINATE_SUBJECT.exec(tail) ??
          (cue.lemma === 'tell' ? null : COMMA_SUBJECT.exec(tail)));
      const subjectStart = subordinate ? leftStart + left.length - subordinate[1].length : -1;
      if (relative) clause = { sourceRaw: relative, via: null, position: token.start };
      else if (subordinate && !hasVerb(sentence, subjectStart, leftStart + left.length))
        clause = { sourceRaw: subordinate[1], via: null, position: token.start };
    }

    const relayed = clause && !clause.via ? (QUOTED_BY.exec(clause.sourceRaw) ?? SEEN_BY.exec(clause.sourceRaw)) : null;
    if (clause && relayed)
      clause = { ...clause, sourceRaw: relayed[1], via: readSourcePhrase(relayed[2])?.name ?? relayed[2] };

    // Right side: what was said, up to the main clause when the cue is in an opening subordinate one.
    const end = LEADING_SUBORDINATOR.test(leftText) ? subordinateEnd(sentence, cueEnd) : sentence.end;
    if (clause) {
      const isDocument = () =>
        DOCUMENT_HEADS.has(
          clause.sourceRaw
            .toLowerCase()
            .split(/\s+/)
            .filter((w) => !['by', 'from'].includes(w))
            .find((w, i, all) => i === all.length - 1 || ['by', 'from', 'published', ','].includes(all[i + 1])) ?? '',
        ) ||
        /\b(?:report|study|survey|poll|filings?|data|figures)\b/i.test(
          clause.sourceRaw.split(/\s+(?:by|from|of)\s+/)[0],
        );
      // "The insurer estimated the damage at 8 million euros": any speaker's estimate of a figure; "put" only an estimate's.
      if (cue.lemma === 'put' || (cue.lemma === 'estimate' && putsAtFigure(afterCue))) {
        if (cue.lemma === 'estimate' || isEstimate(clause.sourceRaw)) draft(clause, cueEnd, end, 0.7);
        return;
      }
      if (cue.lemma === 'tell') {
        const object = TOLD_OBJECT.exec(afterCue);
        if (object) {
          draft({ ...clause, via: clause.via ?? viaIn(`told ${object[1]}`) }, cueEnd + object[0].length, end, 0.85);
          return;
        }
        // "told the BBC the plan was dead": an audience or outlet, then a clause with no "that".
        const audience = TOLD_AUDIENCE.exec(afterCue);
        const afterAudience = audience ? stripModifiers(afterCue.slice(audience[0].length)) : null;
        const clauseStart = afterAudience ? sentence.end - afterAudience.rest.length : -1;
        if (
          audience &&
          afterAudience &&
          clauseAt(sentence, clauseStart + (afterAudience.rest.length - afterAudience.rest.trimStart().length))
        ) {
          draft(
            { ...clause, via: clause.via ?? viaIn(`told ${audience[0].trim()}${afterAudience.stripped}`) },
            clauseStart,
            end,
            0.75,
          );
        }
        return;
      }
      if (cue.lemma === 'deny' || cue.lemma === 'reject') {
        const object = DENIAL_OBJECT.exec(afterCue);
        const cueText =
          object && /claim|report|allegation|suggestion|accusation/i.test(object[0])
            ? `${token.text} ${object[0].trim().replace(/\s+that$/, '')}`
            : token.text;
        if (object) draft(clause, cueEnd + object[0].length, end, 0.8, cueText);
        const gerund = !object && cue.lemma === 'deny' ? DENIED_GERUND.exec(afterCue) : null;
        if (gerund && !NOT_A_GERUND.test(gerund[1])) draft(clause, cueEnd + gerund[0].length, end, 0.7);
        return;
      }
      if (cue.lemma === 'describe') {
        // "describing the trend as “a structural shift”": what it was described as is the claim.
        const described = /^\s+.{1,80}?\s+as\s+/u.exec(afterCue);
        if (described) draft(clause, cueEnd + described[0].length, end, 0.7);
        return;
      }
      if (cue.lemma === 'accuse') {
        const accused = /^\s+(.+?\s+of\s+.+)$/u.exec(afterCue);
        if (accused) draft(clause, cueEnd + (afterCue.length - accused[1].length), end, 0.7);
        return;
      }
      const { rest, stripped } = stripModifiers(afterCue);
      const via = clause.via ?? (stripped.trim() ? viaIn(stripped) : null);
      const restStart = sentence.end - rest.length;
      const thatClause = /^\s*,?\s*that\s+/u.exec(rest);
      if (thatClause) {
        draft({ ...clause, via }, restStart + thatClause[0].length, end, 0.85);
        return;
      }
      const bareAllowed =
        cue.bare ||
        (DOCUMENT_BARE_CUES.has(cue.lemma) && isDocument()) ||
        clauseAt(sentence, restStart + (rest.length - rest.trimStart().length));
      if (
        bareAllowed &&
        /^\s+[\p{L}\d“"]/u.test(rest) &&
        !NOT_A_CLAIM_AFTER_CUE.test(rest) &&
        hasWords(rest, 0, rest.length, 3)
      ) {
        draft({ ...clause, via }, restStart, end, 0.7);
        return;
      }
    }

    // Trailing attribution: "C, S said (on Monday)." / "C, S told Reuters." / "C, said S." / "C, S reported, citing P."
    const audience = cue.lemma === 'tell' ? TOLD_AUDIENCE.exec(afterCue) : null;
    const { rest, stripped } = stripModifiers(audience ? afterCue.slice(audience[0].length) : afterCue);
    const tail = rest.replace(/^\s*[.!]?\s*$/, '');
    const citingTail = /^\s*,\s*citing\s+(.+?)\s*[.!]?\s*$/u.exec(tail);
    const participleTail = PARTICIPLE_CUE_TAIL.test(tail) && /^\s*,\s*\p{L}+ing\b/u.test(tail);
    const trailingVia = audience
      ? viaIn(`told ${audience[0].trim()}${stripped}`)
      : stripped.trim()
        ? viaIn(stripped)
        : null;
    const content = text.slice(sentence.start + frameLength, token.start);
    const trailing = /^(.*\S)\s*,\s*([^,]{1,90}?)\s*$/su.exec(content);
    if (
      trailing &&
      (tail === '' || citingTail || participleTail || APPENDIX_TAIL.test(tail)) &&
      !hasVerb(sentence, token.start - trailing[2].length - 1, token.start)
    ) {
      const speaker = stripTrailingAdverbs(trailing[2]);
      const contentStartAt = sentence.start + frameLength;
      const contentEndAt = contentStartAt + trailing[1].length;
      // "C, Xinhua reported, citing P" relays P; "C, the group said, citing police records" is the group's evidence.
      const outlet = citingTail ? readSourcePhrase(speaker) : null;
      if (citingTail && outlet?.type === 'media')
        draft(
          { sourceRaw: citingTail[1], via: outlet.name, position: token.start },
          contentStartAt,
          contentEndAt,
          0.75,
        );
      else draft({ sourceRaw: speaker, via: trailingVia, position: token.start }, contentStartAt, contentEndAt, 0.75);
      if (participleTail) trailingSpeaker = speaker;
      return;
    }
    const inverted = /^(.*\S)\s*,\s*$/su.exec(content);
    const speakerAfter = /^\s+((?:the|a|an|\p{Lu})[^“”"]{1,120}?)\s*[.!]?\s*$/u.exec(afterCue);
    // "C, said the minister"; "…, said the family could not pay" is a claim whose speaker stands before it.
    const speakerHasVerb = () => hasVerb(sentence, sentence.end - afterCue.length, sentence.end);
    if (
      inverted &&
      speakerAfter &&
      ['say', 'add', 'tell', 'write'].includes(cue.lemma) &&
      !/\bthat\b/.test(speakerAfter[1]) &&
      !speakerHasVerb()
    ) {
      const contentStartAt = sentence.start + frameLength;
      draft(
        { sourceRaw: speakerAfter[1], via: null, position: token.start },
        contentStartAt,
        contentStartAt + inverted[1].length,
        0.75,
      );
    }
  };
  // Only the words the prefilter found in the cue lexicon are read as cues; a real sentence has a few, so a run of
  // hundreds (junk input) is not read past the first ones.
  for (const index of sentence.cues.slice(0, MAX_CUES_PER_SENTENCE)) readCue(tokens[index], index);
  return foldRelays(drafts);
}

/** "Prosecutors said they would appeal, state news agency Anadolu reported": the outlet relays the inner claim. */
function foldRelays(drafts: Draft[]): Draft[] {
  if (drafts.length < 2) return drafts;
  const relays = drafts.filter(
    (outer) =>
      drafts.some(
        (inner) => inner !== outer && inner.contentStart >= outer.contentStart && inner.contentEnd <= outer.contentEnd,
      ) &&
      typeof outer.source === 'string' &&
      readSourcePhrase(outer.source)?.type === 'media',
  );
  if (!relays.length) return drafts;
  for (const relay of relays) {
    const outlet = readSourcePhrase(relay.source as string)!.name;
    for (const inner of drafts) {
      if (inner !== relay && inner.contentStart >= relay.contentStart && inner.contentEnd <= relay.contentEnd)
        inner.via ??= outlet;
    }
  }
  return drafts.filter((draft) => !relays.includes(draft));
}
