import { useState } from 'react';
import type { ClaimDetail } from '../types';
import { ClaimComparison } from './claim-comparison';

export const DUPLICATE_EVENTS = ['confirm_duplicate', 'reject_duplicate'] as const;
type DuplicateEvent = (typeof DUPLICATE_EVENTS)[number];

/**
 * Triage's suggestion that this claim repeats another of the same source, shown side by side. `allowed` is what the
 * review machine lets this caller fire here; the buttons are only those.
 */
export function DuplicateSuggestion({
  claim,
  allowed,
  busy,
  fire,
}: {
  claim: ClaimDetail;
  allowed: DuplicateEvent[];
  busy: boolean;
  fire: (event: DuplicateEvent, payload?: { note: string }) => void;
}) {
  const [note, setNote] = useState('');
  if (!claim.possibleDuplicateOf) return null;
  const act = (event: DuplicateEvent) => fire(event, note.trim() ? { note: note.trim() } : undefined);
  return (
    <section aria-labelledby="duplicate-title" className="duplicate" data-testid="duplicate-suggestion">
      <h2 id="duplicate-title">Possible duplicate ({Math.round((claim.duplicateSimilarity ?? 0) * 100)} % alike)</h2>
      <ClaimComparison claim={claim} otherId={claim.possibleDuplicateOf}>
        {allowed.length ? (
          <div className="compare-actions">
            <label htmlFor="duplicate-note">Note (optional)</label>
            <input id="duplicate-note" value={note} onChange={(event) => setNote(event.target.value)} />
            {allowed.includes('confirm_duplicate') ? (
              <button type="button" disabled={busy} onClick={() => act('confirm_duplicate')}>
                Confirm: the same claim
              </button>
            ) : null}
            {allowed.includes('reject_duplicate') ? (
              <button type="button" disabled={busy} onClick={() => act('reject_duplicate')}>
                Reject: a different claim
              </button>
            ) : null}
          </div>
        ) : (
          <p className="muted">A reviewer confirms or rejects this suggestion.</p>
        )}
      </ClaimComparison>
    </section>
  );
}
