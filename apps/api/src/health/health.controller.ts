import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@factdesk/platform';
import { ApiRoute } from '../openapi/api-route.decorator';

const UP = { database: { status: 'up' }, redis: { status: 'up' } };

// Load balancers and orchestrators poll it; a 429 there would take a healthy process out of service.
@SkipThrottle()
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @HealthCheck({ swaggerDocumentation: false })
  @ApiRoute({
    summary: 'Are PostgreSQL and Redis reachable?',
    description: 'Pings both within a second; for load balancers and `npm start` users. Not logged.',
    roles: 'public',
    responses: [
      {
        status: 200,
        description: 'Both are up',
        schema: { type: 'object' },
        example: { status: 'ok', info: UP, error: {}, details: UP },
      },
      {
        status: 503,
        description: 'One is down (named in `error`)',
        schema: { type: 'object' },
        example: {
          status: 'error',
          info: { database: { status: 'up' } },
          error: { redis: { status: 'down', message: 'Connection is closed.' } },
          details: { database: { status: 'up' }, redis: { status: 'down', message: 'Connection is closed.' } },
        },
      },
    ],
  })
  check() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 1_000 }), () => this.redis.check()]);
  }
}
