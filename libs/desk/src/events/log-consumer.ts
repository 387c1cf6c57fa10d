import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';

const TAKE_TURN = `SELECT position::text FROM event_consumers WHERE name = :name FOR UPDATE SKIP LOCKED`;
const MOVE = `UPDATE event_consumers SET position = :position, as_of = now(), updated_at = now() WHERE name = :name`;

/**
 * A consumer's turn at the log, in the caller's transaction: its row locked until that transaction ends, so one process
 * at a time consumes and the others stand by (null). The position comes back as it is now; the caller writes its
 * effects and `moveConsumer` in the same transaction, so a crash repeats a run and never half of one.
 */
export async function takeConsumerTurn(manager: EntityManager, name: string): Promise<number | null> {
  const [row] = await queryPrepared<{ position: string }>(manager, ...bind(TAKE_TURN, { name }));
  return row ? Number(row.position) : null;
}

export async function moveConsumer(manager: EntityManager, name: string, position: number): Promise<void> {
  await queryPrepared(manager, ...bind(MOVE, { name, position }));
}
