import { applyDecorators, ParseUUIDPipe } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { DomainError } from '@factdesk/platform';

/** A malformed id can never exist, so it is answered like an unknown one. */
export const existingId = (what: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new DomainError('not_found', `${what} not found: the id is not a UUID`),
  });

/** An outlet name as articles carry it (1-200 characters). */
export const IsOutletName = () => applyDecorators(IsString(), MinLength(1), MaxLength(200));
