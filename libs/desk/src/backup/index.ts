export * from './desk-export';
export * from './desk-import';
export * from './desk-tables';
