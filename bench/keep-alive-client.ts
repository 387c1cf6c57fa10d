import { Agent, request } from 'http';

export interface JsonReply {
  status: number;
  body: any;
}

/**
 * A lean JSON client for load generators: node:http over kept-alive sockets, one per concurrent caller. fetch() costs
 * the loader about twice the CPU per request, and the loader shares the cores with the api and PostgreSQL.
 */
export function keepAliveClient(baseUrl: string, sockets: number, timeoutMs?: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const { hostname, port } = new URL(baseUrl);
  return (method: string, path: string, key: string, body?: unknown): Promise<JsonReply> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            authorization: `Bearer ${key}`,
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            try {
              resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
            } catch {
              resolve({ status: res.statusCode ?? 0, body: text }); // not JSON: a status to count all the same
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      // a request that never ends is a failure to report, not a load run that never ends
      if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.end(payload);
    });
}
