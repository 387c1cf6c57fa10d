import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { rebuildMatchTexts } from '@factdesk/desk';

/**
 * Stored match texts are rewritten for this release's match lexicon: an amount reads alike however its currency and
 * scale are written ("640 million pounds" / "£640m", "28m tonnes" / "28 million tonnes"), so a claim already on the
 * desk is compared with new ones in the words they are now written in. Nothing to undo: the texts follow from the
 * claims' content and the lexicon of the code that runs.
 */
export class RebuildMatchTextsAmounts1767800000000 implements MigrationInterface {
  name = 'RebuildMatchTextsAmounts1767800000000';

  async up(db: QueryRunner): Promise<void> {
    await rebuildMatchTexts(db.manager);
  }

  async down(): Promise<void> {}
}
