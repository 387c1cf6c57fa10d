import { type Type } from '@nestjs/common';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig, createValidationPipe, LogSink, noteRoute, PinoLoggerService } from '@factdesk/platform';
import { mountQueueBoard } from './admin/queue-board';
import { assertEveryRouteDeclared } from './openapi/route-access';
import { ApiModule } from './api.module';
import { BODY_LIMIT_BYTES } from './body-limit';
import { hardenHttp, PARSER_HEADER_LIMIT_BYTES } from './http-hardening';
import { guardRequestInput } from './input-guards';
import { instrumentHttp } from './metrics/http-metrics';
import { serveDesk } from './web/serve-desk';

/** Builds the HTTP app (also used by tests); the caller decides when to listen. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    http: { maxHeaderSize: PARSER_HEADER_LIMIT_BYTES },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config), adapter, {
    bufferLogs: true,
    // Fastify's own JSON parser is enough; Nest's would add a urlencoded parser the API does not speak.
    bodyParser: false,
  });
  app.useLogger(app.get(PinoLoggerService));
  // Every controller Nest mounted, whichever module brought it: a route nobody gave a role never serves.
  assertEveryRouteDeclared(
    [...app.get(ModulesContainer).values()].flatMap((module) =>
      [...module.controllers.values()].map((wrapper) => wrapper.metatype as Type),
    ),
  );
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  const logs = app.get(LogSink);
  // First hook: every later hook, guard, handler and filter logs through the request's logger.
  fastify.addHook('onRequest', (request, reply, done) => {
    noteRoute(request.raw, request.routeOptions.url);
    logs.handleRequest(request.raw, reply.raw, done);
  });
  // Errors raised by Fastify before a route runs (bad JSON, body too large) reach Nest's error handler, so the one
  // filter (AllExceptionsFilter) shapes every error.
  guardRequestInput(fastify);
  await hardenHttp(app, config);
  // The API speaks JSON only; without Fastify's text parser other bodies get a clean 415.
  fastify.removeContentTypeParser('text/plain');
  instrumentHttp(fastify);
  await mountQueueBoard(app);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('factdesk')
      .setDescription('Source-attribution fact-check workflow: intake, extracted claims, verification queue')
      .setVersion('0.1.0')
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        // An opaque key looked up by its SHA-256, not a JWT: no claims inside, nothing to decode.
        bearerFormat: 'API key',
        description: 'An API key, fdk_ and 32 characters (npm run cli -- keys:create)',
      })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  await serveDesk(fastify);
  return app;
}
