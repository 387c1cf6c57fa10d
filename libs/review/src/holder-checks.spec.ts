import { checkAction, type ActionName } from './actions';
import { REVIEW_MACHINE } from './review-machine';
import { transition } from './transition';
import { type ActorRole, type ClaimSnapshot, type ClaimStatus, type ReviewEventName } from './vocabulary';

const NOW = new Date('2026-11-25T10:00:00Z');
const HOLDER = '11111111-1111-4111-8111-111111111111';
const CALLER = '22222222-2222-4222-8222-222222222222';

/**
 * Generated from the machine as the API serves it: for every event and action with a holder check, from every state
 * it applies to, each role it allows acts on a claim someone else holds. The roles the machine says pass holder
 * checks are never refused as not the holder; every other role is.
 */
const machine = JSON.parse(JSON.stringify(REVIEW_MACHINE)) as {
  events: { name: ReviewEventName; roles: ActorRole[]; from: ClaimStatus[]; holderCheck: string }[];
  actions: { name: ActionName; roles: ActorRole[]; from: ClaimStatus[]; holderCheck: string }[];
  rolesPassingHolderChecks: ActorRole[];
  editorsAndAdminsPassHolderChecks: boolean;
};

const cases = [
  ...machine.events.map((event) => ({ kind: 'event' as const, ...event })),
  ...machine.actions.map((action) => ({ kind: 'action' as const, ...action })),
]
  .filter((rule) => rule.holderCheck !== 'none')
  .flatMap((rule) =>
    rule.from.flatMap((status) => rule.roles.map((role) => [`${rule.kind} ${rule.name}`, status, role, rule] as const)),
  );

const heldBySomeoneElse = (status: ClaimStatus): ClaimSnapshot => ({
  status,
  assigneeId: HOLDER,
  lastReviewerId: HOLDER,
  evidenceCount: 1,
  submittedBy: HOLDER,
});

describe('holder checks agree with the machine data', () => {
  it('says editors and admins pass them, and covers every event and action that has one', () => {
    expect(machine.editorsAndAdminsPassHolderChecks).toBe(true);
    expect(machine.rolesPassingHolderChecks).toEqual(['editor', 'admin']);
    expect(new Set(cases.map(([name]) => name))).toEqual(
      new Set([
        ...machine.events.filter((e) => e.holderCheck !== 'none').map((e) => `event ${e.name}`),
        ...machine.actions.map((a) => `action ${a.name}`),
      ]),
    );
    expect(cases.map(([name]) => name)).toEqual(expect.arrayContaining(['action renew_lease', 'event submit']));
  });

  it.each(cases)('%s from %s by a %s who does not hold the claim', (_name, status, role, rule) => {
    const actor = { id: CALLER, role };
    const snapshot = heldBySomeoneElse(status);
    const refusal =
      rule.kind === 'event' ? transition(snapshot, rule.name, actor, {}, NOW) : checkAction(rule.name, snapshot, actor);
    const code = refusal && !refusal.ok ? refusal.code : null;
    if (machine.rolesPassingHolderChecks.includes(role)) expect(code).not.toBe('not_holder');
    else expect(code).toBe('not_holder');
  });

  it.each(cases)('%s from %s by a %s who holds the claim', (_name, status, role, rule) => {
    const actor = { id: HOLDER, role };
    const snapshot = { ...heldBySomeoneElse(status), submittedBy: null, lastReviewerId: null };
    const refusal =
      rule.kind === 'event' ? transition(snapshot, rule.name, actor, {}, NOW) : checkAction(rule.name, snapshot, actor);
    expect(refusal && !refusal.ok ? refusal.code : null).not.toBe('not_holder');
  });
});
