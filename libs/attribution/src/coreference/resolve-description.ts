import { DOCUMENT_HEADS, POLL_HEADS } from '../lexicon/documents';
import {
  GENERIC_ORGANIZATION_NOUNS,
  INTERCHANGEABLE_ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
} from '../lexicon/organizations';
import { PERSON_ROLES, ROLE_WORDS } from '../lexicon/roles';
import { type SourcePhrase } from '../types';
import { type Entity, type EntityStore } from './entity-store';
import { speakerFor, speaksInBody } from './noun-speakers';
import { sectorFits, sectorOf } from './sectors';

/** The pollster behind an unnamed poll: the last one named before `position`, else the first the article names. */
export function pollsterBefore(store: EntityStore, position: number): SourcePhrase | null {
  const isPoll = (e: Entity) => e.roles.includes('poll');
  const found = store.latest(position, isPoll, true) ?? store.earliest(isPoll);
  return found && { name: found.name, type: 'document', roles: found.roles };
}

/**
 * Whom a description stands for ("the minister", "the company", "the report", a headline's "Coach says"), from its
 * words without the determiner; null when it stands on its own.
 */
export function resolveDescription(
  store: EntityStore,
  text: string,
  words: string[],
  position: number,
  inHeadline: boolean,
): SourcePhrase | null {
  const head = words[words.length - 1];
  // "the report said" is the report quoted before; a bare plural in the body ("Emails seen by X show") is new.
  if (DOCUMENT_HEADS.has(head)) return documentDescribed(store, text, head, position, inHeadline);
  const ending = ` ${head} `;
  // "the inspectorate" is the "General Inspectorate for Emergency Situations" too: a head with what it serves after it.
  const serving = [` ${head} for `, ` ${head} of `];
  // "its foreign ministry" is not the Interior Ministry: every word of the description is in the name.
  const describes = (e: Entity) =>
    (e.padded.endsWith(ending) || serving.some((part) => e.padded.includes(part))) &&
    words.every((w) => e.padded.includes(` ${w} `));
  const fits = (e: Entity) => describes(e) && e.wordCount > 1;
  const named = store.latest(position, fits, true) ?? store.earliest(fits);
  if (named && words.length <= 3) return named;
  // "the transport ministry" is not the health ministry: the description's other role words are the entity's too.
  const qualifiers = words.filter((w) => w !== head && ROLE_WORDS.has(w));
  const hasRole = (e: Entity) =>
    e.roles.includes(head) &&
    e.type !== 'document' &&
    qualifiers.every((w) => e.roles.includes(w) || e.padded.includes(` ${w} `));
  // In the body, "the company said" is an organisation named before it, not one the article names later.
  const byRole =
    store.latest(position, hasRole, false) ??
    (inHeadline || !GENERIC_ORGANIZATION_NOUNS.has(head) ? store.earliest(hasRole) : null);
  if (byRole) return byRole;
  // A headline's "Athlete vows to appeal and says C": no one the body gives that role, so the first-named person it quotes.
  if (inHeadline && PERSON_ROLES.has(head) && words.length <= 2) {
    const quoted = store.entities
      .filter((e) => e.type === 'person' && e.asSource)
      .sort((a, b) => a.firstSeen - b.firstSeen);
    return quoted[0] ?? null;
  }
  if (GENERIC_ORGANIZATION_NOUNS.has(head))
    return organizationDescribed(store, head, words.length, describes, position, inHeadline);
  return null;
}

/** "the report said", a headline's "report says": a document quoted before, or whoever spoke in one. */
function documentDescribed(
  store: EntityStore,
  text: string,
  head: string,
  position: number,
  inHeadline: boolean,
): SourcePhrase | null {
  // A source that said something "in a report" is who "the report" later speaks for, as a document.
  const issued =
    inHeadline || /^(?:the|its|their)\s/i.test(text)
      ? store.latest(position, (e) => e.type === 'document' || e.issued.includes(head), true)
      : null;
  const named = issued && { name: issued.name, type: 'document' as const, roles: issued.roles };
  // A headline's "report says" is the first document the body quotes.
  const quoted = named ?? (inHeadline ? store.earliest((e) => e.type === 'document' && e.asSource) : null);
  return quoted ?? (POLL_HEADS.has(head) ? pollsterBefore(store, position) : null);
}

/** "the company said", "the agency said", a headline's "Regulator says": the organisation of that kind. */
function organizationDescribed(
  store: EntityStore,
  head: string,
  wordCount: number,
  describes: (e: Entity) => boolean,
  position: number,
  inHeadline: boolean,
): SourcePhrase | null {
  const owner = store.entities.find((e) => e.type === 'organization' && describes(e));
  // "The regulator said" is the public body the article names, as a headline's "Regulator says" is.
  const speaker = !owner && (inHeadline || speaksInBody(head)) ? speakerFor(store, head) : null;
  if (speaker) return speaker;
  if (owner || !INTERCHANGEABLE_ORGANIZATION_NOUNS.has(head) || (wordCount > 1 && !inHeadline)) return owner ?? null;
  // "the agency said" after the article has quoted one organisation: that organisation, whatever its name, if
  // it is of the agency's kind (a company, a public body).
  // An organisation last quoted through its document ("according to the unit's rules") is still one.
  const fits = (e: Entity) =>
    (e.type === 'organization' ||
      (e.type === 'document' && e.wordCount > 1 && ORGANIZATION_WORDS.has(e.padded.trim().split(' ').pop()!))) &&
    sectorFits(e, head);
  return (
    store.latest(position, (e) => fits(e) && e.asSource && sectorOf(e) !== undefined, false) ??
    store.latest(position, (e) => fits(e) && e.asSource, false) ??
    store.firstQuotedElseNamed(fits)
  );
}
