import { type ReactNode } from 'react';
import { ApiError } from './api';

export const words = (value: string): string => value.replace(/_/g, ' ');

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge badge-${status}`}>{words(status)}</span>;
}

/** The API's own message, in plain words; anything else gets a sentence that says what to try. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const message =
    error instanceof ApiError ? error.message : 'Something went wrong in the desk. Reload the page and try again.';
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Loading() {
  return (
    <p className="muted" aria-live="polite">
      Loading…
    </p>
  );
}

export const when = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '—');

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const abs = Math.abs(seconds);
  if (abs < 90) return `${Math.round(seconds)} s`;
  if (abs < 5400) return `${Math.round(seconds / 60)} min`;
  if (abs < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`;
