import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error';
import { HttpErrorBody, httpErrorBody } from './http-error-body';

interface StatusCarrier {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Turns anything thrown into {statusCode, error, message, details}; unexpected errors get an errorId and no internals. */
export function toHttpError(exception: unknown, logger: Logger): HttpErrorBody {
  if (exception instanceof DomainError)
    return httpErrorBody(exception.status, exception.message, exception.details ?? null);
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    if (typeof response === 'object' && response !== null && 'details' in response) {
      const { message, details } = response as { message: string; details: unknown };
      return httpErrorBody(exception.getStatus(), message, details);
    }
    // Nest's Fastify adapter wraps Fastify's own 4xx errors (bad JSON, body too large) with the original as cause.
    const code = (exception.cause as StatusCarrier | undefined)?.code;
    return httpErrorBody(exception.getStatus(), exception.message, code ? { code } : null);
  }
  const carrier = exception as StatusCarrier;
  // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode and a code.
  if (carrier?.statusCode && carrier.statusCode >= 400 && carrier.statusCode < 500) {
    return httpErrorBody(
      carrier.statusCode,
      carrier.message ?? 'Bad request',
      carrier.code ? { code: carrier.code } : null,
    );
  }
  const errorId = randomUUID();
  logger.error({ err: exception, errorId }, 'unexpected error');
  return httpErrorBody(500, `Internal error; quote errorId ${errorId} when reporting it`, { errorId });
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toHttpError(exception, this.logger);
    host.switchToHttp().getResponse<FastifyReply>().status(body.statusCode).send(body);
  }
}
