import { DOCUMENT_HEADS, GENERIC_ORGANIZATION_NOUNS, GROUP_PRONOUNS, ORGANIZATION_WORDS, PERSON_PRONOUNS, PERSON_ROLES, ROLE_WORDS } from './lexicon/sources';
import { nameIn, readSourcePhrase, SourcePhrase } from './source-phrase';

interface Entity extends SourcePhrase {
  position: number;
  asSource: boolean;
}

/** Two or more capitalised words, with name particles: "Marhaf Abu Qasra", "Ursula von der Leyen". */
const NAME_PAIR = /[\p{Lu}][\p{L}\p{M}'’-]+(?:[^\S\n]+(?:(?:al|bin|de|da|van|von|der|abu|el)[^\S\n]+)?[\p{Lu}][\p{L}\p{M}'’-]+)+/gu;
/** "Name, a coordinator for ...": the short description after a name. */
const APPOSITIVE_AFTER = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*[,.]|\s+(?:for|of|at|representing)\b)/u;
/** A one-word name with its description: "Lumora, a startup that designs chips", "Selin, his wife". */
const SINGLE_NAME_DESCRIBED = /(?<![\p{L}\p{M}'’-][^\S\n]?)\b(\p{Lu}[\p{Ll}\p{M}'’-]+),[^\S\n]+((?:a|an|the|his|her|their|its)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+)/gu;
const DESCRIBED_NAME = /\bthe[^\S\n]+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}),\s+([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)*),/gu;

/** Nouns a text uses for whichever organisation it is about ("the company", "the agency"), unlike "the ministry". */
const INTERCHANGEABLE_ORGANIZATION_NOUNS = new Set(['company', 'firm', 'group', 'agency', 'organisation', 'organization',
  'startup', 'start-up', 'body', 'institution', 'office', 'watchdog']);

const roleWordsOf = (text: string) =>
  text.toLowerCase().split(/[^\p{L}-]+/u).filter((word) => ROLE_WORDS.has(word) || ORGANIZATION_WORDS.has(word));

/**
 * A small coreference memory: who the article has named, with which roles, so "he", "the minister", "his coach",
 * "Rand" and a headline's "Developer" resolve to the fullest name the article gives.
 */
export class EntityMemory {
  private readonly entities: Entity[] = [];

  /** Pre-pass over the whole text (one regex sweep, not one per sentence): names and the role words around them. */
  learn(text: string): void {
    for (const match of text.matchAll(NAME_PAIR)) {
      const at = match.index ?? 0;
      const found = nameIn(match[0]);
      if (!found || found.name.split(' ').length < 2) continue;
      const before = text.slice(Math.max(0, at - 40), at).split(/\s+/).slice(-4).join(' ');
      const appositive = APPOSITIVE_AFTER.exec(text.slice(at + match[0].length, at + match[0].length + 80));
      const described = [...roleWordsOf(before), ...found.roles, ...roleWordsOf(appositive?.[1] ?? '')];
      const personDescribed = described.some((r) => PERSON_ROLES.has(r));
      const type = ORGANIZATION_WORDS.has(found.name.split(' ').pop()!.toLowerCase())
        || (!personDescribed && described.some((r) => ORGANIZATION_WORDS.has(r) && !ROLE_WORDS.has(r))) ? 'organization' : 'person';
      // A person's roles are what they are (minister, coach), not the organisation in their description.
      const roles = type === 'person' ? described.filter((r) => ROLE_WORDS.has(r)) : described;
      this.add({ name: found.name, type, roles }, at, false);
    }
    for (const match of text.matchAll(SINGLE_NAME_DESCRIBED)) {
      const described = roleWordsOf(match[2]);
      if (!described.length) continue;
      const type = described.some((r) => PERSON_ROLES.has(r)) ? 'person' : 'organization';
      this.add({ name: match[1], type, roles: described }, match.index ?? 0, false);
    }
    for (const match of text.matchAll(DESCRIBED_NAME)) {
      this.add({ name: match[2], type: isOrg(match[1]) ? 'organization' : 'person', roles: roleWordsOf(match[1]) }, match.index ?? 0, false);
    }
  }

  remember(phrase: SourcePhrase, position: number): void {
    if (phrase.type === 'anonymous') return;
    this.add(phrase, position, true);
  }

  /**
   * Resolves pronouns, descriptions and partial names; returns null when the phrase stands on its own. A headline
   * names no one new, so there even a modified description ("health agency") refers to someone the body quotes.
   */
  resolve(raw: string, position: number, inHeadline = false): SourcePhrase | null {
    const text = raw.trim().replace(/^(?:also|then)\s+/i, '');
    const lower = text.toLowerCase();
    if (PERSON_PRONOUNS.has(lower)) return this.latest(position, (e) => e.type === 'person', true);
    if (GROUP_PRONOUNS.has(lower)) return this.latest(position, (e) => e.type === 'organization', true);

    const determined = /^(?:the|his|her|its|their)\s/i.test(text) || !/[\p{Lu}]/u.test(text);
    // A lone capitalised noun is a description only when it is a role ("Coach says ..."), else a name ("Varga").
    const headlineRole = /^[\p{Lu}][\p{Ll}-]+$/u.test(text) && (ROLE_WORDS.has(lower) || GENERIC_ORGANIZATION_NOUNS.has(lower) || DOCUMENT_HEADS.has(lower));
    const description = (determined || headlineRole) && /^(?:(?:the|his|her|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.test(lower) && !/[\p{Lu}]/u.test(text.replace(/^\p{Lu}/u, ''))
      ? lower.replace(/^(?:the|his|her|its|their)\s+/, '')
      : null;
    if (description) {
      const words = description.split(/\s+/);
      const head = words[words.length - 1];
      if (DOCUMENT_HEADS.has(head)) return this.latest(position, (e) => e.type === 'document', true) ?? null;
      const named = this.latest(position, (e) => e.name.toLowerCase().endsWith(` ${head}`), true)
        ?? this.earliest((e) => e.name.toLowerCase().endsWith(` ${head}`));
      if (named && words.length <= 3) return named;
      const byRole = this.latest(position, (e) => e.roles.includes(head) && e.type !== 'document', false)
        ?? this.earliest((e) => e.roles.includes(head) && e.type !== 'document');
      if (byRole) return byRole;
      if (GENERIC_ORGANIZATION_NOUNS.has(head)) {
        const owner = this.entities.find((e) => e.type === 'organization' && e.name.toLowerCase().endsWith(head));
        if (owner || !INTERCHANGEABLE_ORGANIZATION_NOUNS.has(head) || (words.length > 1 && !inHeadline)) return owner ?? null;
        // "the agency said" after the article has quoted one organisation: that organisation, whatever its name.
        return this.latest(position, (e) => e.type === 'organization' && e.asSource, false) ?? this.mainOrganization();
      }
      return null;
    }
    if (/^[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?$/u.test(text)) {
      const fuller = this.entities.filter((e) => e.name !== text && e.name.split(/\s+/).length > text.split(/\s+/).length
        && ` ${e.name} `.includes(` ${text} `));
      if (fuller.length) return fuller.sort((a, b) => b.name.length - a.name.length)[0];
    }
    return null;
  }

  private add(phrase: SourcePhrase, position: number, asSource: boolean): void {
    const existing = this.entities.find((e) => e.name === phrase.name);
    if (existing) {
      existing.roles = [...new Set([...existing.roles, ...phrase.roles])];
      if (asSource) {
        existing.asSource = true;
        existing.position = Math.max(existing.position, position);
        existing.type = phrase.type;
      }
      return;
    }
    this.entities.push({ ...phrase, position, asSource });
  }

  private latest(position: number, accept: (e: Entity) => boolean, preferSources: boolean): Entity | null {
    const candidates = this.entities.filter((e) => e.position <= position && accept(e));
    const pool = preferSources && candidates.some((e) => e.asSource) ? candidates.filter((e) => e.asSource) : candidates;
    return pool.sort((a, b) => b.position - a.position)[0] ?? null;
  }

  private earliest(accept: (e: Entity) => boolean): Entity | null {
    return this.entities.filter(accept).sort((a, b) => a.position - b.position)[0] ?? null;
  }

  /** The organisation an article is about: the first it quotes, else the first it names. */
  private mainOrganization(): Entity | null {
    const organizations = this.entities.filter((e) => e.type === 'organization').sort((a, b) => a.position - b.position);
    return organizations.find((e) => e.asSource) ?? organizations[0] ?? null;
  }
}

function isOrg(description: string): boolean {
  return description.split(/\s+/).some((word) => ORGANIZATION_WORDS.has(word) && !ROLE_WORDS.has(word));
}

export function resolveSource(raw: string, position: number, memory: EntityMemory, inHeadline = false): SourcePhrase | null {
  const resolved = memory.resolve(raw, position, inHeadline);
  if (resolved) return { name: resolved.name, type: resolved.type, roles: resolved.roles };
  const read = readSourcePhrase(raw);
  if (!read) return null;
  const fuller = (read.type === 'person' || read.type === 'organization') && read.name !== raw.trim() ? memory.resolve(read.name, position) : null;
  return fuller && fuller.type !== 'document' ? { ...read, name: fuller.name, type: fuller.type } : read;
}
