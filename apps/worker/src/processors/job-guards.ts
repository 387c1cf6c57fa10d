import { type Job, UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Payloads carry ids only; a malformed one can never succeed, so it fails at once instead of retrying. */
export function requireUuid(job: Job, field: string): string {
  const value = (job.data as Record<string, unknown> | undefined)?.[field];
  if (typeof value !== 'string' || !UUID.test(value)) {
    throw new UnrecoverableError(`job ${job.id} (${job.name}) has no valid ${field}`);
  }
  return value;
}

export function isFinalAttempt(job: Job, error: Error): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
}
