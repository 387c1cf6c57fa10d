import { Injectable, Logger } from '@nestjs/common';
import { pipeline, Readable, Transform } from 'stream';
import { bind, streamRows } from '@factdesk/persistence';
import { Caller, ReadDatabase, ReadTarget } from '@factdesk/platform';
import { ClaimFilters, ClaimOrder, resolveClaimQuery } from './claim-filters';
import { ClaimListRow, toClaimListItem } from './claim-list-item';
import { claimListStatement } from './claim-list-sql';
import { csvWriter, EXPORT_CONTENT_TYPES, ExportFormat, ndjsonWriter } from './claim-export-format';

export interface ClaimExport {
  body: Readable;
  contentType: string;
  filename: string;
  readFrom: ReadTarget;
}

/** The claim list as a file: the same filters and order, every matching claim, streamed row by row. */
@Injectable()
export class ClaimExportService {
  private readonly logger = new Logger(ClaimExportService.name);

  constructor(private readonly reads: ReadDatabase) {}

  async export(
    query: ClaimOrder & { filters: ClaimFilters },
    format: ExportFormat,
    caller: Caller,
  ): Promise<ClaimExport> {
    const resolved = resolveClaimQuery(query.filters, query, caller.keyId);
    const { dataSource, target } = await this.reads.forCaller(caller);
    const { text, params } = claimListStatement(resolved);
    const rows = await streamRows(dataSource, ...bind(text, params));
    const items = new Transform({
      objectMode: true,
      transform(row: ClaimListRow, _encoding, done) {
        done(null, toClaimListItem(row));
      },
    });
    const body = pipeline(rows, items, format === 'csv' ? csvWriter() : ndjsonWriter(), (error) => {
      // Once the first bytes are out the status is sent: a failure can only cut the file short, so it is logged.
      if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.logger.error(`claim export failed: ${error.message}`);
    });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    return { body, contentType: EXPORT_CONTENT_TYPES[format], filename: `claims-${stamp}.${format}`, readFrom: target };
  }
}
