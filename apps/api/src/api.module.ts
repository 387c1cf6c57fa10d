import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { DeskModule } from '@factdesk/desk';
import { AllExceptionsFilter, ApiKeyGuard, AppConfig, PlatformModule } from '@factdesk/platform';
import { ArticlesController } from './articles/articles.controller';
import { ClaimsController } from './claims/claims.controller';
import { HealthController } from './health/health.controller';
import { MetricsController } from './metrics/metrics.controller';
import { ClaimReviewController } from './review/claim-review.controller';
import { ReviewController } from './review/review.controller';
import { SourcesController } from './sources/sources.controller';

@Module({})
export class ApiModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [PlatformModule.forRoot(config, 'api'), DeskModule],
      controllers: [
        ArticlesController,
        ClaimsController,
        ClaimReviewController,
        HealthController,
        MetricsController,
        ReviewController,
        SourcesController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
