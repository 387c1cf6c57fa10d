export * from './outbox-message';
export * from './queues';
export * from './outbox-relay.service';
export * from './coalescer';
export * from './logged-bullmq';
