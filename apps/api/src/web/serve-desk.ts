import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'fs';
import { join } from 'path';

/** The built desk (npm run build writes it beside the compiled api: dist/web). */
export const DESK_ROOT = join(__dirname, '..', '..', '..', '..', 'web');
/** Paths that belong to the API and the operators: never the desk's page, so their unknown paths stay JSON 404s. */
const SERVER_PATHS = /^\/(v1|docs|health|metrics|admin|public)(\/|$)/;

/**
 * Serves the desk at `/`: its files (hashed, so cached for a year; .br/.gz sent when accepted), and index.html for
 * every other GET outside the API, so a reload on /claims/<id> opens the page the desk routes to itself.
 */
export async function serveDesk(fastify: FastifyInstance): Promise<void> {
  if (!existsSync(join(DESK_ROOT, 'index.html'))) return;
  await fastify.register(fastifyStatic, {
    root: DESK_ROOT,
    wildcard: false,
    preCompressed: true,
    index: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = (_request: unknown, reply: { sendFile: (file: string) => unknown }) => reply.sendFile('index.html');
  fastify.get('/', page);
  fastify.get('/*', (request, reply) => {
    if (SERVER_PATHS.test(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
