import type { IncomingMessage } from 'http';

/** What the access log line adds to pino-http's: the route pattern and the key that called, noted as they are known. */
interface AccessFacts {
  route?: string;
  keyId?: string;
}

const facts = new WeakMap<IncomingMessage, AccessFacts>();

const note = (req: IncomingMessage, fact: AccessFacts): void => {
  facts.set(req, { ...facts.get(req), ...fact });
};

/** The route pattern (`/v1/claims/:id`), known once Fastify has matched the request. */
export const noteRoute = (req: IncomingMessage, route: string | undefined): void => note(req, { route });

/** The API key behind the request, known once the guard has authenticated it. */
export const noteCaller = (req: IncomingMessage, keyId: string): void => note(req, { keyId });

export const accessFacts = (req: IncomingMessage): AccessFacts => facts.get(req) ?? {};
