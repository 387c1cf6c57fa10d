import { CUE_VERBS } from '../lexicon/cues';
import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { PERSON_ROLES, ROLE_WORDS } from '../lexicon/roles';
import { OPENER } from '../grammar/patterns';
import { OUTLET_PATTERN, WORD_START } from '../source-phrase/name-patterns';
import { isInstitutionLength, nameIn } from '../source-phrase/names';
import { type EntityStore } from './entity-store';
import { isNameStart, opensSentence, roleWordsOf, titleWordsBefore } from './name-context';

// These sweeps run over every article: each starts with WORD_START (an ASCII capital at a word boundary, or a
// non-ASCII letter) so the regex engine can skip ahead fast; isNameStart() then checks the match really starts a name.
/** Two or more capitalised words, with name particles: "Marhaf Abu Qasra", "Ursula von der Leyen". */
const NAME_PAIR = new RegExp(
  `${WORD_START}[\\p{L}\\p{M}'’-]+(?:[^\\S\\n]+(?:(?:al|bin|de|da|van|von|der|abu|el)[^\\S\\n]+)?\\p{Lu}[\\p{L}\\p{M}'’-]+)+`,
  'gu',
);
/** "Name, a coordinator for ...": the short description after a name. */
const APPOSITIVE_AFTER =
  /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*[,.]|\s+(?:for|of|at|representing)\b)/u;
/**
 * A description after a comma, and the one-word name before it: "Lumora, a startup that designs chips", "Selin, his
 * wife", "Vexa, the Danish toy maker".
 */
const DESCRIPTION_AFTER_COMMA =
  /,[^\S\n]+((?:a|an|the|his|her|their|its|\p{Lu}\p{Ll}+['’]s)[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+)/gu;
const SHORT_APPOSITION = /^,[^\S\n]+(?:[^\s,.;:]+[^\S\n]+){0,5}[^\s,.;:]+,/u;
/** An apposition names; one with a cue in it is a trailing attribution ("in June, the office said on Friday, ..."). */
const isShortApposition = (text: string): boolean => {
  const apposition = SHORT_APPOSITION.exec(text);
  return !!apposition && !apposition[0].split(/[\s,]+/).some((word) => CUE_VERBS.has(word));
};
const LAST_WORD = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;
const SINGLE_NAME_BEFORE = /(?:^|[^\p{L}\p{M}'’\s-]\s*)(\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;
/** "the local newspaper Gorenjski Glas", "the broadcaster Radio Vox": a name after a medium noun is an outlet's. */
const MEDIUM_BEFORE = /\b(?:newspaper|daily|weekly|broadcaster|news agency|magazine|tabloid)\s+$/;

/**
 * Names of two or more words, typed by the titles before them and the description after them ("Estonian Defence
 * Minister Kaarel Rand", "Dr. Amara Sesay, a coordinator for ..."); a person opening a sentence is its subject.
 */
export function learnFullNames(text: string, store: EntityStore): void {
  NAME_PAIR.lastIndex = 0;
  for (let match = NAME_PAIR.exec(text); match; match = NAME_PAIR.exec(text)) {
    const at = match.index;
    if (!isNameStart(text, at)) continue;
    const found = nameIn(match[0]);
    if (!found || found.name.indexOf(' ') < 0) continue;
    const after = at + match[0].length;
    const apposition =
      text.charCodeAt(after) === 44 /* , */ ? APPOSITIVE_AFTER.exec(text.slice(after, after + 80)) : null;
    // "C in the United States, the company said": a trailing attribution, not a description of the name before it.
    const appositive = apposition && !apposition[1].split(' ').some((word) => CUE_VERBS.has(word)) ? apposition : null;
    const before = text.slice(Math.max(0, at - 40), at);
    const described = [...titleWordsBefore(before), ...found.roles, ...roleWordsOf(appositive?.[1] ?? '')];
    const personDescribed = described.some((r) => PERSON_ROLES.has(r));
    // An outlet named in passing ("told Al Jazeera") is no one "he" or "she" can refer to.
    const type =
      OUTLET_PATTERN.exec(found.name)?.[0] === found.name || MEDIUM_BEFORE.test(before)
        ? 'media'
        : ORGANIZATION_WORDS.has(found.name.slice(found.name.lastIndexOf(' ') + 1).toLowerCase()) ||
            (!personDescribed && isInstitutionLength(found.name)) ||
            (!personDescribed && described.some((r) => ORGANIZATION_WORDS.has(r) && !ROLE_WORDS.has(r)))
          ? 'organization'
          : 'person';
    // A person's roles are what they are (minister, coach), not the organisation in their description.
    const roles = type === 'person' ? described.filter((r) => ROLE_WORDS.has(r)) : described;
    store.add({ name: found.name, type, roles }, at, false);
    if (type === 'person' && opensSentence(text, at, after)) store.subjects.push({ name: found.name, position: at });
  }
}

/** One-word names with a description after a comma: "Lumora, a startup that designs chips", "Selin, his wife". */
export function learnDescribedSingleNames(text: string, store: EntityStore): void {
  DESCRIPTION_AFTER_COMMA.lastIndex = 0;
  for (let match = DESCRIPTION_AFTER_COMMA.exec(text); match; match = DESCRIPTION_AFTER_COMMA.exec(text)) {
    const described = roleWordsOf(match[1]);
    if (!described.length) continue;
    // A one-word name opening its clause ("Lumora, a startup that ..."), or one closed off by a short apposition
    // ("pilots at Skyway, Ireland's second-largest airline, voted"); not the last word of "Abu Qasra, the minister"
    // nor of "on Telegram, the ruling party accused ...".
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const single =
      SINGLE_NAME_BEFORE.exec(before) ??
      (isShortApposition(text.slice(match.index, match.index + 60)) ? LAST_WORD.exec(before) : null);
    // "Later, the defence minister said": a sentence opener is no name.
    if (!single || OPENER.test(`${single[1]}, `)) continue;
    const at = match.index - single[1].length;
    if (!isNameStart(text, at)) continue;
    const type = described.some((r) => PERSON_ROLES.has(r)) ? 'person' : 'organization';
    store.add({ name: single[1], type, roles: described }, at, false);
  }
}
