export * from './entities';
export * from './data-source-options';
export * from './database-admin';
export * from './prepared-query';
export * from './named-parameters';
export * from './query-stream';
