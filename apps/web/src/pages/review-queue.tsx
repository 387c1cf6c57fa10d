import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useListCursor, useShortcuts } from '../keyboard';
import { Link, navigate } from '../router';
import type { ClaimListItem, ClaimListPage } from '../types';
import { Empty, ErrorNote, Loading, StatusBadge } from '../ui';

function useNow(everyMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

function LeaseCountdown({ until }: { until: string }) {
  const left = (new Date(until).getTime() - useNow(1000)) / 1000;
  return (
    <span className={left < 300 ? 'lease lease-short' : 'lease'} role="timer" aria-label="Lease time left">
      {left > 0
        ? `lease ${Math.floor(left / 60)}:${String(Math.floor(left % 60)).padStart(2, '0')} left`
        : 'lease ran out'}
    </span>
  );
}

export function ReviewQueuePage() {
  const client = useQueryClient();
  const mine = useQuery({ queryKey: ['mine'], queryFn: () => api<ClaimListPage>('/v1/review/mine?limit=100') });
  const next = useMutation({
    mutationFn: () => api<{ claim: { id: string } } | undefined>('/v1/review/next', { method: 'POST' }),
    onSuccess: (answer) => {
      void client.invalidateQueries({ queryKey: ['mine'] });
      if (answer) navigate(`/claims/${answer.claim.id}`);
    },
  });
  const renew = useMutation({
    mutationFn: (id: string) => api(`/v1/claims/${id}/lease`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['mine'] }),
  });
  const items = mine.data?.items ?? [];
  const inReview = items.filter((item) => item.status === 'in_review');
  const onHold = items.filter((item) => item.status === 'on_hold');
  const waiting = items.filter((item) => item.status !== 'in_review' && item.status !== 'on_hold');
  const ordered = [...inReview, ...onHold, ...waiting];
  const cursor = useListCursor(ordered.length, { Enter: (index) => navigate(`/claims/${ordered[index].id}`) });
  useShortcuts({ n: () => next.mutate() });

  const row = (item: ClaimListItem) => {
    const index = ordered.indexOf(item);
    return (
      <li
        key={item.id}
        ref={cursor.rowRef(index)}
        tabIndex={-1}
        className={index === cursor.index ? 'row current' : 'row'}
      >
        <Link href={`/claims/${item.id}`}>{item.content}</Link>
        <span className="meta">
          <StatusBadge status={item.status} /> {item.source?.name}
          {item.via ? ` via ${item.via.name}` : ''} · priority {item.priority}
          {item.overdue ? <span className="overdue"> · overdue</span> : null}
        </span>
        {item.status === 'in_review' && item.leaseExpiresAt ? (
          <span className="lease-row">
            <LeaseCountdown until={item.leaseExpiresAt} />
            <button type="button" onClick={() => renew.mutate(item.id)} disabled={renew.isPending}>
              Renew lease
            </button>
          </span>
        ) : null}
      </li>
    );
  };
  const section = (title: string, list: ClaimListItem[], empty: string) => (
    <section aria-labelledby={`${title}-title`}>
      <h2 id={`${title}-title`}>{title}</h2>
      {list.length ? <ul className="rows">{list.map(row)}</ul> : <Empty>{empty}</Empty>}
    </section>
  );

  return (
    <>
      <div className="page-head">
        <h1>Review queue</h1>
        <button type="button" className="primary" onClick={() => next.mutate()} disabled={next.isPending}>
          Next claim <kbd>n</kbd>
        </button>
      </div>
      {next.isSuccess && !next.data ? (
        <p role="status" className="empty">
          Nothing is waiting in the queue. New claims arrive as articles are extracted; check back soon.
        </p>
      ) : null}
      <ErrorNote error={next.error ?? renew.error ?? mine.error} />
      {mine.isPending ? (
        <Loading />
      ) : (
        <>
          {section('My claims in review', inReview, 'You hold no claim. Press “Next claim” (n) to take the best one.')}
          {section('On hold', onHold, 'Nothing on hold.')}
          {section('Returned or reopened to me', waiting, 'Nothing was sent back to you.')}
        </>
      )}
      <p className="muted hint">
        <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>n</kbd> takes the next claim.
      </p>
    </>
  );
}
