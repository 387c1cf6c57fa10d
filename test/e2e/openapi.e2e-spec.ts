import { CALLER_EVENTS } from '../../libs/review/src';
import { type Stack, startStack } from '../support/stack';

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: { format?: string } }[];
  requestBody?: { content: Record<string, { examples?: Record<string, unknown>; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string }; example?: unknown }> }>;
}

const ERROR_SCHEMA = '#/components/schemas/ErrorResponseDto';
// Signing in takes the key in its body, so it needs no Authorization header; public ClaimReview is public by design.
const PUBLIC_ROUTES = ['get /health', 'post /v1/session', 'get /public/claimreview', 'get /public/claimreview/{id}'];

/**
 * The OpenAPI document as a user reads it: a new route without a summary, a description naming its roles, its error
 * answers in the shared schema and examples fails here.
 */
describe('OpenAPI document at /docs/json', () => {
  let stack: Stack;
  let document: { paths: Record<string, Record<string, Operation>>; components: Record<string, any> };
  let operations: [string, Operation][];

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    const res = await stack.request('GET', '/docs/json', { as: null });
    expect(res.status).toBe(200);
    document = res.body;
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]): [string, Operation] => [`${method} ${path}`, operation]),
    );
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists the api’s operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it('gives every operation a summary and a description that names its roles', () => {
    for (const [name, operation] of operations) {
      expect({ name, summary: operation.summary?.trim() }).toEqual({ name, summary: expect.stringMatching(/\w/) });
      expect({ name, description: operation.description }).toEqual({
        name,
        description: expect.stringMatching(/\w[\s\S]*\n\nRoles: /),
      });
    }
  });

  it('documents every error an operation can answer with the one error schema and an example', () => {
    for (const [name, operation] of operations) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect({ name, hasErrors: errors.length > 0 }).toEqual({ name, hasErrors: true });
      if (PUBLIC_ROUTES.includes(name)) continue;
      expect({ name, statuses: errors.map(([status]) => status) }).toEqual({
        name,
        statuses: expect.arrayContaining(['401', '403', '429']),
      });
      for (const [status, response] of errors) {
        const json = response.content?.['application/json'];
        expect({ name, status, schema: json?.schema?.$ref }).toEqual({ name, status, schema: ERROR_SCHEMA });
        expect({ name, status, example: json?.example }).toEqual({
          name,
          status,
          example: expect.objectContaining({ statusCode: Number(status), message: expect.any(String) }),
        });
      }
    }
  });

  it('has an example for every request body and every answer with a body', () => {
    for (const [name, operation] of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          expect({ name, status, type, example: media.example !== undefined }).toEqual({
            name,
            status,
            type,
            example: true,
          });
        }
      }
      const body = operation.requestBody?.content['application/json'];
      if (operation.requestBody) {
        expect({ name, examples: Object.keys(body?.examples ?? {}).length > 0 }).toEqual({ name, examples: true });
      }
      const success = Object.keys(operation.responses).filter((status) => Number(status) < 400);
      expect({ name, success: success.length > 0 }).toEqual({ name, success: true });
    }
  });

  it('documents body limits and validation wherever a body is sent', () => {
    for (const [name, operation] of operations.filter(([, candidate]) => candidate.requestBody)) {
      expect({ name, statuses: Object.keys(operation.responses) }).toEqual({
        name,
        statuses: expect.arrayContaining(['400', '413', '415']),
      });
    }
  });

  it('types every path id as a uuid and documents its 404', () => {
    for (const [name, operation] of operations) {
      for (const parameter of (operation.parameters ?? []).filter((candidate) => candidate.in === 'path')) {
        expect({ name, parameter: parameter.name, format: parameter.schema?.format }).toEqual({
          name,
          parameter: parameter.name,
          format: 'uuid',
        });
        expect({ name, has404: '404' in operation.responses }).toEqual({ name, has404: true });
      }
    }
  });

  it('asks for a bearer API key on every route but health, and does not call it a JWT', () => {
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(JSON.stringify(document.components.securitySchemes)).not.toMatch(/jwt/i);
    for (const [name, operation] of operations) {
      const secured = (operation.security ?? []).some((requirement) => 'bearer' in requirement);
      expect({ name, secured }).toEqual({ name, secured: !PUBLIC_ROUTES.includes(name) });
    }
  });

  it('offers only the events a caller may fire, each payload described', async () => {
    const transition = document.components.schemas.TransitionDto;
    expect(transition.properties.event.enum).toEqual([...CALLER_EVENTS]);
    expect(transition.properties.event.enum).not.toEqual(expect.arrayContaining(['triage']));
    for (const systemEvent of ['triage', 'match', 'lease_expired'])
      expect(transition.properties.event.enum).not.toContain(systemEvent);
    for (const event of CALLER_EVENTS) expect(transition.properties.payload.description).toContain(`- \`${event}\` (`);
    expect(transition.properties.payload.description).toContain(
      '`attributionVerdict` (confirmed | misattributed | distorted | unverifiable)',
    );

    const claim = await stack.request('POST', '/v1/claims', {
      as: 'reviewer',
      body: { source: 'Bloomberg', sourceType: 'media', content: 'Türkiye plans to supply Syria with vehicles' },
    });
    const fired = await stack.request('POST', `/v1/claims/${claim.body.id}/transitions`, {
      as: 'admin',
      body: { event: 'triage', expectedVersion: 1 },
    });
    expect(fired.status).toBe(400);
    expect(fired.body.message).toContain('event must be one of the following values');
  });
});
