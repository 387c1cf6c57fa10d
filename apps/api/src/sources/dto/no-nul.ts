import { Matches } from 'class-validator';

/** PostgreSQL text cannot hold U+0000: refuse it here as a 400 instead of letting the database fail. */
export const NoNulCharacter = () =>
  Matches(/^[^\u0000]*$/, { message: '$property must not contain the NUL character' });
