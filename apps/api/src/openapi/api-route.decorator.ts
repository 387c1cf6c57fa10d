import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOperation,
  ApiParam,
  ApiResponse,
  type ApiResponseOptions,
} from '@nestjs/swagger';
import { STATUS_CODES } from 'http';
import { type Role } from '@factdesk/persistence';
import { Public, Roles } from '@factdesk/platform';
import { BODY_LIMIT_BYTES } from '../body-limit';
import { ErrorResponseDto } from './error-response.dto';

const EXAMPLE_ID = '0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10';

/** The error statuses a route documents; each comes with a sentence saying when it is answered. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

export interface SuccessDoc {
  status: number;
  description: string;
  /** The response DTO; omit for an empty body (204) or give `schema`. */
  type?: Type | [Type];
  schema?: Record<string, unknown>;
  /** Required whenever the answer has a body. */
  example?: unknown;
  /** The media type when it is not JSON (metrics). */
  contentType?: string;
  /** Response headers worth knowing (`x-read-source` of the lists). */
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

export interface ApiRouteDoc {
  summary: string;
  description: string;
  /** Who may call it besides admin, who passes every role check; `public` for health and docs only. */
  roles: readonly Role[] | 'public';
  /** Path parameters, all uuids: name -> the thing it names ("claim"). A wrong or unknown id answers 404. */
  ids?: Record<string, string>;
  /** The request body's DTO and examples by name; documents the 400, 413 and 415 every body can meet. */
  body?: { type: Type; examples: Record<string, { summary: string; value: unknown }> };
  /** A query DTO is described by its own decorators; this documents its 400. */
  query?: true;
  responses: SuccessDoc[];
  /** Errors beyond the ones implied above (e.g. 409 for a stale version), or a sharper sentence for one of them. */
  errors?: Partial<Record<ErrorStatus, string>>;
}

const roleList = (roles: readonly Role[]) => [...roles, 'admin'].join(', ');

function impliedErrors(doc: ApiRouteDoc): Partial<Record<ErrorStatus, string>> {
  const errors: Partial<Record<ErrorStatus, string>> = {};
  if (doc.body || doc.query) errors[400] = 'The input fails validation; `details` lists each field and its errors.';
  if (doc.roles !== 'public') {
    errors[401] = 'No `Authorization: Bearer <key>` header, or the key is unknown, revoked or expired.';
    errors[403] = `The key's role is not one of: ${roleList(doc.roles)}.`;
    errors[429] =
      'Over the rate limit: RATE_LIMIT_PER_KEY calls per key (RATE_LIMIT_PER_IP per address without a valid key) ' +
      'in RATE_LIMIT_WINDOW_SECONDS, counted across routes and api processes; `Retry-After` says when to retry.';
  }
  const things = Object.values(doc.ids ?? {});
  if (things.length) errors[404] = `No ${things.join(' or no ')} with this id (an id that is not a uuid included).`;
  if (doc.body) {
    errors[413] = `The body is over ${BODY_LIMIT_BYTES / 1024 / 1024} MiB.`;
    errors[415] = 'The body is not `application/json`.';
  }
  return errors;
}

/** What the answer looks like: the message and details the filter really sends for each kind of error. */
function errorExample(status: ErrorStatus, when: string, doc: ApiRouteDoc): { message: string; details: unknown } {
  switch (status) {
    case 400:
      return {
        message: 'outlet should not be empty',
        details: [{ field: 'outlet', errors: ['outlet should not be empty'] }],
      };
    case 401:
      return { message: 'missing credential: send Authorization: Bearer <api key>', details: null };
    case 403:
      return doc.roles === 'public'
        ? { message: when, details: null }
        : {
            message: `this action needs role ${[...doc.roles, 'admin'].join(' or ')}; your key has role intake`,
            details: null,
          };
    case 404:
      return {
        message: `${Object.values(doc.ids ?? {})[0] ?? 'claim'} ${EXAMPLE_ID} does not exist`,
        details: { id: EXAMPLE_ID },
      };
    case 429:
      return {
        message: 'this API key made more than 1200 requests in 60 s; retry after 17 s',
        details: { limit: 1200, windowSeconds: 60, retryAfterSeconds: 17 },
      };
    case 413:
      return { message: 'Request body is too large', details: { code: 'FST_ERR_CTP_BODY_TOO_LARGE' } };
    case 415:
      return { message: 'Unsupported Media Type', details: { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' } };
    default:
      return { message: when, details: null };
  }
}

function errorResponse(status: ErrorStatus, when: string, doc: ApiRouteDoc): ApiResponseOptions {
  const example = { statusCode: status, error: STATUS_CODES[status], ...errorExample(status, when, doc) };
  return { status, description: when, type: ErrorResponseDto, example };
}

function successResponse(success: SuccessDoc): ApiResponseOptions {
  const { contentType, example, schema, type, ...rest } = success;
  if (contentType) return { ...rest, content: { [contentType]: { schema: { type: 'string' }, example } } };
  if (schema) return { ...rest, schema, example };
  if (type) return { ...rest, type, example };
  return rest;
}

/**
 * The house convention for one operation, in one place: summary; description ending with the roles; bearer auth
 * and the server-side @Roles check (roles are declared here only); uuid path parameters; the request body's
 * examples; each success with its example; each error it can answer with the shared error schema.
 */
export function ApiRoute(doc: ApiRouteDoc): MethodDecorator {
  const roles =
    doc.roles === 'public'
      ? 'Roles: none; no key is needed.'
      : `Roles: ${roleList(doc.roles)} (admin passes every role check).`;
  const errors = { ...impliedErrors(doc), ...doc.errors };
  return applyDecorators(
    ApiOperation({ summary: doc.summary, description: `${doc.description}\n\n${roles}` }),
    ApiExtraModels(ErrorResponseDto),
    ...(doc.roles === 'public' ? [Public()] : [ApiBearerAuth(), Roles(...doc.roles)]),
    ...Object.entries(doc.ids ?? {}).map(([name, thing]) =>
      ApiParam({ name, format: 'uuid', type: String, description: `The ${thing}'s id` }),
    ),
    ...(doc.body ? [ApiBody({ type: doc.body.type, examples: doc.body.examples })] : []),
    ...doc.responses.map((success) => ApiResponse(successResponse(success))),
    ...Object.entries(errors).map(([status, when]) =>
      ApiResponse(errorResponse(Number(status) as ErrorStatus, when, doc)),
    ),
  );
}
