import type { Role } from '../support/stack';

/** A JSON schema as @nestjs/swagger writes it, after `$ref`s are resolved. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema: Schema;
}

/** One route of the OpenAPI document, with what the fuzzer needs to build requests for it. */
export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { schema: Schema; examples: unknown[] };
  /** The roles that may call it (admin passes every check), or `public` when it needs no key. */
  roles: Role[] | 'public';
  /** An answer that is an open stream (SSE): the fuzzer reads its headers only. */
  streams: boolean;
}

interface RawOperation {
  parameters?: Array<Parameter & { schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema; examples?: Record<string, { value: unknown }> }> };
  responses: Record<string, { description?: string; content?: Record<string, unknown> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

const ROLES: Role[] = ['intake', 'reviewer', 'editor', 'admin'];

/** Replaces `$ref`s by the schemas they name, to any depth (the DTOs are not recursive). */
function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(document.components?.schemas?.[name] ?? {}, document);
  }
  const resolved: Schema = { ...schema };
  if (schema.items) resolved.items = resolve(schema.items, document);
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, property]) => [name, resolve(property, document)]),
    );
  }
  return resolved;
}

/** The roles named by the route's 403 sentence ("The key's role is not one of: reviewer, editor, admin."). */
function rolesOf(raw: RawOperation): Role[] | 'public' {
  if (!raw.security?.length) return 'public';
  const sentence = raw.responses['403']?.description ?? '';
  const named = ROLES.filter((role) => new RegExp(`\\b${role}\\b`).test(sentence));
  return named.length ? named : ['admin'];
}

export function readOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, raw]) => {
      const json = raw.requestBody?.content['application/json'];
      return {
        method: method.toUpperCase(),
        path,
        parameters: (raw.parameters ?? []).map((parameter) => ({
          name: parameter.name,
          in: parameter.in,
          schema: resolve(parameter.schema ?? { type: 'string' }, document),
        })),
        body: json
          ? {
              schema: resolve(json.schema, document),
              examples: Object.values(json.examples ?? {}).map((example) => example.value),
            }
          : undefined,
        roles: rolesOf(raw),
        streams: Object.values(raw.responses).some((response) => response.content?.['text/event-stream']),
      };
    }),
  );
}
