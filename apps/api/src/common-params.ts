import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '@factdesk/platform';

/** A malformed id can never exist, so it is answered like an unknown one. */
export const existingId = (what: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new DomainError('not_found', `${what} not found: the id is not a UUID`),
  });
