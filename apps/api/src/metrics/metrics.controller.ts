import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route.decorator';
import { metricsRegistry } from '@factdesk/platform';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  @Get()
  @ApiRoute({
    summary: 'Prometheus metrics',
    description:
      'HTTP request durations by route and status; jobs per queue by state; the outbox backlog and its oldest row’s ' +
      'age; claims by status; this process’s open event streams; Node’s process metrics. Job outcomes and webhook ' +
      'deliveries are counted by the worker, on its own /metrics (WORKER_METRICS_PORT). See docs/OPERATIONS.md.',
    roles: [],
    responses: [
      {
        status: 200,
        description: 'Prometheus text format',
        contentType: 'text/plain',
        example:
          '# TYPE factdesk_http_request_duration_seconds histogram\n' +
          'factdesk_http_request_duration_seconds_count{method="GET",route="/v1/claims/:id",status="200"} 12\n',
      },
    ],
  })
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
