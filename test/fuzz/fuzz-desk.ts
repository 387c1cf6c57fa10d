import { ingestArticle, SEED_ARTICLE, articleBody } from '../support/articles';
import { stopProcess } from '../support/processes';
import { queuedClaims, take } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { type FuzzResult, runFuzz } from './fuzz-runner';
import type { OpenApiDocument } from './openapi-operations';
import type { FuzzContext } from './request-cases';

/** Path segments whose rows live in a table of another name; any other segment is its table's name. */
const SEGMENT_TABLES: Record<string, string> = { aliases: 'source_aliases', conflicts: 'claim_conflicts' };

/** A small desk with rows of every kind, so fuzzed requests reach past the 404s into the services. */
async function seedDesk(stack: Stack): Promise<void> {
  await ingestArticle(stack, 'Fuzz Wire', SEED_ARTICLE, 60_000);
  for (let n = 0; n < 4; n++) await ingestArticle(stack, `Fuzz Outlet ${n % 2}`, articleBody(7000 + n));
  const claims = await queuedClaims(stack, 6, 'fuzz');
  for (const claimId of claims.slice(0, 2)) {
    await take(stack, 'reviewer', claimId);
    await stack.request('POST', `/v1/claims/${claimId}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'Seeded evidence.' },
    });
  }
  const sources = await stack.request('GET', '/v1/sources?limit=2', { as: 'editor' });
  const [first] = sources.body.sources ?? [];
  if (first) await stack.request('POST', `/v1/sources/${first.id}/aliases`, { body: { alias: 'Fuzz alias' } });
}

async function realIds(stack: Stack, document: OpenApiDocument): Promise<Record<string, string[]>> {
  const segments = new Set(
    Object.keys(document.paths).flatMap((path) => [...path.matchAll(/([^/]+)\/\{[^}]+\}/g)].map((match) => match[1])),
  );
  const ids: Record<string, string[]> = {};
  for (const segment of segments) {
    const table = SEGMENT_TABLES[segment] ?? segment;
    const { rows: exists } = await stack.db.query('SELECT 1 FROM pg_class WHERE relname = $1', [table]);
    if (!exists.length) continue;
    const { rows } = await stack.db.query(`SELECT id::text AS id FROM "${table}" LIMIT 50`);
    ids[segment] = rows.map((row) => row.id);
  }
  return ids;
}

/** Keys that must be refused: one revoked and, where keys can expire, one expired. */
async function refusedKeys(stack: Stack): Promise<string[]> {
  const revoked = await stack.addKey('admin', 'fuzz revoked');
  await stack.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [revoked.id]);
  const keys = [revoked.secret];
  const { rows } = await stack.db.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = 'api_keys' AND column_name = 'expires_at'`,
  );
  if (rows.length) {
    const expired = await stack.addKey('admin', 'fuzz expired');
    await stack.db.query(`UPDATE api_keys SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    keys.push(expired.secret);
  }
  return keys;
}

/**
 * Starts a desk of its own (database + Redis prefix), seeds it, stops the worker so that only the fuzzed requests
 * can change rows, and sends `requests` generated requests over every route of the OpenAPI document.
 */
export async function fuzzTheApi(
  requests: number,
  seed: number,
  onProgress?: (sent: number) => void,
): Promise<FuzzResult> {
  const stack = await startStack();
  try {
    await seedDesk(stack);
    await stopProcess(stack.worker);
    const document = (await stack.request('GET', '/docs/json', { as: null })).body as OpenApiDocument;
    const context: FuzzContext = {
      ids: await realIds(stack, document),
      keys: stack.keys,
      badKeys: await refusedKeys(stack),
      cursors: [],
    };
    return await runFuzz(document, {
      baseUrl: stack.baseUrl,
      db: stack.db,
      context,
      requests,
      seed,
      timeoutMs: 10_000,
      readConcurrency: 8,
      onProgress,
    });
  } finally {
    await stack.stop();
  }
}
