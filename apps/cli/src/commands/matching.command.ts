import { rebuildMatchTexts } from '@factdesk/desk';
import type { AppConfig } from '@factdesk/platform';
import { withDatabase } from './postgres';

/** matching:rebuild: rewrite stored match texts and keys by this build's match lexicon (after an upgrade that changed it). */
export async function matchingRebuild(config: AppConfig): Promise<void> {
  const { scanned, rewritten } = await withDatabase(config, (dataSource) => rebuildMatchTexts(dataSource.manager));
  console.log(`match texts: ${scanned} read, ${rewritten} rewritten`);
}
