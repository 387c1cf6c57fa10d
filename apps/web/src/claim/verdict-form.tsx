import { type FormEvent, useState } from 'react';
import type { Verdict } from '../types';
import { words } from '../ui';

/** The two-part verdict: did the source really say it (attribution), and is it true (rating), each with its note. */
export function VerdictForm({
  attributionVerdicts,
  claimRatings,
  busy,
  onSubmit,
}: {
  attributionVerdicts: readonly string[];
  claimRatings: readonly string[];
  busy: boolean;
  onSubmit: (verdict: Verdict) => void;
}) {
  // Empty until chosen; `required` keeps a choice from being skipped, and only the machine's values are offered.
  const [verdict, setVerdict] = useState<Record<keyof Verdict, string>>({
    attributionVerdict: '',
    attributionNote: '',
    claimRating: '',
    ratingNote: '',
  });
  const set = (field: keyof Verdict) => (event: { target: { value: string } }) =>
    setVerdict({ ...verdict, [field]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(verdict as Verdict);
  };
  const choice = (id: string, field: keyof Verdict, label: string, values: readonly string[]) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={verdict[field]} onChange={set(field)} required>
        <option value="">Choose…</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {words(value)}
          </option>
        ))}
      </select>
    </div>
  );
  const note = (id: string, field: keyof Verdict, label: string) => (
    <div className="field wide">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={verdict[field]} onChange={set(field)} required maxLength={10_000} />
    </div>
  );
  return (
    <section aria-labelledby="verdict-title">
      <h2 id="verdict-title">Verdict</h2>
      <form className="grid-form" onSubmit={submit} aria-label="Verdict">
        <fieldset>
          <legend>1. Attribution: did the source really say it?</legend>
          {choice('attribution-verdict', 'attributionVerdict', 'Attribution verdict', attributionVerdicts)}
          {note('attribution-note', 'attributionNote', 'Attribution note')}
        </fieldset>
        <fieldset>
          <legend>2. Claim: is it true?</legend>
          {choice('claim-rating', 'claimRating', 'Claim rating', claimRatings)}
          {note('rating-note', 'ratingNote', 'Rating note')}
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          Submit verdict for approval
        </button>
      </form>
    </section>
  );
}
