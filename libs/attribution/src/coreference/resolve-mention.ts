import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { readSourcePhrase } from '../source-phrase/read-source-phrase';
import { outletReferenceNoun } from '../source-phrase/via-in-frame';
import { type SourcePhrase } from '../types';
import { type Entity, type EntityStore } from './entity-store';
import { shapeOf } from './mention-shape';
import { resolveDescription } from './resolve-description';
import { outletReferredTo } from './resolve-outlet';

const ACRONYM = /^[A-Z]{2,6}$/;
const initialsOf = (name: string) =>
  name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

/**
 * Resolves pronouns, descriptions and partial names; returns null when the phrase stands on its own. A headline
 * names no one new, so there even a modified description ("health agency") refers to someone the body quotes.
 */
export function resolveMention(
  store: EntityStore,
  raw: string,
  position: number,
  inHeadline: boolean,
): SourcePhrase | null {
  // "The magazine said", "the English-language daily, which …, reported": an outlet named or relayed before. "The
  // agency said" is the organisation the article is about ("the European Medicines Agency") as often as an outlet.
  const reference = outletReferenceNoun(raw.trim().split(',')[0]);
  const outlet = reference && !ORGANIZATION_WORDS.has(reference) && outletReferredTo(store, reference, position);
  if (outlet) return { name: outlet, type: 'media', roles: [] };
  const { text, kind, words } = shapeOf(raw);
  if (kind === 'person-pronoun') return personFor(store, position);
  if (kind === 'group-pronoun') return groupFor(store, position);
  if (kind === 'description') return resolveDescription(store, text, words, position, inHeadline);
  if (kind === 'short-name') return fullNameOf(store, text);
  return null;
}

/** "he", "she", "the 31-year-old". */
function personFor(store: EntityStore, position: number): SourcePhrase | null {
  // The last person quoted, unless someone was made the subject of a sentence since ("Y urged calm. “…,” he said").
  const quoted = store.latest(position, (e) => e.type === 'person', true);
  const subject = store.lastSubjectBefore(position);
  const named =
    subject && (!quoted || subject.position > quoted.position) ? (store.byName.get(subject.name) ?? quoted) : quoted;
  // "A former official said C. “…,” he said": the unnamed speaker, if quoted after anyone named.
  const unnamed = store.unnamed.findLast((u) => u.position <= position);
  return unnamed && unnamed.position > Math.max(quoted?.position ?? -1, subject?.position ?? -1)
    ? unnamed.phrase
    : named;
}

/** "it", "they". */
function groupFor(store: EntityStore, position: number): SourcePhrase | null {
  // The last organisation quoted, unless a group opened a sentence since in the same paragraph ("Aid workers
  // fear a new exodus. They said ...").
  const quoted = store.latest(position, (e) => e.type === 'organization', true);
  const group = store.lastGroupBefore(position);
  const phrase = group && (!quoted || group.position > quoted.position) ? readSourcePhrase(group.phrase) : null;
  return phrase ?? quoted;
}

/**
 * Whether a shorter name can stand for the entity: any part of an organisation's name, but a person's surname, not
 * their first name ("Rand" is Kaarel Rand; "Vexo" is no "Vexo Marten" read as a person from "buy a Vexo Marten").
 */
const partOf = (e: Entity, padded: string) =>
  e.padded.includes(padded) && (e.type !== 'person' || !e.padded.startsWith(padded));

/** "Rand" for "Kaarel Rand"; an acronym for the organisation its capitals spell. */
function fullNameOf(store: EntityStore, text: string): SourcePhrase | null {
  const padded = ` ${text.toLowerCase()} `;
  const count = text.split(/\s+/).length;
  let fullest: Entity | null = null;
  for (const e of store.entities) {
    if (e.wordCount > count && partOf(e, padded) && (!fullest || e.name.length > fullest.name.length)) fullest = e;
  }
  if (fullest) return fullest;
  // An acronym is the organisation the article quotes under the name its capitals spell: "WHO says" in a headline
  // is the World Health Organization the body quotes. An organisation only named in full keeps its acronym.
  if (ACRONYM.test(text)) {
    return (
      store.entities.find(
        (e) => e.type === 'organization' && e.asSource && e.wordCount > 1 && initialsOf(e.name) === text,
      ) ?? null
    );
  }
  return null;
}
