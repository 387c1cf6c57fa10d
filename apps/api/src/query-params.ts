import { applyDecorators } from '@nestjs/common';
import { Transform, type TransformFnParams, Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

/** A repeatable query parameter (`?status=a&status=b`) is an array whether it came once or many times. */
export const ToArray = () =>
  Transform(({ value }: TransformFnParams): unknown => (value === undefined || Array.isArray(value) ? value : [value]));

/** An optional repeatable parameter whose every value is one of `values`. */
export const QueryEnumList = (values: readonly string[]) =>
  applyDecorators(IsOptional(), ToArray(), IsIn(values, { each: true }));

/** Optional free text of 1 to `max` characters (NUL and lone surrogates are refused for every route: input-guards). */
export const QueryText = (max: number) => applyDecorators(IsOptional(), IsString(), MinLength(1), MaxLength(max));

/** `true` or `false`, nothing else: `?overdue=yes` is a 400, not a silent false. */
export const QueryBoolean = () =>
  applyDecorators(IsOptional(), IsIn(['true', 'false'], { message: '$property must be true or false' }));

export const parseBoolean = (value?: string): boolean | undefined =>
  value === undefined ? undefined : value === 'true';

/**
 * An ISO date (`2025-12-01`, UTC midnight) or a date-time with an offset (`2025-12-01T09:30:00+01:00`): a date-time
 * without one would mean whatever time zone the server runs in.
 */
export const QueryInstant = () =>
  applyDecorators(
    IsOptional(),
    IsISO8601({ strict: true }, { message: '$property must be an ISO date or a date-time with an offset' }),
    Matches(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/, {
      message: '$property must be an ISO date or a date-time with an offset',
    }),
  );

export const parseInstant = (value?: string): Date | undefined => (value === undefined ? undefined : new Date(value));

/** An optional whole number within min..max, from its query-string text. */
export const QueryInt = (min: number, max: number) =>
  applyDecorators(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(min),
    Max(max),
  );
