/** A PostgreSQL pg_snapshot as text (`xmin:xmax:xip,...`), and which transaction ids it saw as committed. Pure. */
export interface Snapshot {
  xmin: bigint;
  xmax: bigint;
  inProgress: Set<bigint>;
}

export function parseSnapshot(text: string): Snapshot {
  const [xmin, xmax, xip = ''] = text.split(':');
  if (xmax === undefined) throw new Error(`not a pg_snapshot: ${text}`);
  return {
    xmin: BigInt(xmin),
    xmax: BigInt(xmax),
    inProgress: new Set(xip ? xip.split(',').map((id) => BigInt(id)) : []),
  };
}

/** pg_visible_in_snapshot for a committed transaction: it committed before the snapshot was taken. */
export function visibleIn(tx: string, snapshot: Snapshot): boolean {
  const id = BigInt(tx);
  return id < snapshot.xmin || (id < snapshot.xmax && !snapshot.inProgress.has(id));
}
