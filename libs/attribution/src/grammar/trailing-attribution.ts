import { INVERTED_CUES, TOLD_AUDIENCE } from '../lexicon/cues';
import { BUSINESS_NOUNS, ORGANIZATION_WORDS } from '../lexicon/organizations';
import { GROUP_PRONOUNS } from '../lexicon/unnamed-speakers';
import { ROLE_WORDS } from '../lexicon/roles';
import { isHeadline, type Sentence } from '../segment';
import { escape } from '../source-phrase/name-patterns';
import { viaIn } from '../source-phrase/via-in-frame';
import { hasVerb, subjectOf } from './clause';
import { type CueSite } from './cue-site';
import { CUE, stripModifiers, stripTrailingAdverbs } from './patterns';
import { outletSpeaking, withRelayNamed } from './relays';

/** "C, S said, warning that W", "C, S said, and added that W": a participle or coordinated cue after a trailing attribution. */
const PARTICIPLE_CUE_TAIL = new RegExp(`^\\s*,\\s*(?:(?:and|but)\\s+(?:also\\s+)?)?(?:${CUE})\\b`, 'u');
/**
 * What may follow a trailing attribution without being part of it: "C, officials said, in a move that ...",
 * "C, an aide said, speaking on condition of anonymity", "C, the agency said, the weakest reading since 2021",
 * "C, the ministry said on Monday, in one of the largest ...", "C, X reported last week, in a deal that would ...",
 * "C, X said, in a decision seen as ...", "C, a poll showed, with Y on 19 percent", and a clause or a participle that
 * carries C on: "C, X said, and W",
 * "C, X said, but W", "C, X told reporters, driven by ...", "C, X said, hit by ...".
 */
const APPENDIX_TAIL =
  /^\s*,\s*(?:and|but|\p{Ll}+\s+by|in a move|a move|(?:in )?an? (?:[\p{Ll}-]+ ){1,2}(?:that|which|seen|worth|aimed|expected|likely|designed|meant)|in what|(?:in )?one of the|which|as|amid|with|after|before|despite|while|a sign|a step|\p{Ll}+ing|(?:in )?(?:the|its|their) (?:latest|biggest|largest|highest|lowest|smallest|weakest|strongest|fastest|slowest|sharpest|steepest|worst|best|first|second|third|only))\b/u;

/**
 * The speaker after an inverted cue: "C, said the minister", "C, says Lena Holm", and a descriptor written in lower case
 * before the name ("C, says campaign group Save the Fjord", "C, says economist Per Dahl").
 */
const SPEAKER_AFTER = /^\s+((?:the|a|an|\p{Lu}|(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu}))[^“”"]{1,120}?)\s*[.!]?\s*$/u;
/** A headline's speaker may be a role alone: "Gold worth €2m stolen, says curator". */
const ROLE_AFTER = new RegExp(`^\\s+((?:[\\p{Ll}-]+\\s+){0,2}(?:${[...ROLE_WORDS].map(escape).join('|')}))\\s*$`, 'u');

/** "C, the prefect of the region, Laurent Dubreuil, said": a speaker's description with the name set off after it. */
const NAMED_APPOSITIVE =
  /^(.*\S)\s*,\s*((?:the|a|an|its)\s[^,]{1,90}?,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}),\s*$/su;

/** "the company", "the carmaker": a business named by its kind alone. */
const BUSINESS_DESCRIPTION = new RegExp(`^the\\s+(?:${[...BUSINESS_NOUNS, 'group'].join('|')})$`, 'iu');

/**
 * "Vexor will cut 300 jobs, the company said": a business described after the claim whose subject is a bare name is
 * that name speaking of itself. The name must be written capitalised after a lower-case word somewhere in the text: a
 * capital at a sentence's start may be a common noun ("Hackers stole the data, the company said").
 */
function namedSubject(text: string, sentence: Sentence, frameLength: number): string | null {
  const subject = subjectOf(sentence, frameLength);
  if (!subject || !/^\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,2}$/u.test(subject)) return null;
  const midSentence = new RegExp(`\\p{Ll}[,:]?[^\\S\\n]+${escape(subject)}(?![\\p{L}\\p{M}])`, 'u');
  return midSentence.test(text) ? subject : null;
}

/**
 * "The embassy has suspended visa services, it said": a trailing "it" or "they" stands for the claim's own subject
 * when that subject is a determined organisation noun ("the French embassy in Niamey"), not "Prices"; a trailing
 * "the company" for a subject that is a name (`namedSubject`).
 */
function ownSubject(text: string, sentence: Sentence, frameLength: number, speaker: string): string {
  if (BUSINESS_DESCRIPTION.test(speaker)) return namedSubject(text, sentence, frameLength) ?? speaker;
  if (!GROUP_PRONOUNS.has(speaker.toLowerCase())) return speaker;
  const subject = subjectOf(sentence, frameLength);
  const head =
    subject && /^(?:the|its)\s+(?:[\p{L}’'-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?:in|of|at|for)\s.*)?$/iu.exec(subject);
  return head && ORGANIZATION_WORDS.has(head[1]) ? subject : speaker;
}

/**
 * The claim before the cue, its speaker right before the cue or right after it: "C, S said (on Monday).",
 * "C, S told Reuters.", "C, S reported, citing P.", "C, said S.". Returns the speaker a participle after the
 * attribution speaks for ("C, S said, warning that W"), else null.
 */
export function trailingAttribution(site: CueSite): string | null {
  const { text, sentence, token, cue, afterCue, frameLength, draft } = site;
  const audience = cue.lemma === 'tell' ? TOLD_AUDIENCE.exec(afterCue) : null;
  const { rest, stripped } = stripModifiers(audience ? afterCue.slice(audience[0].length) : afterCue);
  const tail = rest.replace(/^\s*[.!]?\s*$/, '');
  const citingTail = /^\s*,\s*citing\s+(.+?)\s*[.!]?\s*$/u.exec(tail);
  const participleTail = PARTICIPLE_CUE_TAIL.test(tail) && /^\s*,\s*(?:\p{L}+ing|and|but)\b/u.test(tail);
  const trailingVia = audience
    ? viaIn(`told ${audience[0].trim()}${stripped}`)
    : stripped.trim()
      ? viaIn(stripped)
      : null;
  const content = text.slice(sentence.start + frameLength, token.start);
  const trailing = /^(.*\S)\s*,\s*([^,\s][^,]{0,89}?)\s*$/su.exec(content) ?? NAMED_APPOSITIVE.exec(content);
  if (
    trailing &&
    (tail === '' || citingTail || participleTail || APPENDIX_TAIL.test(tail)) &&
    !hasVerb(sentence, token.start - trailing[2].length - 1, token.start)
  ) {
    // "C “Q,” he said": the comma closing a quotation stands inside its mark, which is no part of the speaker.
    const speaker = ownSubject(
      text,
      sentence,
      frameLength,
      stripTrailingAdverbs(trailing[2].replace(/^[”"’]\s*/u, '')),
    );
    const contentStartAt = sentence.start + frameLength;
    const contentEndAt = contentStartAt + trailing[1].length;
    // "C, Xinhua reported, citing P" relays P; "C, the group said, citing police records" is the group's evidence.
    const outlet = citingTail ? outletSpeaking(speaker) : null;
    if (citingTail && outlet)
      draft({ sourceRaw: citingTail[1], via: outlet, position: token.start }, contentStartAt, contentEndAt, 0.75);
    // "C, sources cited by Le Monde said": the outlet that cites the speaker relays the claim.
    else
      draft(
        withRelayNamed({ sourceRaw: speaker, via: trailingVia, position: token.start }),
        contentStartAt,
        contentEndAt,
        0.75,
      );
    return participleTail ? speaker : null;
  }
  const inverted = /^(.*\S)\s*,\s*$/su.exec(content);
  const speakerAfter = SPEAKER_AFTER.exec(afterCue) ?? (isHeadline(sentence) ? ROLE_AFTER.exec(afterCue) : null);
  // "C, said the minister"; "…, said the family could not pay" is a claim whose speaker stands before it.
  const speakerHasVerb = () => hasVerb(sentence, sentence.end - afterCue.length, sentence.end);
  if (
    inverted &&
    speakerAfter &&
    INVERTED_CUES.has(cue.lemma) &&
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
  return null;
}
