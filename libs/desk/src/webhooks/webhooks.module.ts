import { Module } from '@nestjs/common';
import { DeskModule } from '../desk.module';
import { WebhookDeliverer } from './webhook-deliverer.service';
import { WebhookDeliveryLog } from './webhook-delivery-log.service';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookSender } from './webhook-sender';
import { WebhookTargetGuard } from './webhook-target-guard';
import { WebhooksService } from './webhooks.service';

const SERVICES = [
  WebhookDeliverer,
  WebhookDeliveryLog,
  WebhookDispatcher,
  WebhookSecrets,
  WebhookSender,
  WebhookTargetGuard,
  WebhooksService,
];

/** Endpoints and their deliveries: the admin routes (api) and the dispatcher and delivery attempts (worker). */
@Module({ imports: [DeskModule], providers: SERVICES, exports: SERVICES })
export class WebhooksModule {}
