import {
  DOCUMENT_BARE_CUES,
  FORECAST_CUES,
  isHeadlineFinding,
  OBJECT_TAKING_CUES,
  TOLD_AUDIENCE,
} from '../lexicon/cues';
import { DOCUMENT_HEADS } from '../lexicon/documents';
import { isHeadline, type Sentence } from '../segment';
import { viaIn } from '../source-phrase/via-in-frame';
import { clauseAt, hasVerb } from './clause';
import { type Clause, type CueSite } from './cue-site';
import { givesShare, isEstimate, putsAtFigure, putsCountAt } from './estimates';
import { LEADING_SUBORDINATOR, stripModifiers } from './patterns';
import { hasWords, minClaimWords } from './spans';

const DENIAL_OBJECT =
  /^\s+(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?|accusations?|speculation)\s+)?that\s+/iu;
/** "denied taking any banned substance": a gerund clause after a denial is what was denied (not "denied wrongdoing"). */
const DENIED_GERUND = /^\s+(?:ever\s+)?(?=(\p{Ll}{2,}ing)\s+[\p{L}\d])/u;
const NOT_A_GERUND = /(?:thing|wrongdoing|morning|evening|ceiling|building|funding|meeting|ruling|finding|spending)$/u;
const TOLD_OBJECT = /^\s+(.{1,80}?)\s+that\s+/u;
/** A figure an "about" rounds: "about 300", "about two dozen", "about half", "about a third". */
const ROUNDED_FIGURE =
  /\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:dozen|hundred|thousand|million|billion|third|quarter|fifth|tenth)\b|half\b/u
    .source;
/**
 * What a bare cue takes that is no claim: a preposition ("said to", "told of"), a reply ("said yes", "said no to the
 * plan"). A "no" that opens a clause or a finding is a claim ("said no one was hurt", "showed no damage"), and so is
 * an "about" that rounds a figure ("said about 300 people were hurt", "said about half the staff would go").
 */
const NOT_A_CLAIM_AFTER_CUE = new RegExp(
  `^\\s+(?:to|for|with|about(?!\\s+(?:${ROUNDED_FIGURE}))|on|in|at(?! (?:least|most)\\b)|by|of|as|goodbye|hello|yes|no(?!\\s+(?!to\\b)\\p{L})|sorry|thanks?)\\b`,
  'iu',
);

/**
 * "called it “a provocation”", "called the new rules “a tax on work.”": an object pronoun or a determined noun phrase of up
 * to four words, then a quotation (group 2, closing mark included).
 */
const CALLED_OBJECT =
  /^\s+((?:it|them|him|her|this|that|(?:the|this|that|these|those|its|his|her|their)(?:\s+[\p{L}\d'’-]+){1,4}?)\s+)([“"][^”"]{1,200}[”"])/u;
const PRONOUN_OBJECT = /^(?:it|them|him|her|this|that)\s+$/u;

/** A forecast's subject of up to six words, then "to" and a verb: "expects inflation to drop", "sees prices to rise". */
const FORECAST_INFINITIVE =
  /^\s+(?!to\b)[\p{L}\d%$€£'’.,-]+(?:\s+(?!to\b)[\p{L}\d%$€£'’.,-]+){0,5}\s+(to\s+\p{Ll}+)\b/u;

const CLAIMED_INFINITIVE = /^\s+to\s+(?=\p{Ll})/u;

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

/** Whether a speaker is a document (a report, a poll, figures), which takes a bare "show" or "find". */
const isDocument = (clause: Clause): boolean =>
  DOCUMENT_HEADS.has(
    clause.sourceRaw
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !['by', 'from'].includes(w))
      .find((_word, i, all) => i === all.length - 1 || ['by', 'from', 'published', ','].includes(all[i + 1])) ?? '',
  ) ||
  /\b(?:report|study|survey|poll|filings?|data|figures)\b/i.test(clause.sourceRaw.split(/\s+(?:by|from|of)\s+/)[0]);

/**
 * What the cue takes after it, for a speaker before it: "said (that) C", "told Reuters that C", "denied that C",
 * "described it as C", "accused X of C", "put X at F". Returns whether the cue is settled (a claim or none); false
 * leaves it to a trailing attribution.
 */
export function readComplement(site: CueSite, clause: Clause): boolean {
  const { sentence, cue, cueEnd, afterCue, leftText, draft } = site;
  // Right side: what was said, up to the main clause when the cue is in an opening subordinate one.
  const end = LEADING_SUBORDINATOR.test(leftText) ? subordinateEnd(sentence, cueEnd) : sentence.end;
  // "The insurer estimated the damage at 8 million euros": any speaker's estimate of a figure; "put" only an estimate's,
  // or a count's ("Police put the crowd at 12,000").
  if (cue.lemma === 'put' || (cue.lemma === 'estimate' && putsAtFigure(afterCue))) {
    if (cue.lemma === 'estimate' || isEstimate(clause.sourceRaw) || putsCountAt(afterCue))
      draft(clause, cueEnd, end, 0.7);
    return true;
  }
  // "A survey released on Friday gives the Social Democrats 31 percent": only a poll's or an estimate's share.
  if (cue.lemma === 'give') {
    if (isEstimate(clause.sourceRaw) && givesShare(afterCue)) draft(clause, cueEnd, end, 0.7);
    return true;
  }
  if (cue.lemma === 'tell') {
    readTold(site, clause, end);
    return true;
  }
  if (cue.lemma === 'deny' || cue.lemma === 'reject') {
    const object = DENIAL_OBJECT.exec(afterCue);
    const cueText =
      object && /claim|report|allegation|suggestion|accusation/i.test(object[0])
        ? `${site.token.text} ${object[0].trim().replace(/\s+that$/, '')}`
        : site.token.text;
    if (object) draft(clause, cueEnd + object[0].length, end, 0.8, cueText);
    const gerund = !object && cue.lemma === 'deny' ? DENIED_GERUND.exec(afterCue) : null;
    if (gerund && !NOT_A_GERUND.test(gerund[1])) draft(clause, cueEnd + gerund[0].length, end, 0.7);
    return true;
  }
  if (cue.lemma === 'describe') {
    // "describing the trend as “a structural shift”": what it was described as is the claim.
    const described = /^\s+.{1,80}?\s+as\s+/u.exec(afterCue);
    if (described) draft(clause, cueEnd + described[0].length, end, 0.7);
    return true;
  }
  if (cue.lemma === 'call') {
    // "called the changes “fair and unavoidable”": the object with what it was called; a pronoun object says nothing.
    const called = CALLED_OBJECT.exec(afterCue);
    if (called) {
      const from =
        cueEnd + called[0].length - called[2].length - (PRONOUN_OBJECT.test(called[1]) ? 0 : called[1].length);
      draft(clause, from, cueEnd + called[0].length, 0.7);
    }
    return true;
  }
  if (cue.lemma === 'accuse') {
    const accused = /^\s+(.+?\s+of\s+.+)$/u.exec(afterCue);
    if (accused) draft(clause, cueEnd + (afterCue.length - accused[1].length), end, 0.7);
    return true;
  }
  // "claimed to hold 1.3 terabytes of data": what the speaker claims to have or be.
  const claimedInfinitive = cue.lemma === 'claim' ? CLAIMED_INFINITIVE.exec(afterCue) : null;
  if (claimedInfinitive) {
    draft(clause, cueEnd + claimedInfinitive[0].length, end, 0.7);
    return true;
  }
  const { rest, stripped } = stripModifiers(afterCue);
  const via = clause.via ?? (stripped.trim() ? viaIn(stripped) : null);
  const restStart = sentence.end - rest.length;
  const thatClause = /^\s*,?\s*that\s+/u.exec(rest);
  if (thatClause) {
    draft({ ...clause, via }, restStart + thatClause[0].length, end, 0.85);
    return true;
  }
  // "The bank expects inflation to ease by June": what is forecast is the subject with its infinitive.
  const infinitive = FORECAST_CUES.has(cue.lemma) ? FORECAST_INFINITIVE.exec(rest) : null;
  if (infinitive && !hasVerb(sentence, restStart, restStart + infinitive[0].length - infinitive[1].length)) {
    draft({ ...clause, via }, restStart, end, 0.7);
    return true;
  }
  const headline = isHeadline(sentence);
  const bareAllowed =
    (cue.bare && (!OBJECT_TAKING_CUES.has(cue.lemma) || /^\s*[“"]/u.test(rest))) ||
    (headline && isHeadlineFinding(site.form, cue)) ||
    (DOCUMENT_BARE_CUES.has(cue.lemma) && isDocument(clause)) ||
    clauseAt(sentence, restStart + (rest.length - rest.trimStart().length));
  if (
    bareAllowed &&
    /^\s+[\p{L}\d“"]/u.test(rest) &&
    !NOT_A_CLAIM_AFTER_CUE.test(rest) &&
    hasWords(rest, 0, rest.length, minClaimWords(headline))
  ) {
    draft({ ...clause, via }, restStart, end, 0.7);
    return true;
  }
  return false;
}

/** "told Reuters that C"; "told the BBC the plan was dead": an audience or outlet, then a clause with no "that". */
function readTold(site: CueSite, clause: Clause, end: number): void {
  const { sentence, cueEnd, afterCue, draft } = site;
  // "told the magazine they would not back a deal that …": an object with a verb in it is a clause, not an audience.
  const object = TOLD_OBJECT.exec(afterCue);
  const objectEnd = object ? cueEnd + object[0].indexOf(object[1]) + object[1].length : -1;
  if (object && !hasVerb(sentence, cueEnd, objectEnd)) {
    draft({ ...clause, via: clause.via ?? viaIn(`told ${object[1]}`) }, cueEnd + object[0].length, end, 0.85);
    return;
  }
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
}
