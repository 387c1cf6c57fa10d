import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

export const SESSION_COOKIE = 'factdesk_session';

export interface SessionCookieParts {
  sessionId: string;
  expiresAt: Date;
  /** Random; only its SHA-256 is stored, so the table alone opens no session. */
  secret: string;
}

export const newSessionSecret = (): string => randomBytes(24).toString('base64url');

const mac = (signingKey: Buffer, payload: string): string =>
  createHmac('sha256', signingKey).update(payload).digest('base64url');

/** `<session id>.<expiry, unix seconds>.<secret>.<HMAC of the three>` */
export function signSessionCookie(signingKey: Buffer, parts: SessionCookieParts): string {
  const payload = `${parts.sessionId}.${Math.floor(parts.expiresAt.getTime() / 1000)}.${parts.secret}`;
  return `${payload}.${mac(signingKey, payload)}`;
}

/** The cookie's parts when its signature holds and it has not expired; null for anything else. */
export function verifySessionCookie(signingKey: Buffer, value: string, now = new Date()): SessionCookieParts | null {
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([\w-]{16,64})\.([\w-]{43})$/.exec(value);
  if (!match) return null;
  const [, sessionId, expiry, secret, signature] = match;
  const expected = Buffer.from(mac(signingKey, `${sessionId}.${expiry}.${secret}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  return expiresAt > now ? { sessionId, expiresAt, secret } : null;
}

/** One cookie's value from a `Cookie` request header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Path=/ (the desk and the API).
 * Secure when the request came over HTTPS; a desk on http://localhost would otherwise never get it back.
 */
export function sessionCookieHeader(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
