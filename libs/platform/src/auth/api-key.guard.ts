import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '@factdesk/persistence';
import { DomainError } from '../errors';
import { ApiKeysService } from './api-keys.service';
import { Caller, PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

export type AuthenticatedRequest = FastifyRequest & { caller?: Caller };

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new DomainError('unauthorized', 'missing credential: send Authorization: Bearer <api key>');
    const caller = await this.apiKeys.authenticate(match[1]);
    if (!caller) throw new DomainError('unauthorized', 'unknown or revoked API key');

    const allowed = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (caller.role !== 'admin' && !allowed.includes(caller.role)) {
      throw new DomainError(
        'forbidden',
        `this action needs role ${[...allowed, 'admin'].join(' or ')}; your key has role ${caller.role}`,
      );
    }
    request.caller = caller;
    return true;
  }
}
