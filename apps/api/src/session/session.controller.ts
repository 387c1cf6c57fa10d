import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Caller, CurrentCaller, SessionsService, sessionCookieHeader } from '@factdesk/platform';
import { ApiRoute } from '../openapi/api-route.decorator';
import { IDS } from '../openapi/examples';
import { OpenSessionDto, SessionDto } from './dto/session.dto';

const SESSION = { keyId: IDS.reviewerKey, name: 'Reviewer 1', role: 'reviewer', expiresAt: '2026-12-07T11:00:00.000Z' };
const EVERY_ROLE = ['intake', 'reviewer', 'editor'] as const;

const toSession = (caller: Caller): SessionDto => ({
  keyId: caller.keyId,
  name: caller.name,
  role: caller.role,
  expiresAt: caller.session?.expiresAt ?? null,
});

@ApiTags('session')
@Controller('v1/session')
export class SessionController {
  constructor(private readonly sessions: SessionsService) {}

  @Post()
  @HttpCode(201)
  @ApiRoute({
    summary: 'Sign in: trade an API key for a session cookie',
    description:
      'For browsers, which cannot send a Bearer header from a page or an EventSource. Answers with a ' +
      '`factdesk_session` cookie: HttpOnly, SameSite=Strict, signed, lasting SESSION_HOURS (12), revocable (sign-out, ' +
      'or revoking the key, ends it at once). Every route that takes a key takes the cookie too; a write (any method ' +
      'but GET/HEAD) made with the cookie must also send an `X-Requested-With` header and, if it sends `Origin`, this ' +
      'host (CSRF), else 403. The key goes in the body, so this route needs no Authorization header.',
    roles: 'public',
    body: { type: OpenSessionDto, examples: { key: { summary: 'A reviewer key', value: { key: 'fdk_…' } } } },
    responses: [
      {
        status: 201,
        type: SessionDto,
        description: 'Signed in; the cookie is in Set-Cookie',
        example: SESSION,
        headers: {
          'set-cookie': {
            description: 'factdesk_session=…; Path=/; HttpOnly; SameSite=Strict',
            schema: { type: 'string' },
          },
        },
      },
    ],
    errors: { 401: 'The key is unknown or revoked.' },
  })
  async open(
    @Body() body: OpenSessionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const opened = await this.sessions.open(body.key);
    const maxAge = Math.round((opened.expiresAt.getTime() - Date.now()) / 1000);
    reply.header('set-cookie', sessionCookieHeader(opened.cookie, maxAge, request.protocol === 'https'));
    return toSession(opened.caller);
  }

  @Get()
  @ApiRoute({
    summary: 'Who is signed in',
    description: 'The caller behind the cookie (or Bearer key): name, role and when the session ends.',
    roles: EVERY_ROLE,
    responses: [{ status: 200, type: SessionDto, description: 'The caller', example: SESSION }],
    errors: { 401: 'No credential, or the session was signed out, expired or its key revoked.' },
  })
  current(@CurrentCaller() caller: Caller): SessionDto {
    return toSession(caller);
  }

  @Delete()
  @HttpCode(204)
  @ApiRoute({
    summary: 'Sign out',
    description:
      'Revokes the session behind the cookie (it no longer opens anything, even if a copy was kept) and clears the ' +
      'cookie. Needs `X-Requested-With` like every cookie write. With a Bearer key there is no session to end.',
    roles: EVERY_ROLE,
    responses: [{ status: 204, description: 'Signed out; the cookie is cleared' }],
  })
  async close(
    @CurrentCaller() caller: Caller,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (caller.session) await this.sessions.revoke(caller.session.id);
    reply.header('set-cookie', sessionCookieHeader('', 0, request.protocol === 'https'));
  }
}
