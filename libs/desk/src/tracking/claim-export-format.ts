import { stringify } from 'csv-stringify';
import { Transform } from 'stream';

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV columns: the list item's fields, nested ones by their path (`source.name`), in this order. */
export const CSV_COLUMNS: readonly string[] = [
  'id',
  'status',
  'version',
  'priority',
  'attributionVerdict',
  'claimRating',
  'source.id',
  'source.name',
  'source.type',
  'via.id',
  'via.name',
  'via.type',
  'cue',
  'quote',
  'content',
  'dueAt',
  'overdue',
  'leaseExpiresAt',
  'assignee.id',
  'assignee.name',
  'assignee.role',
  'reach',
  'possibleDuplicateOf',
  'article.id',
  'article.outlet',
  'article.headline',
  'article.url',
  'createdAt',
  'decidedAt',
];

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula; article text can
 * start that way, so such a cell gets a leading apostrophe, which spreadsheets show as text (OWASP's CSV injection
 * advice).
 */
export const spreadsheetSafe = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * RFC 4180: CRLF between records, fields with a comma, quote or line break quoted and quotes doubled; UTF-8 with a
 * byte order mark, so spreadsheets do not guess another encoding; a header row even when no claim matches.
 */
export const csvWriter = (): Transform =>
  stringify({
    header: true,
    bom: true,
    record_delimiter: 'windows',
    columns: CSV_COLUMNS.map((path) => ({ key: path.split('.'), header: path })),
    cast: { boolean: (value) => String(value), string: (value) => spreadsheetSafe(value) },
  });

/** One JSON object per line, the list item's shape. */
export const ndjsonWriter = (): Transform =>
  new Transform({
    writableObjectMode: true,
    transform(item: unknown, _encoding, done) {
      done(null, `${JSON.stringify(item)}\n`);
    },
  });

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};
