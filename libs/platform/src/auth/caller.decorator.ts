import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from './api-key.guard';
import type { Caller as CallerIdentity } from './roles.decorator';

/** The authenticated key behind the request (set by ApiKeyGuard). */
export const Caller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CallerIdentity =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().caller as CallerIdentity,
);
