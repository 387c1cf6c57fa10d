import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig, createValidationPipe, toHttpError } from '@factdesk/platform';
import { ApiModule } from './api.module';
import { instrumentHttp } from './metrics/http-metrics';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP app (also used by tests); the caller decides when to listen. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: true });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config), adapter, {
    bufferLogs: true,
    // Fastify's own JSON parser is enough; Nest's would add a urlencoded parser the API does not speak.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // Errors raised by Fastify before a route runs (bad JSON, body too large) get the same JSON shape.
  const errorLogger = new NestLogger('Errors');
  fastify.setErrorHandler((error, _request, reply) => {
    const body = toHttpError(error, errorLogger);
    void reply.status(body.statusCode).send(body);
  });
  // The API speaks JSON only; without Fastify's text parser other bodies get a clean 415.
  fastify.removeContentTypeParser('text/plain');
  instrumentHttp(fastify);

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('factdesk')
      .setDescription('Source-attribution fact-check workflow: intake, extracted claims, verification queue')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key (npm run cli -- keys:create)' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  return app;
}
