import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { concatMap, type Observable } from 'rxjs';
import { type AuthenticatedRequest, ReadDatabase } from '@factdesk/platform';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request that may change something marks its caller as having just written, before the response leaves, so
 * the caller's next list read goes to the primary (ReadDatabase) and shows the change.
 */
@Injectable()
export class ReadAfterWriteInterceptor implements NestInterceptor {
  constructor(private readonly reads: ReadDatabase) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (READS.has(request.method)) return next.handle();
    return next.handle().pipe(
      concatMap(async (body: unknown) => {
        if (request.caller) await this.reads.noteWrite(request.caller);
        return body;
      }),
    );
  }
}
