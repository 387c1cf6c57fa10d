import { randomUUID } from 'crypto';
import { articleBody } from '../support/articles';
import { http } from '../support/http';
import { type Call, reviewCycle } from '../support/review-cycle';

/** Keeps trying while processes die under it: a refused connection or a 5xx is retried, never counted as done. */
async function persist<T>(attempt: () => Promise<T | undefined>, stop: () => boolean): Promise<T | undefined> {
  for (let tries = 0; !stop(); tries++) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch {
      // the api went away mid-request; another one (or this one, restarted) takes the retry
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** tries, 1_000)));
  }
  return undefined;
}

/**
 * `clients` intake feeds posting `total` articles at `perSecond` over the apis, each with an Idempotency-Key so that a retry after a
 * lost answer never files an article twice. Returns the ids the api accepted.
 */
export async function feedArticles(
  apis: string[],
  key: string,
  total: number,
  clients: number,
  perSecond: number,
): Promise<Set<string>> {
  const accepted = new Set<string>();
  const started = Date.now();
  let next = 0;
  const feed = async () => {
    while (next < total) {
      const n = next++;
      // paced, so the kills and restarts land while articles are still arriving
      const due = started + (n * 1000) / perSecond - Date.now();
      if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
      const idempotencyKey = randomUUID();
      const id = await persist(
        async () => {
          const res = await http(
            apis[(n + Math.floor(Math.random() * apis.length)) % apis.length],
            'POST',
            '/v1/articles',
            {
              key,
              headers: { 'idempotency-key': idempotencyKey },
              body: { outlet: `Chaos Wire ${n % 7}`, body: articleBody(20_000 + n) },
            },
          );
          return res.status === 202 || res.status === 200 ? (res.body.id as string) : undefined;
        },
        () => false,
      );
      accepted.add(id!);
    }
  };
  await Promise.all(Array.from({ length: clients }, feed));
  return accepted;
}

/** A reviewer taking the next claim, adding evidence and submitting; the editor approving. Errors are expected. */
export async function reviewLoop(apis: string[], reviewer: string, editor: string, stop: () => boolean) {
  let decided = 0;
  while (!stop()) {
    const api = apis[Math.floor(Math.random() * apis.length)];
    const call: Call = (method, path, key, body) => http(api, method, path, { key, body });
    try {
      const outcome = await reviewCycle(call, reviewer, editor);
      if (outcome === 'approved') decided++;
      if (outcome === 'empty') await new Promise((resolve) => setTimeout(resolve, 200));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return decided;
}
