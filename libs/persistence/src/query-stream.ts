import type { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import type { Readable } from 'stream';
import type { DataSource } from 'typeorm';

/**
 * Rows of `text` as a stream read through a server-side cursor, `batchSize` rows per fetch and only as fast as the
 * consumer takes them, so memory stays flat whatever the row count. The connection is the pool's for the stream's
 * life; a stream that ends early (the client went away) closes the cursor and gives the connection up rather than
 * back, since it may still be mid-protocol.
 */
export async function streamRows(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  batchSize = 500,
): Promise<Readable> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  const rows = client.query(new QueryStream(text, values, { batchSize, highWaterMark: batchSize }));
  let ended = false;
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  rows.once('end', () => {
    ended = true;
    release();
  });
  rows.once('error', (error: Error) => release(error));
  rows.once('close', () => release(ended ? undefined : new Error('row stream closed before its end')));
  return rows;
}
