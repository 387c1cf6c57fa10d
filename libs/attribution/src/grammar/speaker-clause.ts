import { isHeadline } from '../segment';
import { platformIn, viaIn } from '../source-phrase/via-in-frame';
import { hasVerb, INSERTION, isVerb, parentheticals, subjectOf } from './clause';
import { type Clause, type CueSite } from './cue-site';
import { LEADING_SUBORDINATOR, stripModifiers, stripTrailingAdverbs, tailOf } from './patterns';
import { citingIn, quotedAsIn, relayName, withRelayNamed } from './relays';
import { relativeSpeaker } from './relative-speaker';
import { hasWords } from './spans';

/**
 * "..., after the company said", "... as researchers warn", "... as minister says": a subordinator, then a short subject
 * (determined, named, or bare) and nothing else before the cue.
 */
const SUBORDINATE_SUBJECT =
  /\b(?:after|as|when|because|since|while|before|although|though|until)\s+((?:the|a|an|its|his|her|their)\s+[^,;]{1,50}|\p{Lu}[^,;]{0,50}|(?!(?:he|she|it|they|we|you|i)$)(?:\p{Ll}+\s+)?\p{Ll}+)$/u;
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
 * Who speaks at a cue, read from the words before it. `resumeAt` is set when speaker and cue stand between a subject
 * and its verb ("The strike, it said, would cost C"): the claim resumes there.
 */
export type Speaker = { clause: Clause; resumeAt: number } | { clause: Clause | null; resumeAt?: undefined };

export function speakerBefore(site: CueSite, trailingSpeaker: string | null): Speaker {
  const { sentence, token, cue, form, afterCue, leftText, leftTail, frameLength } = site;
  // Left side: who speaks. A participle or coordinated cue ("…, saying", "… and said") speaks for the subject.
  const left = stripTrailingAdverbs(leftText.trimEnd());
  const participle = /ing$/.test(form) && /,["”’]?\s*$/.test(leftTail);
  // A headline leaves the "and" out: "Lumio unveils phone, says C".
  const headline = isHeadline(sentence);
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
    const next = resumed ? sentence.tokens.find((t) => t.start >= resumeAt) : undefined;
    // The tagger may read a verb in -s as a plural noun ("The hinge, he wrote, accounts for ...").
    if (next && (isVerb(next) || (next.pos === 'NOUN' && /^\p{Ll}+s$/u.test(next.text))) && !/ing$/.test(next.text)) {
      const via = stripped.trim() ? viaIn(stripped) : null;
      return { clause: { sourceRaw: inserted[1], via, position: token.start }, resumeAt };
    }
  }
  const speaking = (sourceRaw: string, via: string | null = null): Clause => ({
    sourceRaw,
    via,
    position: token.start,
  });
  let clause: Clause | null = null;
  const citing = citingIn(left);
  const quotedAs = cue.lemma === 'say' ? quotedAsIn(left) : null;
  if (citing && !hasVerb(sentence, leftStart, leftStart + left.lastIndexOf('citing'))) {
    clause = speaking(citing[2], relayName(citing[1]));
  } else if (quotedAs) {
    clause = speaking(quotedAs.source, relayName(quotedAs.relay));
  } else if ((participle || coordinated) && trailingSpeaker) {
    // "C, the agency said on Thursday, warning that W" (or "…, and added that W"): the trailing speaker speaks on.
    clause = speaking(trailingSpeaker);
  } else if ((participle || coordinated) && leftHasVerb) {
    // "X congratulated Y in a post on X and wrote that C", "X wrote on X that C, adding that D": the platform of the
    // first verb carries the second.
    const subject = subjectOf(sentence, frameLength);
    if (subject) clause = speaking(subject, platformIn(left));
  } else if (!leftHasVerb && !coordinated && left && fewCoreWords && (!/,\s*$/.test(leftTail) || endsWithInsertion)) {
    // "MPs clash over bill as minister says C", "Bank trims rates, governor says C": the tagger reads few verbs in a
    // headline, but a subordinator or a comma shows where the speaker's clause starts.
    const subordinate = headline
      ? (SUBORDINATE_SUBJECT.exec(tailOf(left, 80)) ?? COMMA_SUBJECT.exec(tailOf(left, 80)))
      : null;
    const subject = subordinate && subordinate.index > 0 ? subordinate[1] : left.replace(LEADING_SUBORDINATOR, '');
    clause = speaking(subject.replace(/,\s*$/, ''));
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
    if (relative) clause = speaking(relative);
    else if (subordinate && !hasVerb(sentence, subjectStart, leftStart + left.length))
      clause = speaking(subordinate[1]);
  }
  return { clause: clause && withRelayNamed(clause) };
}
