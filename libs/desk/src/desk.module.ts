import { Module } from '@nestjs/common';
import { ArticlesService } from './intake/articles.service';
import { ClaimsService } from './claims/claims.service';
import { ExtractionService } from './extraction/extraction.service';
import { TriageService } from './triage/triage.service';

const SERVICES = [ArticlesService, ClaimsService, ExtractionService, TriageService];

/** Business operations shared by the api, the worker and the cli. */
@Module({ providers: SERVICES, exports: SERVICES })
export class DeskModule {}
