import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@factdesk/persistence';
import { DomainError } from '../errors';
import { noteCaller } from '../logging/access-log';
import { ApiKeysService } from './api-keys.service';
import { bearerCredential } from './bearer-credential';
import { Caller, PUBLIC_KEY, ROLES_KEY, STREAM_TOKEN_KEY } from './roles.decorator';
import { readCookie, SESSION_COOKIE } from './session-cookie';
import { SessionsService } from './sessions.service';
import { StreamTokensService } from './stream-tokens.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly streamTokens: StreamTokensService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = await this.authenticate(
      request,
      this.reflector.getAllAndOverride<boolean>(STREAM_TOKEN_KEY, targets),
    );

    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (caller.role !== 'admin' && !allowed.includes(caller.role)) {
      throw new DomainError(
        'forbidden',
        `this action needs role ${[...allowed, 'admin'].join(' or ')}; your key has role ${caller.role}`,
      );
    }
    if (caller.session) refuseCrossSiteWrite(request);
    request.caller = caller;
    noteCaller(request.raw, caller.keyId);
    return true;
  }

  private async authenticate(request: AuthenticatedRequest, acceptsStreamToken = false): Promise<Caller> {
    const token = (request.query as Record<string, unknown> | undefined)?.token;
    if (acceptsStreamToken && typeof token === 'string' && !request.headers.authorization) {
      const caller = await this.streamTokens.redeem(token);
      if (!caller)
        throw new DomainError('unauthorized', 'unknown, used or expired stream token: ask POST /v1/events/token');
      return caller;
    }
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (cookie && !request.headers.authorization) {
      const caller = await this.sessions.authenticate(cookie);
      if (!caller)
        throw new DomainError('unauthorized', 'your session has ended (signed out or expired): sign in again');
      return caller;
    }
    const credential = await bearerCredential(request, this.apiKeys);
    if (credential.kind === 'missing')
      throw new DomainError('unauthorized', 'missing credential: send Authorization: Bearer <api key>');
    if (credential.kind === 'unknown') throw new DomainError('unauthorized', 'unknown, revoked or expired API key');
    return credential.caller;
  }
}

/**
 * CSRF: a browser attaches the cookie by itself, so a write with it must also carry a header no cross-site form or
 * simple request can set (X-Requested-With forces a CORS preflight, which this API never grants), and any Origin it
 * sends must be this host. SameSite=Strict already keeps other sites' requests cookie-less; this is the second lock.
 */
function refuseCrossSiteWrite(request: AuthenticatedRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (!request.headers['x-requested-with']) {
    throw new DomainError('forbidden', 'a write signed in by session cookie needs the X-Requested-With header');
  }
  const origin = request.headers.origin;
  if (origin && hostOf(origin) !== request.headers.host) {
    throw new DomainError('forbidden', `a write signed in by session cookie must come from this site, not ${origin}`);
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
