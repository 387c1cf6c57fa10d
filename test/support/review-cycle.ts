import { VERDICT } from './review';

/** One request as a load generator or a chaos client sends it: JSON in, status and JSON out. */
export type Call = (
  method: string,
  path: string,
  key: string,
  body?: unknown,
) => Promise<{ status: number; body: any }>;

export type CycleOutcome = 'empty' | 'refused' | 'approved';

/**
 * One claim through the desk as people work it: the reviewer takes the next claim, adds a note and submits a verdict,
 * and the editor approves it (another key, as four eyes want). `pause` runs between the steps (a person's think time).
 * `empty` when nothing was queued; `refused` when a step lost a race (a lease expired, a stale version).
 */
export async function reviewCycle(
  call: Call,
  reviewer: string,
  editor: string,
  pause: () => Promise<void> = async () => undefined,
): Promise<CycleOutcome> {
  const taken = await call('POST', '/v1/review/next', reviewer);
  if (taken.status !== 200) return 'empty';
  const claim = taken.body.claim;
  await pause();
  await call('POST', `/v1/claims/${claim.id}/evidence`, reviewer, { kind: 'note', note: 'Checked.' });
  await pause();
  const submitted = await call('POST', `/v1/claims/${claim.id}/transitions`, reviewer, {
    event: 'submit',
    expectedVersion: claim.version,
    payload: VERDICT,
  });
  if (submitted.status !== 200) return 'refused';
  await pause();
  const approved = await call('POST', `/v1/claims/${claim.id}/transitions`, editor, {
    event: 'approve',
    expectedVersion: submitted.body.version,
  });
  return approved.status === 200 ? 'approved' : 'refused';
}
