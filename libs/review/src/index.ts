export * from './machine';
export * from './payloads';
export * from './review-machine';
export * from './transition';
export * from './vocabulary';
