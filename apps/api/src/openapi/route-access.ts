import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { Role } from '@factdesk/persistence';
import { PUBLIC_KEY, ROLES_KEY } from '@factdesk/platform';

/** Who may call a route, as its metadata declares it: roles (admin passes every check), public, or nothing at all. */
export type DeclaredAccess = { kind: 'roles'; roles: Role[] } | { kind: 'public' } | { kind: 'undeclared' };

export interface RouteAccess {
  method: string;
  /** As Fastify sees it: `/v1/claims/:id`. */
  path: string;
  handler: string;
  access: DeclaredAccess;
}

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');

const metadata = <T>(key: string, ...targets: object[]): T | undefined =>
  targets.map((target) => Reflect.getMetadata(key, target) as T | undefined).find((value) => value !== undefined);

/**
 * Every route of `controllers` with the access its metadata declares, read the way ApiKeyGuard reads it (the handler's
 * metadata, else the controller's). The guard lets an undeclared route through to admins only, silently: so an
 * undeclared route is a mistake, refused at start (assertEveryRouteDeclared) and by the role matrix test.
 */
export function routeAccess(controllers: readonly Type[]): RouteAccess[] {
  return controllers.flatMap((controller) => {
    const prefixes = [metadata<string | string[]>(PATH_METADATA, controller) ?? ''].flat();
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') return [];
      const method = metadata<RequestMethod>(METHOD_METADATA, handler);
      const paths = metadata<string | string[]>(PATH_METADATA, handler);
      if (method === undefined || paths === undefined) return [];
      const access = accessOf(handler, controller);
      return prefixes.flatMap((prefix) =>
        [paths].flat().map((path) => ({
          method: RequestMethod[method],
          path: joinPath(prefix, path),
          handler: `${controller.name}.${name}`,
          access,
        })),
      );
    });
  });
}

function accessOf(handler: object, controller: Type): DeclaredAccess {
  if (metadata<boolean>(PUBLIC_KEY, handler, controller)) return { kind: 'public' };
  const roles = metadata<Role[]>(ROLES_KEY, handler, controller);
  return roles ? { kind: 'roles', roles } : { kind: 'undeclared' };
}

export const undeclaredRoutes = (controllers: readonly Type[]): RouteAccess[] =>
  routeAccess(controllers).filter((route) => route.access.kind === 'undeclared');

/** Refuses to start an api with a route that declares neither roles nor public. */
export function assertEveryRouteDeclared(controllers: readonly Type[]): void {
  const undeclared = undeclaredRoutes(controllers);
  if (undeclared.length === 0) return;
  throw new Error(
    `routes without a declared role (give each @ApiRoute roles, or 'public'): ${undeclared
      .map((route) => `${route.method} ${route.path} (${route.handler})`)
      .join(', ')}`,
  );
}
