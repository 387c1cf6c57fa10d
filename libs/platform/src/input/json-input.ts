/**
 * Checks on request input that no DTO decorator can make: how deep a JSON body nests (class-transformer recurses and
 * overflows the stack thousands of levels down) and text PostgreSQL cannot store (the NUL character in text, a lone
 * UTF-16 surrogate in jsonb). Pure functions, so the HTTP layer can run them once for every route.
 */

/** The DTOs nest three levels at most (a transition's payload); a client has no reason to send more. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);

/** At most `limit + 1` indexOf calls: bodies with few brackets (nearly all) skip the character scan. */
function openersExceed(text: string, limit: number): boolean {
  let count = 0;
  for (const opener of ['{', '[']) {
    for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
      count += 1;
      if (count > limit) return true;
    }
  }
  return false;
}

/** Whether JSON text nests objects and arrays deeper than `max`, found before it is parsed (brackets in strings do not count). */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  if (!openersExceed(text, max)) return false;
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === BACKSLASH) at += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (OPENERS.has(code)) {
      depth += 1;
      if (depth > max) return true;
    } else if (CLOSERS.has(code)) {
      depth -= 1;
    }
  }
  return false;
}

/**
 * JSON text cannot carry a raw NUL or a lone surrogate (JSON.parse refuses raw control characters, and UTF-8 decoding
 * replaces broken sequences), only their `\u` escapes: without one, the parsed value needs no walk.
 */
const SUSPECT_ESCAPE = /\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})/;
export const mayHoldUnsafeText = (jsonText: string): boolean => SUSPECT_ESCAPE.test(jsonText);

export interface UnsafeText {
  /** Dotted path of the field, as the validation errors name fields (`payload.ratingNote`, `ids.3`). */
  field: string;
  problem: string;
}

// eslint-disable-next-line no-control-regex -- matching the NUL character is the point
const NUL = /\u0000/;
/** With the u flag a paired surrogate is one code point, so only a lone one matches. */
const LONE_SURROGATE = /\p{Cs}/u;

function textProblem(text: string): string | null {
  if (NUL.test(text)) return 'must not contain the NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (it holds a lone surrogate)';
  return null;
}

/** The first string (or object key) in `value` that PostgreSQL could not store, or null. Depth is bounded by the caller. */
export function findUnsafeText(value: unknown, path = ''): UnsafeText | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field: path || '(body)', problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { field: path || '(body)', problem: `field names ${keyProblem}` };
    const found = findUnsafeText(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}
