import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { rebuildMatchTexts } from '@factdesk/desk';

/**
 * Stored match texts are rewritten for this release's match lexicon: a negation is one word however it is put ("no",
 * "not", "cannot"), so a claim already on the desk is compared with new ones in the words they are now written in.
 * Nothing to undo: the texts follow from the claims' content and the lexicon of the code that runs.
 */
export class RebuildMatchTextsNegations1767600000000 implements MigrationInterface {
  name = 'RebuildMatchTextsNegations1767600000000';

  async up(db: QueryRunner): Promise<void> {
    await rebuildMatchTexts(db.manager);
  }

  async down(): Promise<void> {}
}
