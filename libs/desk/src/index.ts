export * from './claims/claim-view';
export * from './claims/claims.service';
export * from './desk.module';
export * from './extraction/extraction.service';
export * from './intake/articles.service';
export * from './intake/content-hash';
export * from './triage/priority';
export * from './triage/triage.service';
