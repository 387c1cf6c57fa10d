import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { rebuildMatchTexts } from '@factdesk/desk';

/**
 * Stored match texts are rewritten by the match lexicon of this release (issue 17: approximators dropped, phrasal
 * verbs, synonym groups, a count with a separator no length of time), with their match keys: written by an older
 * lexicon, a claim already on the desk was compared with new ones in other words than theirs. A later release that
 * changes the lexicon adds a migration like this one; `npm run cli -- matching:rebuild` does the same by hand.
 * There is nothing to undo: the texts follow from the claims' content and the lexicon of the code that runs.
 */
export class RebuildMatchTexts1767500000001 implements MigrationInterface {
  name = 'RebuildMatchTexts1767500000001';

  async up(db: QueryRunner): Promise<void> {
    await rebuildMatchTexts(db.manager);
  }

  async down(): Promise<void> {}
}
