import { Controller, Delete, Get, Post } from '@nestjs/common';
import { Public, Roles } from '@factdesk/platform';
import { API_CONTROLLERS } from '../api.module';
import { assertEveryRouteDeclared, routeAccess, undeclaredRoutes } from './route-access';

@Controller('v1/things')
class FakeController {
  @Get()
  @Roles('reviewer')
  list() {}

  @Get('health')
  @Public()
  health() {}

  @Post(':id/forgotten')
  forgotten() {}

  @Delete(':id')
  @Roles()
  remove() {}

  notARoute() {}
}

@Controller('v1/guarded')
@Roles('editor')
class ControllerWideRoles {
  @Get()
  list() {}
}

describe('routeAccess', () => {
  it('reads each route with its declared access, the handler first, else the controller', () => {
    expect(routeAccess([FakeController, ControllerWideRoles])).toEqual([
      {
        method: 'GET',
        path: '/v1/things',
        handler: 'FakeController.list',
        access: { kind: 'roles', roles: ['reviewer'] },
      },
      { method: 'GET', path: '/v1/things/health', handler: 'FakeController.health', access: { kind: 'public' } },
      {
        method: 'POST',
        path: '/v1/things/:id/forgotten',
        handler: 'FakeController.forgotten',
        access: { kind: 'undeclared' },
      },
      // An empty role list is a declaration: admin only.
      {
        method: 'DELETE',
        path: '/v1/things/:id',
        handler: 'FakeController.remove',
        access: { kind: 'roles', roles: [] },
      },
      {
        method: 'GET',
        path: '/v1/guarded',
        handler: 'ControllerWideRoles.list',
        access: { kind: 'roles', roles: ['editor'] },
      },
    ]);
  });

  it('lists a route without a declared role, and refuses to start with one', () => {
    expect(undeclaredRoutes([FakeController]).map((route) => route.handler)).toEqual(['FakeController.forgotten']);
    expect(() => assertEveryRouteDeclared([FakeController])).toThrow(
      /POST \/v1\/things\/:id\/forgotten \(FakeController\.forgotten\)/,
    );
    expect(() => assertEveryRouteDeclared([ControllerWideRoles])).not.toThrow();
  });

  it('finds every route of the api declared (roles or public)', () => {
    const routes = routeAccess(API_CONTROLLERS);
    expect(routes.length).toBeGreaterThan(40);
    expect(undeclaredRoutes(API_CONTROLLERS)).toEqual([]);
    expect(routes).toContainEqual(
      expect.objectContaining({ method: 'GET', path: '/v1/audit', access: { kind: 'roles', roles: [] } }),
    );
  });
});
