import { Module } from '@nestjs/common';
import { ArticlesService } from './intake/articles.service';
import { AuditLogService } from './audit/audit-log.service';
import { ClaimsService } from './claims/claims.service';
import { ClaimConflictsService } from './matching/claim-conflicts.service';
import { EventLogReader } from './events/event-log.reader';
import { EventStamper } from './events/event-stamper.service';
import { ClaimMergeService } from './matching/claim-merge.service';
import { ExtractionService } from './extraction/extraction.service';
import { StalledWorkService } from './recovery/stalled-work.service';
import { BulkService } from './review/bulk.service';
import { ClaimTransitions } from './review/claim-transitions';
import { ClaimReviewService } from './publishing/claim-review.service';
import { EvidenceService } from './review/evidence.service';
import { PeopleService } from './people/people.service';
import { ReviewService } from './review/review.service';
import { SourcesService } from './sources/sources.service';
import { ArticleListService } from './tracking/article-list.service';
import { ClaimExportService } from './tracking/claim-export.service';
import { ClaimListService } from './tracking/claim-list.service';
import { StatsConsumer } from './stats/stats-consumer.service';
import { StatsRebuild } from './stats/stats-rebuild';
import { StatsService } from './stats/stats.service';
import { TriageService } from './triage/triage.service';

const SERVICES = [
  ArticleListService,
  ArticlesService,
  AuditLogService,
  BulkService,
  ClaimConflictsService,
  ClaimExportService,
  ClaimListService,
  ClaimMergeService,
  ClaimReviewService,
  ClaimsService,
  ClaimTransitions,
  EventLogReader,
  EventStamper,
  EvidenceService,
  ExtractionService,
  PeopleService,
  ReviewService,
  StalledWorkService,
  StatsConsumer,
  StatsRebuild,
  StatsService,
  TriageService,
  SourcesService,
];

/** Business operations shared by the api, the worker and the cli. */
@Module({ providers: SERVICES, exports: SERVICES })
export class DeskModule {}
