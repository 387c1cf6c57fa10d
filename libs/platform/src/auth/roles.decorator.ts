import { SetMetadata } from '@nestjs/common';
import type { Role } from '@factdesk/persistence';

export const ROLES_KEY = 'factdesk:roles';
export const PUBLIC_KEY = 'factdesk:public';

/** Roles allowed on a route; admin is always allowed. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Health and docs only: everything else needs a key. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}
