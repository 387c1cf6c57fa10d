import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { actorOfCaller, type Caller, DomainError, notFound, recordAudit } from '@factdesk/platform';
import { keyOf } from './source-rows';

export const MAX_NAME_LENGTH = 300;
export const MAX_NOTES_LENGTH = 10_000;

/** What an editor may change on a source; absent fields stay as they are. */
export interface SourceChanges {
  name?: string;
  type?: string;
  /** null (or blank) clears them. */
  notes?: string | null;
}

export interface SourceEventView {
  id: string;
  event: string;
  actor: string | null;
  role: string;
  payload: object;
  at: string;
}

interface Row {
  id: string;
  name: string;
  key: string;
  type: string;
  notes: string | null;
}

const invalid = (field: string, message: string) =>
  new DomainError('invalid_input', `${field} ${message}`, [{ field, errors: [message] }]);

function checked(changes: SourceChanges): SourceChanges {
  if (changes.name === undefined && changes.type === undefined && changes.notes === undefined) {
    throw new DomainError('invalid_input', 'give at least one of name, type and notes to change', [
      { field: 'name, type, notes', errors: ['at least one is required'] },
    ]);
  }
  const name = changes.name?.trim();
  if (name !== undefined && (name.length === 0 || name.length > MAX_NAME_LENGTH)) {
    throw invalid('name', `must be 1-${MAX_NAME_LENGTH} characters`);
  }
  if (changes.notes && changes.notes.length > MAX_NOTES_LENGTH) {
    throw invalid('notes', `must be at most ${MAX_NOTES_LENGTH} characters`);
  }
  return {
    ...changes,
    name,
    notes: changes.notes === undefined ? undefined : changes.notes?.trim() ? changes.notes : null,
  };
}

/**
 * Applies an editor's changes to a source in the caller's transaction, with one audit event per change (`renamed`,
 * `retyped`, `notes_changed`). A new name gets its own registry key; the old name becomes an alias, so claims still
 * extracted under it land here. A name and type another source already has (as its name or an alias) is a conflict:
 * that is an alias to add, not a rename. The speaker the source is matched under is worked out again.
 */
export async function editSource(manager: EntityManager, id: string, input: SourceChanges, caller: Caller) {
  const changes = checked(input);
  const [row] = await manager.query<Row[]>(
    ...bind(`SELECT id, name, normalised_name AS key, type, notes FROM sources WHERE id = :id FOR UPDATE`, { id }),
  );
  if (!row) throw notFound('source', id);
  const name = changes.name ?? row.name;
  const type = changes.type ?? row.type;
  const key = changes.name === undefined ? row.key : keyOf(name);
  const events: { event: string; payload: Record<string, unknown> }[] = [];
  if (name !== row.name)
    events.push({ event: 'renamed', payload: { from: row.name, to: name, fromKey: row.key, toKey: key } });
  if (type !== row.type) events.push({ event: 'retyped', payload: { from: row.type, to: type } });
  if (changes.notes !== undefined && changes.notes !== row.notes) {
    events.push({ event: 'notes_changed', payload: { from: row.notes, to: changes.notes } });
  }
  if (key !== row.key || type !== row.type) await refuseTaken(manager, row, key, type);
  await manager.query(
    ...bind(
      `UPDATE sources SET name = :name, normalised_name = :key, type = :type, notes = :notes, updated_at = now(),
         speaker_id = CASE WHEN :rekeyed THEN NULL ELSE speaker_id END
       WHERE id = :id`,
      {
        id,
        name,
        key,
        type,
        notes: changes.notes === undefined ? row.notes : changes.notes,
        rekeyed: key !== row.key || type !== row.type,
      },
    ),
  );
  if (key !== row.key) {
    await manager.query(
      ...bind(
        `INSERT INTO source_aliases (source_id, alias, alias_key, created_by) VALUES (:id, :alias, :aliasKey, :actor)
         ON CONFLICT (alias_key) DO NOTHING`,
        { id, alias: row.name, aliasKey: row.key, actor: caller.keyId },
      ),
    );
  }
  if (events.length > 0) {
    await manager.query(
      ...bind(
        `INSERT INTO source_events (source_id, event, actor_id, actor_role, payload)
         SELECT :id, e.event, :actor, :role, e.payload FROM unnest(:events::text[], :payloads::jsonb[]) AS e(event, payload)`,
        {
          id,
          actor: caller.keyId,
          role: caller.role,
          events: events.map((event) => event.event),
          payloads: events.map((event) => JSON.stringify(event.payload)),
        },
      ),
    );
  }
  for (const { event, payload } of events) {
    await recordAudit(manager, {
      actor: actorOfCaller(caller),
      action: `source.${event}`,
      targetType: 'source',
      targetId: id,
      // Notes can run to 10,000 characters: the source's history has them, the desk-wide log says they changed.
      details: event === 'notes_changed' ? { notesLength: changes.notes?.length ?? 0 } : payload,
    });
  }
}

async function refuseTaken(manager: EntityManager, row: Row, key: string, type: string): Promise<void> {
  const [taken] = await manager.query<{ id: string; name: string; how: string }[]>(
    ...bind(
      `SELECT id, name, 'name' AS how FROM sources WHERE normalised_name = :key AND type = :type AND id <> :id
       UNION ALL
       SELECT s.id, s.name, 'alias' FROM source_aliases a JOIN sources s ON s.id = a.source_id
       WHERE a.alias_key = :key AND a.source_id <> :id
       LIMIT 1`,
      { id: row.id, key, type },
    ),
  );
  if (taken) {
    throw new DomainError(
      'conflict',
      `${taken.name} (${taken.id}) already has that ${taken.how === 'alias' ? 'name as an alias' : 'name and type'}: ` +
        `add the name as an alias of it to fold this source in, instead of renaming`,
      { sourceId: row.id, taken: taken.id, key, type },
    );
  }
}

/** The source's audit events, oldest first. */
export async function sourceEvents(manager: EntityManager, id: string): Promise<SourceEventView[]> {
  const rows = await manager.query<
    { id: string; event: string; actor_id: string | null; actor_role: string; payload: object; created_at: Date }[]
  >(
    ...bind(
      `SELECT id, event, actor_id, actor_role, payload, created_at FROM source_events WHERE source_id = :id ORDER BY created_at, id`,
      { id },
    ),
  );
  return rows.map((event) => ({
    id: event.id,
    event: event.event,
    actor: event.actor_id,
    role: event.actor_role,
    payload: event.payload,
    at: event.created_at.toISOString(),
  }));
}
