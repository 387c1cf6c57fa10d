import { DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DeskModule, LiveEventsModule, WebhooksModule } from '@factdesk/desk';
import { AllExceptionsFilter, ApiKeyGuard, AppConfig, PlatformModule } from '@factdesk/platform';
import { ArticlesController } from './articles/articles.controller';
import { AuditController } from './audit/audit.controller';
import { ClaimConflictsController } from './claims/claim-conflicts.controller';
import { ClaimsController } from './claims/claims.controller';
import { EventsController } from './events/events.controller';
import { HealthController } from './health/health.controller';
import { DeskGauges } from './metrics/desk-gauges';
import { MetricsController } from './metrics/metrics.controller';
import { MonitoredQueues } from './metrics/monitored-queues';
import { ClaimReviewController } from './review/claim-review.controller';
import { PublicReviewsController } from './publishing/public-reviews.controller';
import { PublishedReviewsController } from './publishing/published-reviews.controller';
import { ReviewController } from './review/review.controller';
import { SessionController } from './session/session.controller';
import { SourcesController } from './sources/sources.controller';
import { ArticleListController } from './tracking/article-list.controller';
import { ClaimListController } from './tracking/claim-list.controller';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { PeopleController } from './tracking/people.controller';
import { ReadAfterWriteInterceptor } from './tracking/read-after-write.interceptor';
import { StatsController } from './stats/stats.controller';
import { WebhooksController } from './webhooks/webhooks.controller';

/** Every controller of the api: the role matrix test and the start-up check read their route metadata. */
export const API_CONTROLLERS: Type[] = [
  ArticleListController,
  ArticlesController,
  AuditController,
  ClaimConflictsController,
  ClaimListController,
  ClaimsController,
  ClaimReviewController,
  EventsController,
  HealthController,
  MetricsController,
  PeopleController,
  PublicReviewsController,
  PublishedReviewsController,
  ReviewController,
  SessionController,
  SourcesController,
  StatsController,
  WebhooksController,
];

@Module({})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [PlatformModule.forRoot(config, 'api'), DeskModule, LiveEventsModule, WebhooksModule, RateLimitModule],
      controllers: API_CONTROLLERS,
      providers: [
        MonitoredQueues,
        DeskGauges,
        // Rate limits first: a flood of wrong keys is refused before each costs a lookup.
        { provide: APP_GUARD, useExisting: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ReadAfterWriteInterceptor },
      ],
    };
  }
}
