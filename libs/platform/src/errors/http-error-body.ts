import { STATUS_CODES } from 'http';

export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details: unknown;
}

export function httpErrorBody(statusCode: number, message: string, details: unknown = null): HttpErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, details };
}
