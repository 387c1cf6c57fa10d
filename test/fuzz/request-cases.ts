import { randomBytes, randomUUID } from 'crypto';
import type { Role } from '../support/stack';
import { BAD_IDS, HOSTILE_STRINGS, HOSTILE_VALUES, forgedCursor, hostileValue, mutateCursor } from './hostile-values';
import type { Operation, Parameter, Schema } from './openapi-operations';
import type { Random } from './random';

/** What a case knows of the desk under test: real row ids by path segment, keys, and cursors seen so far. */
export interface FuzzContext {
  /** Ids of real rows by the path segment that names them ("claims", "evidence", "aliases"). */
  ids: Record<string, string[]>;
  keys: Record<Role, string>;
  /** Keys that must be refused: revoked, expired (when keys can expire), forged. */
  badKeys: string[];
  cursors: string[];
}

export interface FuzzRequest {
  kind: string;
  method: string;
  /** The route as documented, for the report. */
  route: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  streams: boolean;
}

// Weighted by repetition: hostile bodies and queries most, a valid request now and then to move the desk along.
const KINDS = [
  ...['field', 'field', 'field', 'missing', 'shape', 'shape', 'content-type'],
  ...['query', 'query', 'query', 'path', 'path', 'header', 'header'],
  ...['auth', 'role', 'valid'],
];
const ROLES: Role[] = ['intake', 'reviewer', 'editor', 'admin'];
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'application/xml',
  'application/json; charset=utf-16',
  'application/jsonx',
  '',
];
const BROKEN_BODIES: readonly (string | Buffer)[] = [
  '',
  '{',
  '{"a":1,}',
  "{'a':1}",
  'null',
  '"string"',
  '[]',
  '[[[[[[[[[[',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '\u0000',
  '{"__proto__":{"isAdmin":true}}',
  '{"a":1}{"b":2}',
  '{"a":' + '['.repeat(50_000),
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
];

/** Percent-encodes any string, lone surrogates included (as the bytes a careless client would send). */
export function encodeComponent(value: string): string {
  let out = '';
  for (const char of value) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      out += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** A value the schema accepts, from its example, enum or type. */
function validValue(schema: Schema, random: Random): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return random.pick(schema.enum);
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [validValue(schema.items ?? {}, random)];
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => schema.required?.includes(name))
          .map(([name, property]) => [name, validValue(property, random)]),
      );
    default:
      return 'fuzz text';
  }
}

/** The last path segment before `{param}` names what it points at: /v1/claims/{id}/evidence/{evidenceId}. */
function segmentOf(path: string, name: string): string {
  const segments = path.split('/');
  return segments[segments.indexOf(`{${name}}`) - 1] ?? '';
}

export class RequestCases {
  constructor(
    private readonly random: Random,
    private readonly context: FuzzContext,
  ) {}

  next(operation: Operation): FuzzRequest {
    const kind = this.random.pick(KINDS.filter((k) => this.applies(k, operation)));
    const body = operation.body ? this.exampleBody(operation) : undefined;
    const request: FuzzRequest = {
      kind,
      method: operation.method,
      route: `${operation.method} ${operation.path}`,
      url: this.path(operation, kind === 'path') + this.query(operation, kind === 'query'),
      headers: this.headers(operation, kind),
      body: body === undefined ? undefined : JSON.stringify(body),
      streams: operation.streams,
    };
    if (body !== undefined) request.headers['content-type'] = 'application/json';
    if (kind === 'field' || kind === 'missing') request.body = JSON.stringify(this.mutateBody(body, operation, kind));
    if (kind === 'shape') {
      request.body = this.random.chance(0.5)
        ? this.random.pick(BROKEN_BODIES)
        : (JSON.stringify(hostileValue(this.random)) ?? 'null');
    }
    if (kind === 'content-type') {
      const type = this.random.pick(WRONG_CONTENT_TYPES);
      if (type) request.headers['content-type'] = type;
      else delete request.headers['content-type'];
    }
    return request;
  }

  private applies(kind: string, operation: Operation): boolean {
    const has = (where: Parameter['in']) => operation.parameters.some((p) => p.in === where);
    switch (kind) {
      case 'auth':
        return operation.roles !== 'public';
      case 'role':
        return operation.roles !== 'public' && ROLES.some((role) => !this.allowed(operation, role));
      case 'path':
        return has('path');
      case 'query':
        return has('query');
      case 'header':
        return has('header');
      case 'field':
      case 'missing':
      case 'shape':
      case 'content-type':
        return Boolean(operation.body);
      default:
        return true;
    }
  }

  private allowed(operation: Operation, role: Role): boolean {
    return operation.roles === 'public' || role === 'admin' || operation.roles.includes(role);
  }

  private credential(operation: Operation, kind: string): string | undefined {
    if (kind === 'auth') {
      return this.random.pick([
        undefined,
        ...this.context.badKeys.map((key) => `Bearer ${key}`),
        `Bearer fdk_${randomBytes(24).toString('base64url')}`,
        `Bearer ${this.context.keys.admin}x`,
        `Bearer ${this.context.keys.admin.slice(0, -1)}`,
        `Bearer ${this.context.keys.admin.toUpperCase()}`,
        `Basic ${Buffer.from('admin:admin').toString('base64')}`,
        'Bearer',
        'Bearer ',
        `bearer  ${this.context.keys.admin}`,
        `Bearer ${'a'.repeat(8_000)}`,
        `Bearer ' OR 1=1 --`,
      ]);
    }
    const roles = ROLES.filter((role) => this.allowed(operation, role) === (kind !== 'role'));
    return `Bearer ${this.context.keys[this.random.pick(roles)]}`;
  }

  private headers(operation: Operation, kind: string): Record<string, string> {
    const headers: Record<string, string> = {};
    const credential = this.credential(operation, kind);
    if (credential) headers.authorization = credential;
    for (const parameter of operation.parameters.filter((p) => p.in === 'header')) {
      if (kind === 'header') {
        // fetch refuses control and non-Latin-1 characters in headers, as any HTTP client library would
        const printable = HOSTILE_STRINGS.filter((s) => /^[\x20-\x7e]{0,8000}$/.test(s));
        headers[parameter.name] = this.random.pick([...printable, '9'.repeat(400), '-1', randomUUID()]);
      } else if (this.random.chance(0.5)) {
        headers[parameter.name] = String(validValue(parameter.schema, this.random));
      }
    }
    return headers;
  }

  private path(operation: Operation, hostile: boolean): string {
    const params = operation.parameters.filter((p) => p.in === 'path');
    const target = hostile ? this.random.pick(params) : undefined;
    return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (name === target?.name) return this.badId();
      const real = this.context.ids[segmentOf(operation.path, name)] ?? [];
      return real.length && this.random.chance(0.9) ? this.random.pick(real) : randomUUID();
    });
  }

  private badId(): string {
    const others = Object.values(this.context.ids).flat();
    const choice = this.random.int(4);
    if (choice === 0 && others.length) return this.random.pick(others); // a real id of another kind of row
    if (choice === 1) return this.random.pick(['..', '%00', '%2e%2e', '%ZZ', '%']);
    return encodeComponent(this.random.pick([...BAD_IDS, ...HOSTILE_STRINGS.filter((s) => s.length < 20_000)]));
  }

  private query(operation: Operation, hostile: boolean): string {
    const params = operation.parameters.filter((p) => p.in === 'query');
    const pairs: Array<[string, string]> = [];
    for (const parameter of params) {
      if (!hostile) {
        if (parameter.name === 'cursor' && this.context.cursors.length && this.random.chance(0.3)) {
          pairs.push([parameter.name, encodeComponent(this.random.pick(this.context.cursors))]);
        }
        continue;
      }
      if (!this.random.chance(Math.max(0.3, 1 / params.length))) continue;
      for (let n = this.random.chance(0.2) ? 3 : 1; n > 0; n--)
        pairs.push([parameter.name, this.queryValue(parameter)]);
    }
    if (hostile && this.random.chance(0.2)) pairs.push([encodeComponent(this.random.pick(HOSTILE_STRINGS)), 'x']);
    if (hostile && !pairs.length) pairs.push([params[0].name, this.queryValue(params[0])]);
    return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  }

  private queryValue(parameter: Parameter): string {
    if (parameter.name === 'cursor' || parameter.name.endsWith('Cursor')) {
      const seen = this.context.cursors;
      const cursor = seen.length && this.random.chance(0.5) ? mutateCursor(this.random.pick(seen), this.random) : '';
      return encodeComponent(cursor || forgedCursor(this.random));
    }
    if (this.random.chance(0.1)) return this.random.pick(['%', '%zz', '%00', '%ED%A0%80', '&&', '=']); // raw
    const value = this.random.chance(0.15) ? this.random.pick(BAD_IDS) : this.random.pick(HOSTILE_STRINGS);
    return encodeComponent(value.length > 20_000 ? value.slice(0, 20_000) : value);
  }

  private exampleBody(operation: Operation): unknown {
    const examples = operation.body!.examples;
    const body = examples.length ? this.random.pick(examples) : validValue(operation.body!.schema, this.random);
    return this.withRealIds(structuredClone(body));
  }

  /** Example uuids name no row: swap in real ones so the request gets past the lookups. */
  private withRealIds(value: unknown): unknown {
    const all = Object.values(this.context.ids).flat();
    if (typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value) && all.length)
      return this.random.pick(all);
    if (Array.isArray(value)) return value.map((item) => this.withRealIds(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.withRealIds(v)]));
    }
    return value;
  }

  /** One field (at any depth) replaced by a hostile value, removed, or joined by an unknown one. */
  private mutateBody(body: unknown, operation: Operation, kind: string): unknown {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return hostileValue(this.random);
    const copy = { ...(body as Record<string, unknown>) };
    const fields = [...new Set([...Object.keys(copy), ...Object.keys(operation.body!.schema.properties ?? {})])];
    const field = fields.length ? this.random.pick(fields) : 'field';
    if (kind === 'missing') {
      if (this.random.chance(0.7)) delete copy[field];
      else copy[this.random.pick(['unknown', '__proto__', 'constructor', 'id', 'version', 'role'])] = 1;
      return copy;
    }
    const inner = copy[field];
    copy[field] =
      inner && typeof inner === 'object' && !Array.isArray(inner) && this.random.chance(0.6)
        ? this.mutateBody(inner, { ...operation, body: { schema: {}, examples: [] } }, kind)
        : this.random.chance(0.8)
          ? hostileValue(this.random)
          : this.random.pick(HOSTILE_VALUES);
    return copy;
  }
}
