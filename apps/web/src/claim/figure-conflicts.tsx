import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api';
import type { ClaimDetail, ConflictView as Conflict, Role } from '../types';
import { ErrorNote, when, words } from '../ui';
import { ClaimComparison } from './claim-comparison';

/**
 * The roles POST /v1/claims/:id/conflicts/:conflictId declares. Settling a conflict is not a review event, so the
 * machine the desk reads has no rule for it; the server checks again either way.
 */
const SETTLING_ROLES: Role[] = ['reviewer', 'editor', 'admin'];
const OUTCOMES = {
  contradiction: 'The outlets contradict each other',
  different_claims: 'Two different claims',
} as const;
type Outcome = keyof typeof OUTCOMES;

function SettleForm({ claimId, conflict }: { claimId: string; conflict: Conflict }) {
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome>('contradiction');
  const [note, setNote] = useState('');
  const settle = useMutation({
    mutationFn: () =>
      api(`/v1/claims/${claimId}/conflicts/${conflict.id}`, {
        method: 'POST',
        body: { outcome, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['claim'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    settle.mutate();
  };
  const id = `conflict-${conflict.id}`;
  return (
    <form className="compare-actions" onSubmit={submit} aria-label="Settle the conflict">
      <label htmlFor={`${id}-outcome`}>Outcome</label>
      <select id={`${id}-outcome`} value={outcome} onChange={(event) => setOutcome(event.target.value as Outcome)}>
        {Object.entries(OUTCOMES).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} />
      <button type="submit" disabled={settle.isPending}>
        Settle conflict
      </button>
      <ErrorNote error={settle.error} />
    </form>
  );
}

/** Claims of the same speaker that say the same with other figures: never joined, each pair side by side. */
export function FigureConflicts({ claim, role }: { claim: ClaimDetail; role: Role }) {
  if (!claim.conflicts.length) return null;
  return (
    <section aria-labelledby="conflicts-title" data-testid="figure-conflicts">
      <h2 id="conflicts-title">Figures that conflict</h2>
      {claim.conflicts.map((conflict) => (
        <div key={conflict.id} className="duplicate">
          <h3>
            {conflict.figures.join(', ')} against {conflict.otherFigures.join(', ')}
          </h3>
          <ClaimComparison
            claim={claim}
            otherId={conflict.claimId}
            figures={conflict.figures}
            otherFigures={conflict.otherFigures}
          >
            {conflict.status === 'settled' ? (
              <p role="status">
                Settled: <strong>{words(conflict.outcome ?? '')}</strong> on {when(conflict.settledAt)}
                {conflict.note ? ` · ${conflict.note}` : ''}
              </p>
            ) : SETTLING_ROLES.includes(role) ? (
              <SettleForm claimId={claim.id} conflict={conflict} />
            ) : (
              <p className="muted">Open: a reviewer settles it.</p>
            )}
          </ClaimComparison>
        </div>
      ))}
    </section>
  );
}
