import { RedisErrorLog } from './redis-error-log';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6999'), { code: 'ECONNREFUSED', port: 6999 });

describe('RedisErrorLog', () => {
  it('writes the first error of a kind, then one per window with the count it left out', () => {
    let clock = 0;
    const write = jest.fn();
    const sut = new RedisErrorLog(write, 30_000, () => clock);

    sut.report('worker', refused());
    for (clock = 1_000; clock < 30_000; clock += 1_000) sut.report('worker', refused());
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenLastCalledWith(
      expect.objectContaining({ client: 'worker', code: 'ECONNREFUSED', port: 6999, suppressedSinceLast: 0 }),
      'Redis connection error',
    );

    clock = 30_000;
    sut.report('worker', refused());
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ suppressedSinceLast: 29 }), expect.any(String));
  });

  it('keeps clients and error kinds apart', () => {
    const write = jest.fn();
    const sut = new RedisErrorLog(write, 30_000, () => 0);
    sut.report('worker', refused());
    sut.report('api', refused());
    sut.report('api', new Error('READONLY You cannot write against a read only replica.'));
    expect(write).toHaveBeenCalledTimes(3);
  });
});
