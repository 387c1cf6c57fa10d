import { BlockList, isIP } from 'net';

/**
 * Which addresses a webhook may not reach unless private targets are allowed: loopback, private networks,
 * link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unspecified, multicast and reserved ranges, in
 * IPv4 and IPv6, and IPv4 written inside IPv6 (mapped, NAT64, 6to4) judged as the IPv4 it holds. Pure: no I/O.
 */
const REFUSED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  REFUSED.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address an IPv6 one carries (::ffff:a.b.c.d, 64:ff9b::/96, 2002::/16), if any. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const groups = expandIpv6(lower);
  if (!groups) return null;
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (mapped || nat64) return ipv4Of(groups[6], groups[7]);
  if (groups[0] === 0x2002) return ipv4Of(groups[1], groups[2]);
  return null;
}

const ipv4Of = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');

/** Eight 16-bit groups of an IPv6 address without a dotted tail, or null. */
function expandIpv6(address: string): number[] | null {
  if (address.includes('.')) return null;
  const [head, tail] = address.split('::');
  const parse = (part?: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const [left, right] = [parse(head), parse(tail)];
  const missing = 8 - left.length - right.length;
  if (address.includes('::') ? missing < 0 : missing !== 0) return null;
  return [...left, ...Array<number>(Math.max(missing, 0)).fill(0), ...right];
}

/** True for an address a webhook must not reach when private targets are not allowed. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return REFUSED.check(bare, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const inner = embeddedIpv4(bare);
  if (inner !== null) return REFUSED.check(inner, 'ipv4');
  return REFUSED.check(bare, 'ipv6');
}

export type UrlProblem = { reason: string } | null;

/** What is wrong with a webhook URL before any lookup: scheme, credentials, a host at all. */
export function urlProblem(url: URL): UrlProblem {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: 'only http and https URLs are allowed' };
  if (url.username || url.password) return { reason: 'credentials in the URL are not allowed' };
  if (!url.hostname) return { reason: 'the URL names no host' };
  return null;
}
