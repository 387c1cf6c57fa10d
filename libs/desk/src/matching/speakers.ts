import type { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import {
  initialsOf,
  looksLikeAcronym,
  nameFragments,
  namesSpelledBy,
  type RegistryEntry,
  type SpeakerCandidate,
  speakerName,
  speakerOf,
  speakerTypes,
} from '@factdesk/matching';
import { beginMatching } from './appearances';

/** What decides the speaker a claim is matched under. */
export interface SpeakerSubject {
  sourceId: string | null;
  viaSourceId: string | null;
  sourceType: string;
}

/**
 * Anonymous sources and documents carried by a relay are matched under the relay: "sources cited by Bloomberg",
 * "Bloomberg, citing people familiar" and "Bloomberg reported" are one speaker's claim, and so are "a memo seen by The
 * Information" and "The Information reported".
 */
const RELAY_KEYED = new Set(['anonymous', 'document']);
const speakerRow = (claim: SpeakerSubject) =>
  RELAY_KEYED.has(claim.sourceType) && claim.viaSourceId ? claim.viaSourceId : claim.sourceId;

interface SourceRow extends RegistryEntry {
  name: string;
}

/**
 * The registry row each claim is matched under (its match key): the claim's source, or its relay (see RELAY_KEYED),
 * as resolved to one speaker (`speakerOf`: a surname with the full name the desk knows, an acronym with the name it
 * stands for, a document named by its owner with the owner, `speakerName`). A row is resolved once, when a claim of it is first triaged, and keeps its speaker.
 */
export async function speakersOf(db: DataSource, claims: SpeakerSubject[]): Promise<(string | null)[]> {
  const ids = [...new Set(claims.flatMap((claim) => speakerRow(claim) ?? []))];
  if (ids.length === 0) return claims.map(() => null);
  const rows = await queryPrepared<SourceRow>(
    db,
    ...bind(
      `SELECT id, name, normalised_name AS key, type, speaker_id AS "speakerId" FROM sources WHERE id = ANY(:ids::uuid[])`,
      { ids },
    ),
  );
  const speakers = new Map<string, string>();
  for (const row of rows) speakers.set(row.id, row.speakerId ?? (await resolveSpeaker(db, row)));
  return claims.map((claim) => {
    const row = speakerRow(claim);
    return row ? (speakers.get(row) ?? row) : null;
  });
}

interface CandidateRow {
  id: string;
  key: string;
  type: string;
  speaker_id: string | null;
  speaker_key: string | null;
  speaker_type: string | null;
}

/** Rows that may name the same speaker: by surname or a core word of the name, by initials, or by the acronym. */
async function speakerCandidates(manager: EntityManager, row: SourceRow): Promise<SpeakerCandidate[]> {
  const types = speakerTypes(row.type);
  if (types.length === 0) return [];
  const named = speakerName(row);
  const fragments = nameFragments(named);
  const params: Record<string, unknown> = {
    id: row.id,
    types,
    initials: initialsOf(named),
    acronymOf: looksLikeAcronym(row.name) ? namesSpelledBy(row.key) : [],
  };
  fragments.forEach((fragment, index) => (params[`name${index}`] = `%${fragment.replace(/[\\%_]/g, '\\$&')}%`));
  // One LIKE per fragment: the trigram index serves LIKE, not LIKE ANY (an array).
  const byName = fragments.map((_, index) => `factdesk_fold(s.name) LIKE :name${index}`);
  const rows = await manager.query<CandidateRow[]>(
    ...bind(
      `SELECT s.id, s.normalised_name AS key, s.type, s.speaker_id, speaker.normalised_name AS speaker_key,
              speaker.type AS speaker_type
       FROM sources s LEFT JOIN sources speaker ON speaker.id = s.speaker_id
       WHERE s.id <> :id AND s.type = ANY(:types::text[])
         AND (${[...byName, 's.normalised_name = ANY(:initials::text[])', 'factdesk_initials(s.normalised_name) = ANY(:acronymOf::text[])'].join(' OR ')})
       ORDER BY s.created_at, s.id LIMIT 50`,
      params,
    ),
  );
  return rows.map((candidate) => ({
    id: candidate.id,
    key: candidate.key,
    type: candidate.type,
    speakerId: candidate.speaker_id,
    speaker:
      candidate.speaker_id && candidate.speaker_key && candidate.speaker_type
        ? { id: candidate.speaker_id, key: candidate.speaker_key, type: candidate.speaker_type }
        : { id: candidate.id, key: candidate.key, type: candidate.type },
  }));
}

/**
 * Works out and stores a row's speaker. When it is another row, what was matched under this one moves there (a row
 * registered before its speaker was known, or rows resolved to it), under both rows' matching locks, so a triage of
 * either waits for the move.
 */
async function resolveSpeaker(db: DataSource, row: SourceRow): Promise<string> {
  return db.transaction(async (manager) => {
    const speaker = speakerOf(speakerName(row), await speakerCandidates(manager, row));
    await manager.query(
      ...bind(
        `SELECT count(pg_advisory_xact_lock(hashtextextended('match:' || id, 0))) FROM unnest(:ids::text[]) AS id`,
        { ids: [row.id, speaker].sort() },
      ),
    );
    const [stored]: { speaker_id: string }[] = await manager.query(
      ...bind(
        `WITH resolved AS (UPDATE sources SET speaker_id = :speaker WHERE id = :id AND speaker_id IS NULL RETURNING speaker_id)
         SELECT speaker_id FROM resolved UNION ALL SELECT speaker_id FROM sources WHERE id = :id AND speaker_id IS NOT NULL`,
        { id: row.id, speaker },
      ),
    );
    if (stored?.speaker_id === speaker && speaker !== row.id) {
      await manager.query(
        ...bind(
          `WITH moved AS (UPDATE claim_match_keys SET source_id = :speaker WHERE source_id = :id RETURNING 1)
           UPDATE sources SET speaker_id = :speaker WHERE speaker_id = :id`,
          { id: row.id, speaker },
        ),
      );
    }
    return stored?.speaker_id ?? speaker;
  });
}

/** Speaker rows chain a hop or two at most (a row resolved to one that was resolved in turn). */
const MAX_SPEAKER_HOPS = 3;

/**
 * Takes the matching locks of the speakers (`beginMatching`) and returns them as they stand under those locks.
 * `speakersOf` reads outside the transaction, so a speaker row can be resolved to another speaker before its lock is
 * held, with its match keys moved there; matching or listing under the row read would then file the claim where no
 * later claim looks. Such a row is followed to its speaker, whose lock is taken too: after the others, out of id order,
 * so two batches doing so at once may deadlock, which PostgreSQL breaks by failing one and its job's retry places it.
 */
export async function lockCurrentSpeakers(
  manager: EntityManager,
  speakerIds: (string | null)[],
): Promise<(string | null)[]> {
  let current = speakerIds;
  await beginMatching(manager, current);
  for (let hop = 0; hop < MAX_SPEAKER_HOPS; hop++) {
    const ids = [...new Set(current.filter((id): id is string => id !== null))];
    if (ids.length === 0) break;
    const moved: { id: string; speaker_id: string }[] = await manager.query(
      ...bind(
        `SELECT id, speaker_id FROM sources WHERE id = ANY(:ids::uuid[]) AND speaker_id IS NOT NULL AND speaker_id <> id`,
        { ids },
      ),
    );
    if (moved.length === 0) break;
    const speakerOfRow = new Map(moved.map((row) => [row.id, row.speaker_id]));
    current = current.map((id) => (id === null ? null : (speakerOfRow.get(id) ?? id)));
    await beginMatching(manager, [...speakerOfRow.values()]);
  }
  return current;
}
