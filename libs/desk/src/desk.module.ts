import { Module } from '@nestjs/common';
import { ArticlesService } from './intake/articles.service';
import { ClaimsService } from './claims/claims.service';
import { ClaimMergeService } from './matching/claim-merge.service';
import { ExtractionService } from './extraction/extraction.service';
import { StalledWorkService } from './recovery/stalled-work.service';
import { BulkService } from './review/bulk.service';
import { ClaimTransitions } from './review/claim-transitions';
import { EvidenceService } from './review/evidence.service';
import { ReviewService } from './review/review.service';
import { SourcesService } from './sources/sources.service';
import { TriageService } from './triage/triage.service';

const SERVICES = [
  ArticlesService,
  BulkService,
  ClaimMergeService,
  ClaimsService,
  ClaimTransitions,
  EvidenceService,
  ExtractionService,
  ReviewService,
  StalledWorkService,
  TriageService,
  SourcesService,
];

/** Business operations shared by the api, the worker and the cli. */
@Module({ providers: SERVICES, exports: SERVICES })
export class DeskModule {}
