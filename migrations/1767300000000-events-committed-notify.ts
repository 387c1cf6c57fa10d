import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A transaction that writes an event says so when it commits: `NOTIFY events_committed`, which PostgreSQL delivers only
 * on commit and only once per transaction (equal notifications fold into one). The event stamper listens for it and
 * stamps at once instead of waiting for its next poll; it still polls, so a lost notification only costs a poll's wait.
 * A statement trigger, so a bulk insert notifies once, and every writer of the two tables is covered without knowing.
 */
export class EventsCommittedNotify1767300000000 implements MigrationInterface {
  name = 'EventsCommittedNotify1767300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_events_committed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('events_committed', '');
        RETURN NULL;
      END $$`);
    for (const table of ['review_events', 'domain_events']) {
      await db.query(`
        CREATE TRIGGER ${table}_notify_committed AFTER INSERT ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION notify_events_committed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['review_events', 'domain_events']) {
      await db.query(`DROP TRIGGER ${table}_notify_committed ON ${table}`);
    }
    await db.query(`DROP FUNCTION notify_events_committed`);
  }
}
