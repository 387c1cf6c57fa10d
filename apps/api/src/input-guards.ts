import type { FastifyInstance } from 'fastify';
import {
  DomainError,
  findUnsafeText,
  jsonNestsDeeperThan,
  MAX_JSON_DEPTH,
  mayHoldUnsafeText,
  type UnsafeText,
} from '@factdesk/platform';

const refusal = ({ field, problem }: UnsafeText) =>
  new DomainError('invalid_input', `${field} ${problem}`, [{ field, errors: [problem] }]);

/**
 * One check for every route, before any DTO sees the request: a JSON body nested too deep is refused before it is
 * parsed, and text PostgreSQL cannot store (NUL, lone surrogates) in the body or the query string is refused naming
 * the field. The parse itself stays Fastify's (prototype poisoning refused).
 */
export function guardRequestInput(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser<string>('application/json', { parseAs: 'string' }, (request, text, done) => {
    if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      done(refusal({ field: '(body)', problem: `must not nest deeper than ${MAX_JSON_DEPTH} levels` }), undefined);
      return;
    }
    void parseJson(request, text, (error, body) => {
      const unsafe = !error && mayHoldUnsafeText(text) ? findUnsafeText(body) : null;
      if (unsafe) done(refusal(unsafe), undefined);
      else done(error, body);
    });
  });
  fastify.addHook('preValidation', (request, _reply, done) => {
    const unsafe = findUnsafeText(request.query);
    done(unsafe ? refusal(unsafe) : undefined);
  });
}
