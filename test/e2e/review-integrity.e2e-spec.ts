import { runApp, freePort, stopProcess } from '../support/processes';
import { http } from '../support/http';
import { VERDICT, fire, queuedClaims, take } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const MAX_LEASES = 3;
const EVIDENCE = { kind: 'note', note: 'Called the ministry; they confirmed.' };

describe('review integrity on the real stack', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { REVIEW_MAX_LEASES: String(MAX_LEASES) } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  // Assigning only to live reviewer and editor keys is the people e2e's (reassign and bulk assign).
  const claimRow = async (id: string) =>
    (await stack.db.query(`SELECT review_status, assignee_id, version FROM claims WHERE id = $1`, [id])).rows[0];
  const evidenceOf = (id: string, key?: string) =>
    stack.request('POST', `/v1/claims/${id}/evidence`, { ...(key ? { key } : { as: 'reviewer' }), body: EVIDENCE });

  describe('evidence belongs to the claim as its holder left it', () => {
    it("refuses a reviewer's evidence on a claim another reviewer holds, so it cannot count for them", async () => {
      const other = await stack.addKey('reviewer', 'second reviewer');
      const [id] = await queuedClaims(stack, 1, 'foreign-evidence');
      const taken = await take(stack, 'reviewer', id);
      const foreign = await evidenceOf(id, other.secret);
      expect(foreign.status).toBe(409);
      expect(foreign.body.details).toMatchObject({ code: 'not_holder' });
      const submit = await fire(stack, 'reviewer', id, 'submit', taken.body.version, VERDICT);
      expect(submit.status).toBe(409);
      expect(submit.body.details.code).toBe('missing_evidence');
      expect(
        (await stack.db.query(`SELECT count(*)::int AS n FROM evidence WHERE claim_id = $1`, [id])).rows[0].n,
      ).toBe(0);
      // An editor passes holder checks (the machine's data says so) and may add evidence for the holder.
      expect((await stack.request('POST', `/v1/claims/${id}/evidence`, { as: 'editor', body: EVIDENCE })).status).toBe(
        201,
      );
    });

    it('freezes evidence once submitted, and approve re-checks that evidence is there', async () => {
      const [id] = await queuedClaims(stack, 1, 'frozen-evidence');
      const taken = await take(stack, 'reviewer', id);
      const added = await evidenceOf(id);
      const submitted = await fire(stack, 'reviewer', id, 'submit', taken.body.version, VERDICT);
      expect(submitted.body.status).toBe('awaiting_approval');

      const removal = await stack.request('DELETE', `/v1/claims/${id}/evidence/${added.body.id}`, { as: 'reviewer' });
      expect(removal.status).toBe(409);
      expect(removal.body.details).toMatchObject({ code: 'invalid_state', status: 'awaiting_approval' });
      expect((await evidenceOf(id)).status).toBe(409);
      expect((await stack.request('POST', `/v1/claims/${id}/evidence`, { as: 'editor', body: EVIDENCE })).status).toBe(
        409,
      );

      // Should the evidence vanish by another path, the machine still refuses to approve the verdict.
      await stack.db.query(`DELETE FROM evidence WHERE claim_id = $1`, [id]);
      const approval = await fire(stack, 'editor', id, 'approve', submitted.body.version);
      expect(approval.status).toBe(409);
      expect(approval.body.details.code).toBe('missing_evidence');
    });
  });

  describe('a reviewer holds at most REVIEW_MAX_LEASES claims in review', () => {
    it('refuses the next one with 409 from review/next and from claim, until one is let go', async () => {
      const busy = await stack.addKey('reviewer', 'busy reviewer');
      const ids = await queuedClaims(stack, MAX_LEASES + 2, 'cap');
      const held: { id: string; version: number }[] = [];
      for (let n = 0; n < MAX_LEASES; n += 1) {
        const next = await stack.request('POST', '/v1/review/next', { key: busy.secret });
        expect(next.status).toBe(200);
        held.push(next.body.claim);
      }
      const refused = await stack.request('POST', '/v1/review/next', { key: busy.secret });
      expect(refused.status).toBe(409);
      expect(refused.body.details).toEqual({ code: 'lease_cap_reached', held: MAX_LEASES, max: MAX_LEASES });
      expect(refused.body.message).toContain('REVIEW_MAX_LEASES=3');

      const free = ids.find((id) => !held.some((claim) => claim.id === id)) as string;
      const { version } = await claimRow(free);
      const byId = await stack.request('POST', `/v1/claims/${free}/transitions`, {
        key: busy.secret,
        body: { event: 'claim', expectedVersion: version },
      });
      expect(byId.status).toBe(409);
      expect(byId.body.details.code).toBe('lease_cap_reached');
      expect(await claimRow(free)).toMatchObject({ review_status: 'queued', version });

      const released = await stack.request('POST', `/v1/claims/${held[0].id}/transitions`, {
        key: busy.secret,
        body: { event: 'release', expectedVersion: held[0].version },
      });
      expect(released.status).toBe(200);
      expect((await stack.request('POST', '/v1/review/next', { key: busy.secret })).status).toBe(200);
    });

    it('holds under 20 concurrent requests of one reviewer: exactly the cap is handed out', async () => {
      const eager = await stack.addKey('reviewer', 'eager reviewer');
      await queuedClaims(stack, 20, 'cap-race');
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => stack.request('POST', '/v1/review/next', { key: eager.secret })),
      );
      expect(answers.filter((res) => res.status === 200)).toHaveLength(MAX_LEASES);
      expect(answers.filter((res) => res.status === 409)).toHaveLength(20 - MAX_LEASES);
      const { rows } = await stack.db.query(
        `SELECT count(*)::int AS n FROM claims WHERE assignee_id = $1 AND review_status = 'in_review'`,
        [eager.id],
      );
      expect(rows[0].n).toBe(MAX_LEASES);
    });
  });

  describe('four eyes', () => {
    async function submittedByEditor(label: string) {
      const [id] = await queuedClaims(stack, 1, label);
      const taken = await take(stack, 'editor', id);
      expect((await stack.request('POST', `/v1/claims/${id}/evidence`, { as: 'editor', body: EVIDENCE })).status).toBe(
        201,
      );
      const submitted = await fire(stack, 'editor', id, 'submit', taken.body.version, VERDICT);
      expect(submitted.status).toBe(200);
      return { id, version: submitted.body.version as number };
    }

    it("refuses the editor's approval of their own verdict with the machine's reason; another approves it", async () => {
      const { id, version } = await submittedByEditor('own-verdict');
      const own = await fire(stack, 'editor', id, 'approve', version);
      expect(own.status).toBe(409);
      expect(own.body.details).toMatchObject({ code: 'needs_second_approver', status: 'awaiting_approval' });
      expect(own.body.message).toBe(
        "event 'approve' needs a second person: the caller submitted this verdict, so another editor must approve it",
      );
      expect((await fire(stack, 'admin', id, 'approve', version)).body.status).toBe('approved');
    });

    it('lets a desk with REQUIRE_SECOND_APPROVER=false approve its own verdicts', async () => {
      const { id, version } = await submittedByEditor('own-verdict-allowed');
      const port = await freePort();
      const lenient = runApp('api', { ...stack.env, PORT: String(port), REQUIRE_SECOND_APPROVER: 'false' });
      try {
        const baseUrl = `http://127.0.0.1:${port}`;
        await waitFor(async () => (await fetch(`${baseUrl}/health`)).status === 200, 'lenient api', 30_000);
        const approved = await http(baseUrl, 'POST', `/v1/claims/${id}/transitions`, {
          key: stack.keys.editor,
          body: { event: 'approve', expectedVersion: version },
        });
        expect(approved.body.status).toBe('approved');
      } finally {
        await stopProcess(lenient);
      }
    });
  });

  it('lets an editor renew the lease of a claim a reviewer holds (the machine data), and no other reviewer', async () => {
    const other = await stack.addKey('reviewer', 'lease bystander');
    const [id] = await queuedClaims(stack, 1, 'renew');
    const taken = await take(stack, 'reviewer', id);
    const renewed = await stack.request('POST', `/v1/claims/${id}/lease`, { as: 'editor' });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ status: 'in_review', assigneeId: taken.body.assigneeId });
    const refused = await stack.request('POST', `/v1/claims/${id}/lease`, { key: other.secret });
    expect(refused.status).toBe(409);
    expect(refused.body.details.code).toBe('not_holder');
  });
});
