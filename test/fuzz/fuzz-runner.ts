import type { Pool } from 'pg';
import { readOperations, type OpenApiDocument, type Operation } from './openapi-operations';
import { Random } from './random';
import { type FuzzContext, type FuzzRequest, RequestCases } from './request-cases';
import { changedTables, tableChecksums } from './row-checksum';

export interface FuzzOptions {
  baseUrl: string;
  db: Pool;
  context: FuzzContext;
  requests: number;
  seed: number;
  /** A request without a complete answer by then is a hang. */
  timeoutMs: number;
  /** Reads sent at once; writes go one at a time so each refused one is checked on its own. */
  readConcurrency: number;
  onProgress?: (sent: number) => void;
}

export interface FuzzFinding {
  request: string;
  status: number | 'hang' | 'changed rows' | 'connection error';
  detail: string;
}

export interface FuzzResult {
  operations: number;
  sent: number;
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  /** Answers >= 500, and connections the api dropped without an answer. */
  serverErrors: number;
  hangs: number;
  /** Refused requests (and batches of reads) after which some table's rows differed. */
  changedRows: number;
  checkedForChanges: number;
  findings: FuzzFinding[];
  wallMs: number;
}

const MAX_FINDINGS = 25;
// The api's limits, seen from outside (apps/api/src/body-limit.ts, http-hardening.ts).
const BODY_LIMIT_BYTES = 1024 * 1024;
const PARSER_HEADER_LIMIT_BYTES = 64 * 1024;
const headBytes = (request: FuzzRequest) =>
  Object.entries(request.headers).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value),
    Buffer.byteLength(request.url),
  );
const describe = (request: FuzzRequest) => {
  const body = request.body === undefined ? '' : ` body=${String(request.body).slice(0, 200)}`;
  return `${request.kind} ${request.method} ${request.url.slice(0, 300)}${body}`;
};

/** Sends one request; an SSE answer counts once its headers are in (the stream itself stays open by design). */
async function send(baseUrl: string, request: FuzzRequest, timeoutMs: number) {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(baseUrl + request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      redirect: 'manual',
    });
    if (request.streams && response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, text: '' };
    }
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (signal.aborted) return { status: 'hang' as const, text: '' };
    // Past the body limit the api answers 413 and closes the socket while the client is still uploading.
    const size = request.body === undefined ? 0 : Buffer.byteLength(request.body);
    if (size > BODY_LIMIT_BYTES) return { status: 'closed, body over limit' as const, text: '' };
    // Past its parser's limit Node answers 431 and closes the socket, racing the client's write of the rest.
    if (headBytes(request) > PARSER_HEADER_LIMIT_BYTES) return { status: 'closed, head over limit' as const, text: '' };
    return { status: 'connection error' as const, text: String((error as Error).cause ?? error) };
  }
}

/** Cursors from list answers feed later requests, which then forge or replay them. */
function collectCursors(text: string, cursors: string[]): void {
  const match = /"nextCursor":"([^"]+)"/.exec(text);
  if (match && cursors.length < 200) cursors.push(match[1]);
}

export async function runFuzz(document: OpenApiDocument, options: FuzzOptions): Promise<FuzzResult> {
  const started = Date.now();
  const operations = readOperations(document);
  const random = new Random(options.seed);
  const cases = new RequestCases(random, options.context);
  const result: FuzzResult = {
    operations: operations.length,
    sent: 0,
    byStatus: {},
    byKind: {},
    serverErrors: 0,
    hangs: 0,
    changedRows: 0,
    checkedForChanges: 0,
    findings: [],
    wallMs: 0,
  };
  const note = (finding: FuzzFinding) => {
    if (result.findings.length < MAX_FINDINGS) result.findings.push(finding);
  };

  const runBatch = async (batch: FuzzRequest[]) => {
    const before = await tableChecksums(options.db);
    const answers = await Promise.all(batch.map((request) => send(options.baseUrl, request, options.timeoutMs)));
    let anyWriteAccepted = false;
    answers.forEach(({ status, text }, n) => {
      const request = batch[n];
      result.sent++;
      result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
      result.byKind[request.kind] = (result.byKind[request.kind] ?? 0) + 1;
      if (status === 'hang') {
        result.hangs++;
        note({ request: describe(request), status, detail: `no answer within ${options.timeoutMs} ms` });
        return;
      }
      if (status === 'connection error' || (typeof status === 'number' && status >= 500)) {
        result.serverErrors++;
        note({ request: describe(request), status, detail: text.slice(0, 500) });
      }
      if (typeof status === 'number' && status < 400 && request.method !== 'GET') anyWriteAccepted = true;
      collectCursors(text, options.context.cursors);
    });
    if (anyWriteAccepted) return;
    result.checkedForChanges += batch.length;
    const changed = changedTables(before, await tableChecksums(options.db));
    if (changed.length) {
      result.changedRows++;
      note({
        request: batch.map(describe).join(' | '),
        status: 'changed rows',
        detail: `refused, yet rows changed in ${changed.join(', ')}`,
      });
    }
  };

  const order = (ops: Operation[]) => [...ops].sort(() => random.next() - 0.5);
  let reads: FuzzRequest[] = [];
  while (result.sent + reads.length < options.requests) {
    for (const operation of order(operations)) {
      if (result.sent + reads.length >= options.requests) break;
      const request = cases.next(operation);
      if (request.method === 'GET') {
        reads.push(request);
        if (reads.length >= options.readConcurrency) {
          await runBatch(reads);
          reads = [];
        }
      } else {
        await runBatch([request]);
      }
      options.onProgress?.(result.sent);
    }
  }
  if (reads.length) await runBatch(reads);
  result.wallMs = Date.now() - started;
  return result;
}
