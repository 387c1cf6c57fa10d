import { generateApiKeySecret, hashApiKey } from './api-key-secret';

describe('api key secrets', () => {
  it('stores only a hash that matches the secret shown once', () => {
    const sut = generateApiKeySecret();
    expect(sut.hash).toBe(hashApiKey(sut.secret));
    expect(sut.hash).not.toContain(sut.secret);
    expect(sut.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sut.secret.startsWith(sut.displayPrefix)).toBe(true);
  });

  it('never repeats a secret', () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateApiKeySecret().secret));
    expect(secrets.size).toBe(200);
  });
});
