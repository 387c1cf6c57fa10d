import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '@factdesk/desk';

const nullableTime = (description: string) =>
  ApiProperty({ format: 'date-time', nullable: true, type: String, description });

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'https://cms.example.org/hooks/factdesk' }) url: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Only this outlet; null: every outlet' }) outlet:
    string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Why the desk disabled it after failing for too long' })
  disabledReason: string | null;
  @nullableTime('Since when every attempt has failed; null while the last one succeeded') failingSince: string | null;
  @nullableTime('After a rotation the previous secret also signs until then') previousSecretExpiresAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks `whsec_` form), shown in this answer only',
  })
  secret: string;
}

export class WebhookAuditDto {
  @ApiProperty({ example: 'disabled', description: 'created, updated, secret_rotated, test_sent, replayed, disabled…' })
  action: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The API key; null for the desk itself' })
  actorId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class WebhookDetailDto extends WebhookDto {
  @ApiProperty({ type: [WebhookAuditDto], description: 'The latest 50 changes, newest first' })
  history: WebhookAuditDto[];
}

export class WebhookListDto {
  @ApiProperty({ type: [WebhookDto], description: 'Oldest first' }) webhooks: WebhookDto[];
}

export class SecretRotatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'whsec_pX0nqJ1v7Yb2mZk4c9Wq3sHd8uLr6tEa', description: 'The new secret, shown once' })
  secret: string;
  @ApiProperty({ format: 'date-time', description: 'Until then deliveries carry a signature by the old secret too' })
  previousSecretExpiresAt: string;
}

export class DeliveryQueuedDto {
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ description: 'The `webhook-id` header the receiver will see (the same on every attempt)' })
  webhookId: string;
}

export class ReplayedDto {
  @ApiProperty({ description: 'Deliveries sent again' }) replayed: number;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ description: 'The `webhook-id` header of the delivery' }) webhookId: string;
  @ApiProperty({ example: 'claim.approved' }) type: string;
  @ApiProperty({ nullable: true, type: Number, description: "The event's log position; null for a test" })
  position: number | null;
  @ApiProperty({ description: "1 for a delivery's first attempt; replays go on counting" }) attempt: number;
  @ApiProperty({ enum: ['delivered', 'http_error', 'timeout', 'network_error', 'refused', 'disabled'] })
  outcome: string;
  @ApiProperty({ nullable: true, type: Number, example: 500 }) statusCode: number | null;
  @ApiProperty({ example: 42 }) latencyMs: number;
  @ApiProperty({ nullable: true, type: String, example: 'the endpoint answered 500' }) error: string | null;
  @nullableTime('When the next attempt is due; null if this was the last') nextRetryAt: string | null;
  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], description: 'The delivery now' }) deliveryStatus: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class WebhookAttemptPageDto {
  @ApiProperty({ type: [WebhookAttemptDto], description: 'Newest first' }) attempts: WebhookAttemptDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
