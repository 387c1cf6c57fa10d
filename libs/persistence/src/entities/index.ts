export * from './article.entity';
export * from './api-key.entity';
export * from './claim.entity';
export * from './evidence.entity';
export * from './json';
export * from './outbox.entity';
export * from './review-event.entity';
export * from './source.entity';

import { ApiKeyEntity } from './api-key.entity';
import { ArticleEntity } from './article.entity';
import { ClaimEntity } from './claim.entity';
import { EvidenceEntity } from './evidence.entity';
import { OutboxEntity } from './outbox.entity';
import { ReviewEventEntity } from './review-event.entity';
import { SourceEntity } from './source.entity';

export const ENTITIES = [ArticleEntity, ApiKeyEntity, ClaimEntity, EvidenceEntity, OutboxEntity, ReviewEventEntity, SourceEntity];
