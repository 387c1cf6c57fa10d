import { createHash } from 'crypto';

/** Same text, same hash: line endings and surrounding whitespace do not make a different article. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n?/g, '\n').trim()).digest('hex');
}
