import { SetMetadata } from '@nestjs/common';
import type { Role } from '@factdesk/persistence';

export const ROLES_KEY = 'factdesk:roles';
export const PUBLIC_KEY = 'factdesk:public';
export const STREAM_TOKEN_KEY = 'factdesk:stream-token';

/** Roles allowed on a route; admin is always allowed. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Health and docs only: everything else needs a key. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Event streams also take a single-use `?token=` (StreamTokensService) in place of the Authorization header. */
export const AcceptsStreamToken = () => SetMetadata(STREAM_TOKEN_KEY, true);

export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  /** Set when the credential is a browser session cookie (POST /v1/session) rather than a Bearer key. */
  session?: { id: string; expiresAt: string };
}
