import { POLL_HEADS } from '../lexicon/documents';
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

/** A draft's source as written, read and resolved against what the article has named so far. */
export function resolveSource(
  written: string,
  position: number,
  memory: EntityMemory,
  inHeadline = false,
): SourcePhrase | null {
  const raw = written.trimStart().replace(SENTENCE_LINK, '');
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
  const fuller =
    (read.type === 'person' || read.type === 'organization') && read.name !== raw.trim()
      ? memory.resolve(read.name, position)
      : null;
  return fuller && fuller.type !== 'document' ? { ...read, name: fuller.name, type: fuller.type } : read;
}
