import { type Call, reviewCycle } from '../test/support/review-cycle';
import { newsroomArticle } from './newsroom-articles';

/** When to stop, and a person's pause (0.5-1.5 x `ms`, cut short at the deadline). */
export interface Clock {
  stop: () => boolean;
  pause: (ms: number) => Promise<void>;
}

/** A newsroom's feed: posts an article, reads it back once (its extraction progress), posts the next. */
export async function intakeFeed(call: Call, key: string, feed: number, clock: Clock, thinkMs: number): Promise<void> {
  for (let n = 0; !clock.stop(); n++) {
    const posted = await call('POST', '/v1/articles', key, {
      outlet: `Load Wire ${feed}`,
      body: newsroomArticle(feed * 1_000_000 + n),
    });
    await clock.pause(thinkMs);
    if (posted.status === 202 || posted.status === 200) await call('GET', `/v1/articles/${posted.body.id}`, key);
    await clock.pause(thinkMs);
  }
}

/** A reviewer working claims through to an editor's approval; returns how many were approved. */
export async function reviewer(call: Call, key: string, editor: string, clock: Clock, thinkMs: number) {
  let approved = 0;
  while (!clock.stop()) {
    const outcome = await reviewCycle(call, key, editor, () => clock.pause(thinkMs));
    if (outcome === 'approved') approved++;
    if (outcome === 'empty') await clock.pause(thinkMs);
  }
  return approved;
}

/** What editors track (README "Tracking and dashboards"): the queue, decisions, overdue work, an outlet, searches. */
const LISTS = [
  'status=queued&limit=50',
  'status=queued&status=in_review&status=awaiting_approval&limit=50',
  'status=approved&sort=decided&limit=50',
  'overdue=true',
  'assignee=none&status=queued&sort=due',
  'outlet=load%20wire%201&status=queued',
  'priorityMin=60&sort=priority',
];
const SEARCHES = ['q=exports', 'q=%22budget%20deficit%22', 'q=tram%20-harbour', 'q=wheat%20or%20power&status=queued'];

/** An editor going through lists and searches, opening the first claim of each page and sometimes the next page. */
export async function editor(list: Call, search: Call, key: string, clock: Clock, thinkMs: number): Promise<void> {
  for (let n = 0; !clock.stop(); n++) {
    const query = n % 3 === 2 ? SEARCHES[n % SEARCHES.length] : LISTS[n % LISTS.length];
    const page = await (query.startsWith('q=') ? search : list)('GET', `/v1/claims?${query}`, key);
    await clock.pause(thinkMs);
    const first = page.body?.items?.[0];
    if (first) await list('GET', `/v1/claims/${first.id}`, key);
    if (page.body?.nextCursor && n % 2 === 0) {
      await clock.pause(thinkMs);
      const cursor = encodeURIComponent(page.body.nextCursor as string);
      await (query.startsWith('q=') ? search : list)('GET', `/v1/claims?${query}&cursor=${cursor}`, key);
    }
    await clock.pause(thinkMs);
  }
}

/** A dashboard refreshing the desk's figures: the default 30 days by day, then the last 6 hours by the hour. */
export async function dashboard(call: Call, key: string, clock: Clock, thinkMs: number): Promise<void> {
  for (let n = 0; !clock.stop(); n++) {
    const from = new Date(Date.now() - 6 * 3600_000).toISOString();
    await call('GET', n % 2 === 0 ? '/v1/stats' : `/v1/stats?bucket=hour&from=${from}`, key);
    await clock.pause(thinkMs);
  }
}
