export * from './check-worthiness';
export * from './decide-match';
export * from './match-text';
export * from './priority-adjustment';
export * from './source-key';
export * from './source-risk';
export { foldText } from './text-fold';
