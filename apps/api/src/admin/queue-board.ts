import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ApiKeysService,
  type Caller,
  httpErrorBody,
  noteCaller,
  readCookie,
  SESSION_COOKIE,
  SessionsService,
} from '@factdesk/platform';
import { MonitoredQueues } from '../metrics/monitored-queues';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * bull-board at /admin/queues for admins: a browser signed in with POST /v1/session (its cookie), or a Bearer admin
 * key. Read-only: it shows every queue and job; retries and replays go through the API, which audits them, and a
 * cookie-signed write from a page is exactly what a cross-site request would look like.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const apiKeys = app.get(ApiKeysService);
  const sessions = app.get(SessionsService);
  const board = new FastifyAdapter();
  createBullBoard({
    queues: app.get(MonitoredQueues).all.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'factdesk queues' } },
  });
  board.setBasePath(QUEUE_BOARD_PATH);

  const authenticate = async (request: FastifyRequest): Promise<Caller | null> => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer) return apiKeys.authenticate(bearer);
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    return cookie ? sessions.authenticate(cookie) : null;
  };
  const refuse = (reply: FastifyReply, status: number, message: string) =>
    reply.code(status).type('application/json').send(httpErrorBody(status, message));

  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => {
      const caller = await authenticate(request);
      if (!caller) return refuse(reply, 401, 'sign in first: POST /v1/session with an admin key, or send a Bearer key');
      noteCaller(request.raw, caller.keyId);
      if (caller.role !== 'admin')
        return refuse(reply, 403, `the queue board needs role admin; yours is ${caller.role}`);
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return refuse(reply, 403, 'the queue board is read-only');
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}
