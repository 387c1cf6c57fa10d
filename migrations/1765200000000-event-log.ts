import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The event log (libs/desk/src/events): every audit row carries the id of the transaction that wrote it (`tx`) and a
 * sequence number (`seq`); events that are not a claim's audit (article extracted or failed, a claim entered by hand, a
 * source fold, stats changed) go to `domain_events` with the same two columns. The stamper reads both in (tx, seq)
 * order, only below the oldest transaction still in flight, and gives them consecutive positions: `event_log` holds
 * one row per stamped batch (its positions and the (tx, seq) range they cover), not one per event. Consumers (the stats
 * rollups, later webhooks) keep their position in `event_consumers`.
 *
 * Rows written before this migration keep tx 0 and seq 0: they are history from before the log and are never stamped.
 */
export class EventLog1765200000000 implements MigrationInterface {
  name = 'EventLog1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE event_seq`);
    // A constant default first, so existing rows are not rewritten; then the real default for every row to come.
    await db.query(
      `ALTER TABLE review_events ADD COLUMN tx xid8 NOT NULL DEFAULT '0', ADD COLUMN seq bigint NOT NULL DEFAULT 0`,
    );
    await db.query(`
      ALTER TABLE review_events ALTER COLUMN tx SET DEFAULT pg_current_xact_id(),
        ALTER COLUMN seq SET DEFAULT nextval('event_seq')`);
    await db.query(`CREATE INDEX review_events_log_idx ON review_events (tx, seq)`);

    await db.query(`
      CREATE TABLE domain_events (
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        seq bigint NOT NULL DEFAULT nextval('event_seq'),
        type text NOT NULL,
        article_id uuid,
        claim_id uuid,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (tx, seq)
      )`);
    await db.query(`
      CREATE TRIGGER domain_events_no_change BEFORE UPDATE OR DELETE ON domain_events
      FOR EACH ROW EXECUTE FUNCTION review_events_append_only()`);

    await db.query(`
      CREATE TABLE event_log (
        last_position bigint PRIMARY KEY,
        first_position bigint NOT NULL,
        after_tx xid8 NOT NULL,
        after_seq bigint NOT NULL,
        through_tx xid8 NOT NULL,
        through_seq bigint NOT NULL,
        stamped_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (first_position BETWEEN 1 AND last_position),
        -- Two stampers (there should never be two: one holds an advisory lock) could not both write the next batch.
        UNIQUE (first_position)
      )`);
    await db.query(`
      CREATE TABLE event_consumers (
        name text PRIMARY KEY,
        position bigint NOT NULL,
        -- Events whose transaction this snapshot saw were already counted by a rebuild: the consumer skips them.
        skip_snapshot pg_snapshot,
        as_of timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_consumers`);
    await db.query(`DROP TABLE event_log`);
    await db.query(`DROP TABLE domain_events`);
    await db.query(`DROP INDEX review_events_log_idx`);
    await db.query(`ALTER TABLE review_events DROP COLUMN seq, DROP COLUMN tx`);
    await db.query(`DROP SEQUENCE event_seq`);
  }
}
