import { mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Webhook } from 'standardwebhooks';
import type { AppConfig } from '@factdesk/platform';
import { WebhookSecrets } from './webhook-secrets';

const ID = '6f1c2b9e-0000-4000-8000-000000000001';

describe('WebhookSecrets', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const sutWith = (config: Partial<AppConfig>) => new WebhookSecrets({ STATE_DIR: dir, ...config } as AppConfig);

  it('makes whsec_ secrets the standardwebhooks library signs and verifies with', () => {
    const secret = sutWith({}).generate();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const signature = new Webhook(secret).sign('msg', new Date(), '{}');
    expect(() =>
      new Webhook(secret).verify('{}', {
        'webhook-id': 'msg',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': signature,
      }),
    ).not.toThrow();
  });

  it('seals a secret so that only the same key and endpoint open it', () => {
    const sut = sutWith({ WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
    const sealed = sut.seal(ID, 'whsec_abc');
    expect(sealed).not.toContain('abc');
    expect(sut.open(ID, sealed)).toBe('whsec_abc');
    expect(() => sut.open('6f1c2b9e-0000-4000-8000-000000000002', sealed)).toThrow();
    const otherKey = sutWith({ WEBHOOK_SECRET_KEY: Buffer.alloc(32, 8).toString('base64') });
    expect(() => otherKey.open(ID, sealed)).toThrow();
  });

  it('without WEBHOOK_SECRET_KEY keeps one key file under STATE_DIR, readable by its owner only', () => {
    const sealed = sutWith({}).seal(ID, 'whsec_abc');
    expect(sutWith({}).open(ID, sealed)).toBe('whsec_abc');
    expect(statSync(join(dir, 'webhook-secret.key')).mode & 0o777).toBe(0o600);
  });
});
