import { UsageError } from './args';

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90d`, `24h`, `30m`, `45s` or `0` as milliseconds; anything else is a usage error naming the option. */
export function parseDuration(text: string, option: string): number {
  if (text === '0') return 0;
  const match = /^(\d+)([smhd])$/.exec(text);
  if (!match) throw new UsageError(`${option} takes a duration such as 90d, 24h, 30m or 45s (got ${text})`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
