import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { ROLE_WORDS } from '../lexicon/roles';
import { memoise } from '../memoise';
import { NAME_WORD } from './name-patterns';

/** Lower-case particles inside names: Marhaf Abu Qasra, Ursula von der Leyen, Office for the Environment, Kessler & Young. */
const PARTICLE = '(?:al|el|bin|ibn|de|da|del|della|der|den|van|von|la|le|du|dos|das|for|of|the|and|on|in|to|&)';
const NAME_RUN = new RegExp(`${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD})*`, 'gu');

export const lowerWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{M}.'-]+/u)
    .filter(Boolean);

export function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

/** The last run of capitalised words that is not a title: "Estonian Defence Minister Kaarel Rand" -> "Kaarel Rand". */
export const nameIn = memoise(readName);

function readName(text: string): { name: string; roles: string[] } | null {
  // A possessor ("Chanda's campaign manager") and a sentence-initial article are not names.
  const runs = [...text.matchAll(NAME_RUN)].filter(
    (run) => !/['’]s$/.test(run[0]) && !/^(?:The|A|An|This|That|Its|His|Her|Their)$/.test(run[0]),
  );
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const words = runs[r][0].split(/\s+/);
    const isRole = (word: string) =>
      ROLE_WORDS.has(word.toLowerCase()) || ROLE_WORDS.has(word.toLowerCase().replace(/[.]$/, ''));
    const isOrganizationWord = (word: string) => ORGANIZATION_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
    let first = 0;
    // An organisation's name keeps its words ("Health Ministry", "General Motors"). A person's titles end where the
    // name begins: after the last title word ("U.S. Attorney Sarah Kaplan"), or, when an organisation is part of
    // the run ("World Health Organization's European office"), only after titles at its start.
    if (!isOrganizationWord(words[words.length - 1])) {
      if (words.some(isOrganizationWord))
        while (first < words.length - 1 && isRole(words[first]) && !isOrganizationWord(words[first + 1])) first += 1;
      else for (let i = 0; i < words.length - 1; i += 1) if (isRole(words[i])) first = i + 1;
    }
    // A sentence's "The", "But" or "When" is no part of a name ("The IAEA said", "But Tom Harris said", "When Ellery
    // said"); outlets that keep "The" are matched before names are read.
    while (
      first < words.length &&
      /^(?:for|of|the|The|and|And|But|Yet|When|While|After|Before|Although|Though|Because|Since|Once|If|on|in|to)$/.test(
        words[first],
      )
    )
      first += 1;
    const kept = words.slice(first);
    if (kept.length === 0 || kept.every(isRole)) continue;
    const before = text.slice(0, runs[r].index) + words.slice(0, first).join(' ');
    return {
      name: kept.join(' ').replace(/[,.]$/, ''),
      roles: lowerWords(before).filter((word) => ROLE_WORDS.has(word)),
    };
  }
  return null;
}

/** No one's name runs to five capitalised words ("Food Standards Australia New Zealand"): an institution's does. */
export function isInstitutionLength(name: string): boolean {
  return name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length >= 5;
}

export function isOrganizationLike(text: string): boolean {
  return lowerWords(text).some((word) => ORGANIZATION_WORDS.has(word));
}
