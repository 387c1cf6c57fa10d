import { randomUUID } from 'crypto';
import { API_CONTROLLERS } from '../../apps/api/src/api.module';
import { type RouteAccess, routeAccess, undeclaredRoutes } from '../../apps/api/src/openapi/route-access';
import { type Stack, startStack } from '../support/stack';

/** Every credential a caller can hold, from none to admin (the real role list: libs/persistence ROLES). */
const CALLERS = [null, 'intake', 'reviewer', 'editor', 'admin'] as const;
type CallerKind = (typeof CALLERS)[number];

/** The routes, read from the api's own route metadata (what ApiKeyGuard enforces), not from a list kept here. */
const ROUTES = routeAccess(API_CONTROLLERS);
const routeName = (route: RouteAccess) => `${route.method} ${route.path}`;

/** What a caller must get: no credential 401, a role the route does not declare 403, a declared role past the guard. */
function expected(route: RouteAccess, caller: CallerKind): 'passes' | 401 | 403 {
  if (route.access.kind === 'public') return 'passes';
  if (route.access.kind === 'undeclared') throw new Error(`${routeName(route)} declares no role`);
  if (caller === null) return 401;
  return caller === 'admin' || route.access.roles.includes(caller) ? 'passes' : 403;
}

/**
 * The role x route matrix (issue 16), on the real api: each route called once per credential with random ids and an
 * empty body. Past the guard, a 400 (validation), 404 (unknown id) or 409 is a pass: the guard let the caller through.
 */
describe('role x route matrix (e2e)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Status only: the body is dropped unread, so an event stream that opens for an allowed role does not hang. */
  async function statusOf(route: RouteAccess, caller: CallerKind): Promise<number> {
    const path = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
    const headers: Record<string, string> = caller ? { authorization: `Bearer ${stack.keys[caller]}` } : {};
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
    if (hasBody) headers['content-type'] = 'application/json';
    const controller = new AbortController();
    const response = await fetch(stack.baseUrl + path, {
      method: route.method,
      headers,
      body: hasBody ? '{}' : undefined,
      signal: controller.signal,
    });
    controller.abort();
    return response.status;
  }

  it('reads a declared role or public on every route, and the api documents exactly these routes with those roles', async () => {
    expect(ROUTES.length).toBeGreaterThan(40);
    expect(undeclaredRoutes(API_CONTROLLERS)).toEqual([]);
    const document = (await stack.request('GET', '/docs/json', { as: null })).body as {
      paths: Record<string, Record<string, { description?: string }>>;
    };
    // @ApiRoute ends every description with its roles: "Roles: editor, admin (admin …)" or "Roles: none; …".
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => {
        const roles = /Roles: ([a-z, ]+?)(?: \(|;)/.exec(operation.description ?? '')?.[1];
        return {
          route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          roles: roles === 'none' ? 'public' : roles?.split(', ').sort(),
        };
      }),
    );
    const declared = ROUTES.map((route) => ({
      route: routeName(route),
      // The document names admin in every 403 sentence; an admin-only route declares no other role.
      roles:
        route.access.kind === 'roles'
          ? [...new Set([...route.access.roles, 'admin'])].sort()
          : route.access.kind === 'public'
            ? 'public'
            : 'undeclared',
    }));
    const byRoute = (a: { route: string }, b: { route: string }) => (a.route < b.route ? -1 : 1);
    expect(documented.sort(byRoute)).toEqual(declared.sort(byRoute));
  });

  it.each(ROUTES.map((route) => [routeName(route), route] as const))('%s', async (_name, route) => {
    const seen: Record<string, number | string> = {};
    const wanted: Record<string, number | string> = {};
    for (const caller of CALLERS) {
      const status = await statusOf(route, caller);
      const expectation = expected(route, caller);
      const label = caller ?? 'no credential';
      wanted[label] = expectation === 'passes' ? 'not 401/403' : expectation;
      seen[label] = expectation === 'passes' && status !== 401 && status !== 403 ? 'not 401/403' : status;
      // Past the guard is never a server error either.
      expect(status).toBeLessThan(500);
    }
    expect(seen).toEqual(wanted);
  });
});
