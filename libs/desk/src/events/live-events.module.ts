import { Module } from '@nestjs/common';
import { DeskModule } from '../desk.module';
import { EventHub } from './event-hub.service';

/** The api's live stream: one Redis subscription per process, feeding every open stream. Not for the worker or cli. */
@Module({ imports: [DeskModule], providers: [EventHub], exports: [EventHub] })
export class LiveEventsModule {}
