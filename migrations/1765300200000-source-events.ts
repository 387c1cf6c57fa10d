import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The source registry's audit log (issue 17): editors rename and retype sources and change their notes, each change an
 * appended event. No foreign key: a source folded into another by an alias is deleted, its events stay.
 */
export class SourceEvents1765300200000 implements MigrationInterface {
  name = 'SourceEvents1765300200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE source_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL,
        event text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX source_events_source_idx ON source_events (source_id, created_at)`);
    await db.query(`
      CREATE FUNCTION source_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'source_events is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER source_events_no_change BEFORE UPDATE OR DELETE ON source_events
      FOR EACH ROW EXECUTE FUNCTION source_events_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE source_events`);
    await db.query(`DROP FUNCTION source_events_append_only`);
  }
}
