import { POLL_HEADS } from '../lexicon/documents';
import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { readSourcePhrase } from '../source-phrase/read-source-phrase';
import { type SourcePhrase } from '../types';
import { type EntityMemory } from './entity-memory';

/** "the board's figures", "the agency's data": a document the possessor published. */
const POSSESSED_DOCUMENT = /^((?:the|its|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)['’]s\s+[\p{Ll}-]+$/iu;

/**
 * A word that opens a sentence and links it to the one before ("But it said", "And the ministry added"): no part of
 * the speaker's name.
 */
const SENTENCE_LINK =
  /^(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Now|Then|Also|Separately|Moreover|Besides|Nonetheless|Nevertheless)\b,?\s+(?=\S)/u;

/** "a company spokesperson", "a ministry spokeswoman": a spokesperson of the organisation the noun stands for. */
const SPOKESPERSON_OF_DESCRIBED = /^(?:[Aa]n?|[Tt]he)\s+([\p{Ll}-]+)\s+(spokes(?:man|woman|person))$/u;

/** A draft's source as written, read and resolved against what the article has named so far. */
export function resolveSource(
  written: string,
  position: number,
  memory: EntityMemory,
  inHeadline = false,
): SourcePhrase | null {
  const raw = written.trimStart().replace(SENTENCE_LINK, '');
  // Named as the gold names them, by whom they speak for: "spokesperson for Brandwerk".
  const spokesperson = SPOKESPERSON_OF_DESCRIBED.exec(raw.trim());
  const owner =
    spokesperson && ORGANIZATION_WORDS.has(spokesperson[1])
      ? memory.resolve(`the ${spokesperson[1]}`, position, inHeadline)
      : null;
  // "the Interior Ministry", as an organisation named by its kind is written; "Brandwerk".
  const the = owner && ORGANIZATION_WORDS.has(owner.name.slice(owner.name.lastIndexOf(' ') + 1).toLowerCase());
  if (spokesperson && owner?.type === 'organization')
    return {
      name: `${spokesperson[2]} for ${the ? 'the ' : ''}${owner.name}`,
      type: 'person',
      roles: [spokesperson[2]],
    };
  const resolved = memory.resolve(raw, position, inHeadline);
  if (resolved) return { name: resolved.name, type: resolved.type, roles: resolved.roles };
  const read = readSourcePhrase(raw);
  if (!read) return null;
  if (read.type === 'document') {
    // "a poll published on Sunday showed": the pollster the article names; "the board's figures": the board's.
    if (POLL_HEADS.has(read.name.toLowerCase())) return memory.pollster(position) ?? read;
    const possessor = POSSESSED_DOCUMENT.exec(raw.trim());
    const owner = possessor && memory.resolve(possessor[1], position);
    if (owner && owner.type === 'organization') return { name: owner.name, type: 'document', roles: owner.roles };
  }
  // A name read out of a longer phrase may be a short one ("Minister Rand"); a spokesperson named by whom they speak
  // for ("a CDU spokesman") is no other spokesperson the article quoted.
  const fuller =
    (read.type === 'person' || read.type === 'organization') &&
    read.name !== raw.trim() &&
    !read.roles.some((role) => role.startsWith('spokes'))
      ? memory.resolve(read.name, position)
      : null;
  return fuller && fuller.type !== 'document' ? { ...read, name: fuller.name, type: fuller.type } : read;
}
