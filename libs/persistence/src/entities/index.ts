export * from './article.entity';
export * from './api-key.entity';
export * from './claim.entity';
export * from './claim-appearance.entity';
export * from './evidence.entity';
export * from './json';
export * from './outbox.entity';
export * from './review-event.entity';
export * from './source.entity';
export * from './source-alias.entity';

import { ApiKeyEntity } from './api-key.entity';
import { ArticleEntity } from './article.entity';
import { ClaimEntity } from './claim.entity';
import { ClaimAppearanceEntity } from './claim-appearance.entity';
import { EvidenceEntity } from './evidence.entity';
import { OutboxEntity } from './outbox.entity';
import { ReviewEventEntity } from './review-event.entity';
import { SourceEntity } from './source.entity';
import { SourceAliasEntity } from './source-alias.entity';

export const ENTITIES = [
  ArticleEntity,
  ApiKeyEntity,
  ClaimEntity,
  EvidenceEntity,
  OutboxEntity,
  ReviewEventEntity,
  SourceEntity,
  ClaimAppearanceEntity,
  SourceAliasEntity,
];
