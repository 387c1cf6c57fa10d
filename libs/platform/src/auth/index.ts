export * from './api-key-secret';
export * from './api-key.guard';
export * from './api-keys.service';
export { Caller as CurrentCaller } from './caller.decorator';
export * from './roles.decorator';
export * from './stream-tokens.service';
export * from './session-cookie';
export * from './sessions.service';
export * from './bearer-credential';
