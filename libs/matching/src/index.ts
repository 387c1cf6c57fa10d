export * from './check-worthiness';
export * from './claim-comparison';
export * from './decide-match';
export * from './match-text';
export * from './priority-adjustment';
export * from './source-key';
export * from './source-risk';
export * from './speaker-key';
export { foldText } from './text-fold';
