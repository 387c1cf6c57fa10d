/**
 * Raw SQL with named parameters: `bind('SELECT * FROM claims WHERE id = :id', { id })` gives the text with `$1` and the
 * values in order, ready to spread into `manager.query(...)` or `queryPrepared(manager, ...)`. A reader matches names,
 * not a count of `$n`. A name used twice is one parameter; casts (`::uuid`), string literals, quoted identifiers,
 * dollar-quoted bodies and comments are left alone. A name without a value, or a value without a use, throws: both
 * are typos, and `undefined` is refused too (pass `null` for SQL NULL).
 */
export function bind(text: string, params: Record<string, unknown>): [text: string, values: unknown[]] {
  const compiled = compile(text);
  const unused = new Set(Object.keys(params));
  const values = compiled.names.map((name) => {
    unused.delete(name);
    const value = params[name];
    if (value === undefined) throw new Error(`SQL parameter :${name} has no value`);
    return value;
  });
  if (unused.size > 0) throw new Error(`SQL parameters not used in the statement: ${[...unused].join(', ')}`);
  return [compiled.text, values];
}

interface CompiledStatement {
  text: string;
  names: string[];
}

const compiledTexts = new Map<string, CompiledStatement>();
/** List statements are assembled from the filters a request gives, so their texts are many: the cache stays bounded. */
const MAX_COMPILED_TEXTS = 2_000;

/** Statements are mostly a fixed set of texts: each is scanned once. */
function compile(source: string): CompiledStatement {
  const cached = compiledTexts.get(source);
  if (cached) return cached;
  const names: string[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const skipped = skipOpaque(source, at);
    if (skipped > at) {
      text += source.slice(at, skipped);
      at = skipped;
      continue;
    }
    if (source.startsWith('::', at)) {
      text += '::';
      at += 2;
      continue;
    }
    const name = source[at] === ':' ? NAME.exec(source.slice(at + 1))?.[0] : undefined;
    if (name) {
      let position = names.indexOf(name);
      if (position < 0) position = names.push(name) - 1;
      text += `$${position + 1}`;
      at += 1 + name.length;
      continue;
    }
    text += source[at];
    at += 1;
  }
  const statement = { text, names };
  if (compiledTexts.size < MAX_COMPILED_TEXTS) compiledTexts.set(source, statement);
  return statement;
}

const NAME = /^[A-Za-z_]\w*/;
const DOLLAR_TAG = /^\$(?:[A-Za-z_]\w*)?\$/;

/** The end of a literal, quoted identifier, dollar-quoted body or comment starting at `at`, or `at` itself. */
function skipOpaque(source: string, at: number): number {
  const char = source[at];
  if (char === "'" || char === '"') {
    let end = at + 1;
    while (end < source.length) {
      if (source[end] === char) {
        if (source[end + 1] !== char) return end + 1;
        end += 1;
      }
      end += 1;
    }
    return source.length;
  }
  if (source.startsWith('--', at)) {
    const end = source.indexOf('\n', at);
    return end < 0 ? source.length : end;
  }
  if (char === '$') {
    const tag = DOLLAR_TAG.exec(source.slice(at))?.[0];
    if (tag) {
      const end = source.indexOf(tag, at + tag.length);
      return end < 0 ? source.length : end + tag.length;
    }
  }
  return at;
}
