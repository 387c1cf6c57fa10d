import type { Role, Stack } from './stack';
import { waitFor } from './wait-for';

export const VERDICT = {
  attributionVerdict: 'confirmed',
  attributionNote: 'The original statement is on the record.',
  claimRating: 'unproven',
  ratingNote: 'No independent confirmation yet.',
};

/**
 * Files `count` claims by hand and waits until the worker has queued them all. Each call's claims come from sources of
 * their own (named after `label`), so matching never folds one call's claims into another's.
 */
export async function queuedClaims(stack: Stack, count: number, label = 'claim'): Promise<string[]> {
  const created = await Promise.all(
    Array.from({ length: count }, (_, n) =>
      stack.request('POST', '/v1/claims', {
        as: 'intake',
        body: { source: `${label} source ${n}`, content: `${label} ${n}: exports rose ${n} percent` },
      }),
    ),
  );
  const ids = created.map((res) => {
    if (res.status !== 201) throw new Error(`claim not created: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  });
  await waitFor(async () => {
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM claims WHERE id = ANY($1) AND review_status = 'queued'`,
      [ids],
    );
    return rows[0].n === count;
  }, `${count} claims queued`);
  return ids;
}

export async function fire(
  stack: Stack,
  as: Role,
  claimId: string,
  event: string,
  expectedVersion: number,
  payload?: object,
) {
  return stack.request('POST', `/v1/claims/${claimId}/transitions`, {
    as,
    body: { event, expectedVersion, ...(payload ? { payload } : {}) },
  });
}

/** Takes one particular queued claim (the `claim` event by id), whatever else waits in the queue. */
export async function take(stack: Stack, as: Role, claimId: string) {
  const current = await stack.request('GET', `/v1/claims/${claimId}`, { as });
  return fire(stack, as, claimId, 'claim', current.body.version);
}

/** Takes a queued claim as the reviewer, adds evidence and submits `verdict`: it then awaits an editor's approval. */
export async function submitWith(stack: Stack, claimId: string, verdict: object = VERDICT) {
  const taken = await take(stack, 'reviewer', claimId);
  if (taken.status !== 200) throw new Error(`claim ${claimId} not taken: ${JSON.stringify(taken.body)}`);
  const evidence = await stack.request('POST', `/v1/claims/${claimId}/evidence`, {
    as: 'reviewer',
    body: { kind: 'note', note: 'Checked against the original statement.' },
  });
  if (evidence.status !== 201) throw new Error(`evidence not added: ${JSON.stringify(evidence.body)}`);
  const submitted = await fire(stack, 'reviewer', claimId, 'submit', taken.body.version, verdict);
  if (submitted.status !== 200) throw new Error(`verdict not submitted: ${JSON.stringify(submitted.body)}`);
  return submitted.body;
}

/** Takes a queued claim as the reviewer, adds evidence, submits `verdict` and has the editor approve it. */
export async function approveWith(stack: Stack, claimId: string, verdict: object = VERDICT) {
  const submitted = await submitWith(stack, claimId, verdict);
  const approved = await fire(stack, 'editor', claimId, 'approve', submitted.version);
  if (approved.status !== 200) throw new Error(`verdict not approved: ${JSON.stringify(approved.body)}`);
  return approved.body;
}
