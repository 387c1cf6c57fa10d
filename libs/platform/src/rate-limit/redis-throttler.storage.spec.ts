import type Redis from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('RedisThrottlerStorage', () => {
  it('blocks past the limit with the seconds left in the window', async () => {
    const redis = { eval: jest.fn().mockResolvedValue([6, 12_300]) } as unknown as Redis;
    const sut = new RedisThrottlerStorage(redis, 'fd', () => undefined);
    await expect(sut.increment('default:key:k1', 60_000, 5)).resolves.toEqual({
      totalHits: 6,
      timeToExpire: 13,
      isBlocked: true,
      timeToBlockExpire: 13,
    });
    expect((redis.eval as jest.Mock).mock.calls[0].slice(1)).toEqual([1, 'fd:rate:default:key:k1', 60_000]);
  });

  it('lets requests through when Redis does not answer, reporting it once per 30 s', async () => {
    const failures: unknown[] = [];
    const redis = { eval: jest.fn().mockRejectedValue(new Error('Connection is closed.')) } as unknown as Redis;
    const sut = new RedisThrottlerStorage(redis, 'fd', (error) => failures.push(error));
    for (let i = 0; i < 3; i += 1) {
      expect((await sut.increment('default:ip:127.0.0.1', 60_000, 1)).isBlocked).toBe(false);
    }
    expect(failures).toHaveLength(1);
  });
});
