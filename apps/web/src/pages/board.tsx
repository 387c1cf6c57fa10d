import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, query } from '../api';
import { useListCursor } from '../keyboard';
import { allowedEvents } from '../machine';
import { useSession } from '../session';
import { useMachine } from './claim-page';
import { Link, navigate } from '../router';
import type { ClaimListItem, ClaimListPage } from '../types';
import { Empty, ErrorNote, Loading, StatusBadge, when } from '../ui';

const LANES = {
  awaiting: { title: 'Awaiting approval', filter: { status: 'awaiting_approval' } },
  escalated: { title: 'Escalated', filter: { status: 'escalated' } },
  overdue: { title: 'Overdue', filter: { overdue: 'true' } },
  duplicates: { title: 'Suggested duplicates', filter: { suggestedDuplicate: 'true' } },
} as const;
type Lane = keyof typeof LANES;
type BoardAction = 'approve' | 'return' | 'discard';

interface Progress {
  action: BoardAction;
  done: number;
  total: number;
  failures: string[];
}

export function BoardPage() {
  const client = useQueryClient();
  const [lane, setLane] = useState<Lane>('awaiting');
  const [q, setQ] = useState('');
  const [outlet, setOutlet] = useState('');
  const [note, setNote] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<Progress | null>(null);
  const list = useQuery({
    queryKey: ['claims', 'board', lane, q, outlet],
    queryFn: () => api<ClaimListPage>(`/v1/claims${query({ ...LANES[lane].filter, q, outlet, limit: 100 })}`),
  });
  const items = list.data?.items ?? [];
  const machine = useMachine().data;
  const me = useSession().data;
  const mayApprove = (item: ClaimListItem) =>
    Boolean(machine && me) &&
    allowedEvents(
      machine!,
      { status: item.status, assigneeId: item.assignee?.id ?? null },
      { keyId: me!.keyId, role: me!.role },
    ).some((event) => event.name === 'approve');

  /** One transition per claim, in turn, so the bar shows how far it got and each refusal keeps its reason. */
  const run = async (action: BoardAction, targets: ClaimListItem[]) => {
    if (!targets.length) return;
    if (action !== 'approve' && !note.trim()) {
      setProgress({
        action,
        done: 0,
        total: targets.length,
        failures: ['Write a note first: return and discard need one.'],
      });
      return;
    }
    const state: Progress = { action, done: 0, total: targets.length, failures: [] };
    setProgress({ ...state });
    const payload = action === 'return' ? { note } : action === 'discard' ? { reason: note } : undefined;
    for (const claim of targets) {
      try {
        await api(`/v1/claims/${claim.id}/transitions`, {
          method: 'POST',
          body: { event: action, expectedVersion: claim.version, ...(payload ? { payload } : {}) },
        });
      } catch (error) {
        state.failures.push(`${claim.content.slice(0, 60)}…: ${(error as Error).message}`);
      }
      state.done += 1;
      setProgress({ ...state });
    }
    setSelected(new Set());
    await client.invalidateQueries({ queryKey: ['claims'] });
  };
  const chosen = () => items.filter((item) => selected.has(item.id));
  const cursor = useListCursor(items.length, {
    a: (index) => void run('approve', [items[index]]),
    r: (index) => void run('return', [items[index]]),
    x: (index) => toggle(items[index].id),
    Enter: (index) => navigate(`/claims/${items[index].id}`),
  });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const busy = progress !== null && progress.done < progress.total;

  return (
    <>
      <h1>Editor board</h1>
      <div role="tablist" aria-label="Lanes" className="tabs">
        {(Object.keys(LANES) as Lane[]).map((name) => (
          <button key={name} role="tab" type="button" aria-selected={lane === name} onClick={() => setLane(name)}>
            {LANES[name].title}
          </button>
        ))}
      </div>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="board-q">Search</label>
        <input
          id="board-q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder='"exact phrase" -excluded'
        />
        <label htmlFor="board-outlet">Outlet</label>
        <input id="board-outlet" value={outlet} onChange={(e) => setOutlet(e.target.value)} />
      </form>
      <div className="bulk" aria-label="Act on the selected claims">
        <label htmlFor="board-note">Note or reason (return, discard)</label>
        <input id="board-note" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="button" disabled={busy || !selected.size} onClick={() => void run('approve', chosen())}>
          Approve selected
        </button>
        <button type="button" disabled={busy || !selected.size} onClick={() => void run('return', chosen())}>
          Return selected
        </button>
        <button type="button" disabled={busy || !selected.size} onClick={() => void run('discard', chosen())}>
          Discard selected
        </button>
      </div>
      {progress ? (
        <div role="status" className="progress-line">
          <progress max={progress.total} value={progress.done} aria-label={`${progress.action} progress`} />
          {progress.action}: {progress.done} of {progress.total} done
          {progress.failures.map((failure) => (
            <p key={failure} className="error">
              {failure}
            </p>
          ))}
        </div>
      ) : null}
      <ErrorNote error={list.error} />
      {list.isPending ? (
        <Loading />
      ) : items.length ? (
        <table className="board">
          <caption className="sr-only">{LANES[lane].title}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Select</span>
              </th>
              <th scope="col">Claim</th>
              <th scope="col">Status</th>
              <th scope="col">Verdict</th>
              <th scope="col">Due</th>
              <th scope="col">Act</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr
                key={item.id}
                ref={cursor.rowRef(index)}
                tabIndex={-1}
                className={index === cursor.index ? 'current' : undefined}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${item.content.slice(0, 40)}`}
                    checked={selected.has(item.id)}
                    onChange={() => toggle(item.id)}
                  />
                </td>
                <td>
                  <Link href={`/claims/${item.id}`}>{item.content}</Link>
                  <div className="meta">
                    {item.source?.name}
                    {item.via ? ` via ${item.via.name}` : ''} · {item.article?.outlet}
                  </div>
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td>{[item.attributionVerdict, item.claimRating].filter(Boolean).join(' / ') || '—'}</td>
                <td className={item.overdue ? 'overdue' : undefined}>{when(item.dueAt)}</td>
                <td>
                  {mayApprove(item) ? (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void run('approve', [item])}
                      data-testid="board-approve"
                    >
                      Approve
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>Nothing here. Claims appear in this lane as reviewers submit, escalate or miss their due time.</Empty>
      )}
      <p className="muted hint">
        <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>x</kbd> selects, <kbd>a</kbd> approves, <kbd>r</kbd> returns (with the
        note), <kbd>Enter</kbd> opens.
      </p>
    </>
  );
}
