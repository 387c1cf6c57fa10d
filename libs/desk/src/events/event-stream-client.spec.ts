import type { HubEntry } from './event-hub.service';
import { type EventFeed, EventStreamClient, type SharedFrames, type StreamSink } from './event-stream-client';
import { type LogEvent, sseFrame } from './log-event';

const event = (position: number, outlet = 'MNTV'): LogEvent => ({
  position,
  type: 'claim.transitioned',
  claimId: `c${position}`,
  articleId: null,
  outlet,
  data: { claimId: `c${position}` },
});

/** A hub holding positions (heldFrom, head] in memory and the whole log (1..head) behind it. */
function feed(head: number, heldFrom: number, outletOf: (position: number) => string = () => 'MNTV') {
  const log = Array.from({ length: head }, (_, index) => event(index + 1, outletOf(index + 1)));
  const sut: EventFeed & { head: number; reads: number[] } = {
    head,
    reads: [],
    since: (position) =>
      position < heldFrom
        ? undefined
        : log.slice(position, sut.head).map((entry): HubEntry => ({ event: entry, frame: sseFrame(entry) })),
    readLog: async (position, limit) => {
      sut.reads.push(position);
      return log.slice(position, Math.min(position + limit, heldFrom));
    },
    remove: () => undefined,
  };
  return { sut, log };
}

const sink = (): StreamSink & { chunks: (string | Buffer)[] } => {
  const chunks: (string | Buffer)[] = [];
  return {
    chunks,
    writableLength: 0,
    write(chunk) {
      chunks.push(chunk);
      return true;
    },
    end: () => undefined,
  };
};
const ids = (chunks: (string | Buffer)[]) =>
  [
    ...chunks
      .map(String)
      .join('')
      .matchAll(/^id: (\d+)$/gm),
  ].map((match) => Number(match[1]));

describe('EventStreamClient', () => {
  it('sends what it missed from the log, then from memory, each event once and in order', async () => {
    const { sut: hub, log } = feed(1_200, 1_100);
    const out = sink();
    const client = new EventStreamClient(hub, out, {}, 10);
    await client.catchUp();
    expect(ids(out.chunks)).toEqual(log.slice(10).map((entry) => entry.position));
    expect(hub.reads).toEqual([10, 510, 1010]);
    hub.head = 1_200;
    await client.catchUp();
    expect(ids(out.chunks)).toHaveLength(1_190);
  });

  it('passes over filtered events without sending them, so a resume from its last id repeats nothing', async () => {
    const { sut: hub } = feed(6, 0, (position) => (position % 2 ? 'MNTV' : 'Other'));
    const out = sink();
    const client = new EventStreamClient(hub, out, { outlet: 'MNTV' }, 0);
    await client.catchUp();
    expect(ids(out.chunks)).toEqual([1, 3, 5]);
    expect(client.position).toBe(6);
  });

  it('cuts off a client whose socket does not drain', async () => {
    const { sut: hub } = feed(50, 0);
    const stuck = { ...sink(), writableLength: 5 * 1024 * 1024, ended: false, end: () => (stuck.ended = true) };
    const client = new EventStreamClient(hub, stuck, {}, 0);
    await client.catchUp();
    expect(stuck.ended).toBe(true);
    expect(stuck.chunks).toHaveLength(1);
  });

  it('takes new events from memory at once when offered, each once', async () => {
    const { sut: hub } = feed(5, 0);
    const out = sink();
    const client = new EventStreamClient(hub, out, {}, 0);
    await client.catchUp();
    hub.head = 5;
    client.offer();
    expect(ids(out.chunks)).toEqual([1, 2, 3, 4, 5]);
    expect(hub.reads).toEqual([]);
  });

  it('builds the bytes of a fan-out once for clients with the same filter and position', () => {
    const { sut: hub } = feed(3, 0);
    hub.head = 2;
    const [a, b, other] = [sink(), sink(), sink()];
    const shared = new Map<string, SharedFrames>();
    new EventStreamClient(hub, a, {}, 0).offer(shared);
    hub.head = 3;
    const late = new EventStreamClient(hub, b, {}, 0);
    late.offer(shared);
    new EventStreamClient(hub, other, { outlet: 'Other' }, 0).offer(shared);
    expect(b.chunks[0]).toBe(a.chunks[0]);
    expect(ids(b.chunks)).toEqual([1, 2]);
    expect(other.chunks).toEqual([]);
    expect(shared.size).toBe(2);
    // The hub moved on while the fan-out ran: the client that reused the bytes still gets what came after them.
    late.offer(new Map());
    expect(ids(b.chunks)).toEqual([1, 2, 3]);
  });
});
