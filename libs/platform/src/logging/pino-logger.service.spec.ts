import { Writable } from 'stream';
import pino from 'pino';
import type { LogSink } from './log-sink';
import { PinoLoggerService } from './pino-logger.service';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  const sut = new PinoLoggerService({ current: pino({ base: null, timestamp: false }, stream) } as unknown as LogSink);
  return { sut, lines };
}

describe('PinoLoggerService', () => {
  it("reads Nest's Logger called the pino way, (fields, message, context), as fields with a msg", () => {
    const { sut, lines } = capture();
    sut.error({ client: 'worker extract', code: 'ECONNREFUSED' }, 'Redis connection error', 'Redis');
    expect(lines).toEqual([
      { level: 50, context: 'Redis', client: 'worker extract', code: 'ECONNREFUSED', msg: 'Redis connection error' },
    ]);
  });

  it('keeps other extra parameters as params, and a plain message as msg', () => {
    const { sut, lines } = capture();
    sut.warn('slow', 42, 'Main');
    sut.warn('slow', 'queue extract', 'Main');
    sut.log('started', 'Main');
    expect(lines).toEqual([
      { level: 40, context: 'Main', params: [42], msg: 'slow' },
      { level: 40, context: 'Main', params: ['queue extract'], msg: 'slow' },
      { level: 30, context: 'Main', msg: 'started' },
    ]);
  });
});
