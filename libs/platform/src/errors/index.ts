export * from './all-exceptions.filter';
export * from './domain-error';
export * from './http-error-body';
export * from './validation';
