import type { Machine, MachineEvent, Role } from './types';

export interface Actor {
  keyId: string;
  role: Role;
}

interface Guarded {
  roles: readonly string[];
  from: readonly string[];
  holderCheck: MachineEvent['holderCheck'];
}

/**
 * The machine's own rule data (GET /v1/review/machine), read as the server reads it: role, state, then holder. The
 * desk offers only what this answers yes to; the server still decides (four eyes, payloads, evidence).
 */
export function allows(
  machine: Machine,
  rule: Guarded,
  claim: { status: string; assigneeId: string | null },
  actor: Actor,
): boolean {
  if (!rule.roles.includes(actor.role) || !rule.from.includes(claim.status)) return false;
  if (rule.holderCheck === 'none' || machine.rolesPassingHolderChecks.includes(actor.role)) return true;
  if (claim.assigneeId === actor.keyId) return true;
  return rule.holderCheck === 'assignee_if_any' && claim.assigneeId === null;
}

export const allowedEvents = (
  machine: Machine,
  claim: { status: string; assigneeId: string | null },
  actor: Actor,
): MachineEvent[] => machine.events.filter((event) => allows(machine, event, claim, actor));

export function allowsAction(
  machine: Machine,
  name: string,
  claim: { status: string; assigneeId: string | null },
  actor: Actor,
): boolean {
  const action = machine.actions.find((candidate) => candidate.name === name);
  return action !== undefined && allows(machine, action, claim, actor);
}
