import { MONTH, WEEKDAY } from '../lexicon/calendar';
import { BUSINESS_NOUNS, ORGANIZATION_WORDS } from '../lexicon/organizations';
import { type EntityStore } from './entity-store';

const LISTED_COMPANY = /\b[Ss]hares (?:in|of) (\p{Lu}[\p{L}\p{M}&'’-]*(?: \p{Lu}[\p{L}\p{M}&'’-]*)*)/gu;
/** A one-word name right after the noun that describes it: "the construction group Batiservices", "chipmaker Norvik". */
const DESCRIBED_NAME = new RegExp(
  `\\b(${[...BUSINESS_NOUNS, 'group'].join('|')})[^\\S\\n]+(\\p{Lu}[\\p{L}\\p{M}'’-]+)(?![\\p{L}\\p{M}]|[^\\S\\n]+\\p{Lu})`,
  'gu',
);
/** A one-word name right before the noun that describes it: "the M23 rebels", "the Wagner group", "the Houthi movement". */
const NAME_BEFORE_NOUN = /\bthe[^\S\n]+(\p{Lu}[\p{L}\p{M}\p{N}'’-]*)[^\S\n]+(militia|rebels|movement|group)\b/gu;
const CALENDAR = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`);
/**
 * "The survey by the polling firm Intercampus", "a poll by the Institute for Civic Research": the pollster, whom the
 * article's unnamed polls ("a poll published on Sunday showed", a headline's "Poll shows") stand for.
 */
const POLL_BY =
  /\b(?:poll|survey)s?,?[^\S\n]+(?:(?:carried out|conducted)[^\S\n]+)?by[^\S\n]+(?:the[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,2}(\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+(?:(?:for|of)[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;
/**
 * "Bank of Ghana", "Ministry of Health", "University of Oxford": an institution named by its kind and what it serves,
 * which may be a list of three or more closed by "and" ("Ministry of Health, Labour and Welfare"; not the "Bank of
 * Ghana and Reuters").
 */
// It starts at the literal " of " (fast to scan for); the kind is the capitalised word before it.
const KIND_OF_NAME =
  / of (?:the )?\p{Lu}[\p{L}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+)*(?:(?:,[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+)+,?[^\S\n]+and(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+)+)?/gu;
const KIND_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)$/u;

/** "Shares in Nordvik fell": whatever else the text calls it, a listed company (and "the company" later on). */
export function learnListedCompanies(text: string, store: EntityStore): void {
  LISTED_COMPANY.lastIndex = 0;
  for (let match = LISTED_COMPANY.exec(text); match; match = LISTED_COMPANY.exec(text)) {
    // "Shares in Gatepass's parent company": the possessor is not the listed company.
    if (!/['’]s$/.test(match[1]))
      store.add({ name: match[1], type: 'organization', roles: ['company'] }, match.index, false);
  }
}

/** One-word names beside the noun that describes them: "chipmaker Norvik", "the Wagner group". */
export function learnDescribedNames(text: string, store: EntityStore): void {
  for (const [pattern, nameGroup, nounGroup] of [
    [DESCRIBED_NAME, 2, 1],
    [NAME_BEFORE_NOUN, 1, 2],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = match[nameGroup];
      if (!CALENDAR.test(name))
        store.add(
          { name, type: 'organization', roles: [match[nounGroup]] },
          match.index + match[0].indexOf(name),
          false,
        );
    }
  }
}

/** Pollsters named with their poll: "a survey by the Institute for Civic Research". */
export function learnPollsters(text: string, store: EntityStore): void {
  POLL_BY.lastIndex = 0;
  const hasPolls = text.includes('poll') || text.includes('survey');
  for (let match = hasPolls ? POLL_BY.exec(text) : null; match; match = POLL_BY.exec(text)) {
    store.add(
      { name: match[1], type: 'document', roles: ['poll'] },
      match.index + match[0].length - match[1].length,
      false,
    );
  }
}

/** Institutions named by their kind: "Bank of Ghana", "Ministry of Health". */
export function learnInstitutions(text: string, store: EntityStore): void {
  KIND_OF_NAME.lastIndex = 0;
  for (let match = KIND_OF_NAME.exec(text); match; match = KIND_OF_NAME.exec(text)) {
    const kind = KIND_BEFORE.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1];
    if (!kind || !ORGANIZATION_WORDS.has(kind.toLowerCase())) continue;
    const at = match.index - kind.length;
    store.add(
      { name: text.slice(at, match.index + match[0].length), type: 'organization', roles: [kind.toLowerCase()] },
      at,
      false,
    );
  }
}
