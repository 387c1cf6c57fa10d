import { BadRequestException, type Logger, NotFoundException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toHttpError } from './all-exceptions.filter';

describe('toHttpError', () => {
  const logger = { error: jest.fn() } as unknown as Logger;

  it('maps domain error codes to statuses and keeps details', () => {
    const sut = toHttpError(new DomainError('stale_version', 'claim moved on', { version: 3 }), logger);
    expect(sut).toEqual({ statusCode: 409, error: 'Conflict', message: 'claim moved on', details: { version: 3 } });
  });

  it('keeps validation details from the pipe', () => {
    const sut = toHttpError(
      new BadRequestException({ message: 'outlet must be a string', details: [{ field: 'outlet' }] }),
      logger,
    );
    expect(sut).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'outlet must be a string',
      details: [{ field: 'outlet' }],
    });
  });

  it('passes through Nest HTTP exceptions', () => {
    expect(toHttpError(new NotFoundException('Cannot GET /x'), logger)).toMatchObject({
      statusCode: 404,
      message: 'Cannot GET /x',
    });
  });

  it('keeps 4xx errors raised by Fastify before routing', () => {
    const fastifyError = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    expect(toHttpError(fastifyError, logger)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'Request body is too large',
      details: { code: 'FST_ERR_CTP_BODY_TOO_LARGE' },
    });
  });

  it("keeps the code of a Fastify error that Nest's adapter wrapped", () => {
    const fastifyError = Object.assign(new Error('Body cannot be empty'), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY' });
    expect(toHttpError(new BadRequestException('Body cannot be empty', { cause: fastifyError }), logger)).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Body cannot be empty',
      details: { code: 'FST_ERR_CTP_EMPTY_JSON_BODY' },
    });
  });

  it('hides unexpected errors behind an errorId it logs', () => {
    const sut = toHttpError(new TypeError('cannot read x of undefined'), logger);
    expect(sut.statusCode).toBe(500);
    expect(sut.message).not.toContain('cannot read');
    const { errorId } = sut.details as { errorId: string };
    expect(sut.message).toContain(errorId);
    expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ errorId }), 'unexpected error');
  });
});
