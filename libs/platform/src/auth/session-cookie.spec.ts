import { randomBytes } from 'crypto';
import {
  newSessionSecret,
  readCookie,
  SESSION_COOKIE,
  sessionCookieHeader,
  signSessionCookie,
  verifySessionCookie,
} from './session-cookie';

describe('session cookies', () => {
  const key = randomBytes(32);
  const parts = {
    sessionId: '0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10',
    expiresAt: new Date('2026-12-07T12:00:00Z'),
    secret: newSessionSecret(),
  };
  const before = new Date('2026-12-07T11:59:59Z');
  const sut = signSessionCookie(key, parts);

  it('verifies its own signature and gives back its parts', () => {
    expect(verifySessionCookie(key, sut, before)).toEqual(parts);
  });

  it('refuses a cookie past its expiry, signed by another key, or with any part changed', () => {
    expect(verifySessionCookie(key, sut, new Date('2026-12-07T12:00:00Z'))).toBeNull();
    expect(verifySessionCookie(randomBytes(32), sut, before)).toBeNull();
    const [id, expiry, secret, signature] = sut.split('.');
    const later = String(Number(expiry) + 3600);
    expect(verifySessionCookie(key, [id, later, secret, signature].join('.'), before)).toBeNull();
    expect(verifySessionCookie(key, [id, expiry, newSessionSecret(), signature].join('.'), before)).toBeNull();
    expect(verifySessionCookie(key, 'garbage', before)).toBeNull();
  });

  it('reads one cookie among several', () => {
    expect(readCookie(`a=1; ${SESSION_COOKIE}=${sut}; b=2`, SESSION_COOKIE)).toBe(sut);
    expect(readCookie('a=1', SESSION_COOKIE)).toBeUndefined();
    expect(readCookie(undefined, SESSION_COOKIE)).toBeUndefined();
  });

  it('sets HttpOnly, SameSite=Strict and Secure only over HTTPS', () => {
    expect(sessionCookieHeader('v', 60, false)).toBe(
      `${SESSION_COOKIE}=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=60`,
    );
    expect(sessionCookieHeader('v', 60, true)).toMatch(/; Secure$/);
  });
});
