import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, DomainError } from '@factdesk/platform';

/** Longer query strings are refused (414): no filter needs them, and they only make logs and parsers work. */
export const QUERY_LIMIT_BYTES = 4 * 1024;
/** Larger request headers, all of them together, are refused (431); a key and a few headers fit many times over. */
export const HEADER_LIMIT_BYTES = 8 * 1024;
/**
 * Node's HTTP parser refuses a request line and headers past this size on its own, with a bare 431 and a closed
 * socket. It sits well above the two limits above, so an over-long URL or header gets the house error body instead.
 */
export const PARSER_HEADER_LIMIT_BYTES = 64 * 1024;

/**
 * Security headers (helmet; the CSP admits what the /docs page loads), CORS for the origins of CORS_ORIGINS only,
 * and limits on the query string and the headers, refused in the house error shape before any route runs.
 */
export async function hardenHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`],
      },
    },
  });
  app.enableCors({
    origin: config.CORS_ORIGINS,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Last-Event-ID'],
    exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'x-read-source'],
    maxAge: 600,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => {
      const query = request.url.indexOf('?');
      if (query >= 0 && request.url.length - query - 1 > QUERY_LIMIT_BYTES) {
        return done(new DomainError('uri_too_long', `the query string is over ${QUERY_LIMIT_BYTES} bytes`));
      }
      const headerBytes = request.raw.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0);
      if (headerBytes > HEADER_LIMIT_BYTES) {
        return done(new DomainError('headers_too_large', `the request headers are over ${HEADER_LIMIT_BYTES} bytes`));
      }
      done();
    });
}
