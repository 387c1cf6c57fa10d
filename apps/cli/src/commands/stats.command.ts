import { StatsRebuild, StatsService } from '@factdesk/desk';
import type { AppConfig } from '@factdesk/platform';
import { parseOptions, UsageError } from './args';
import { withDatabase } from './postgres';
import { statsTables } from './stats-table';

const instant = (name: string, value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--${name} must be an ISO date or date-time, e.g. 2026-12-01`);
  return date;
};

/** stats [--from --to --outlet --bucket]: the figures of GET /v1/stats, from the same service, as tables. */
export async function stats(config: AppConfig, argv: string[]): Promise<void> {
  const { values } = parseOptions(argv, { values: ['from', 'to', 'outlet', 'bucket'] });
  if (values.bucket !== undefined && !['hour', 'day'].includes(values.bucket)) {
    throw new UsageError('--bucket must be hour or day');
  }
  const query = {
    from: instant('from', values.from),
    to: instant('to', values.to),
    outlet: values.outlet,
    bucket: values.bucket as 'hour' | 'day' | undefined,
  };
  const figures = await withDatabase(config, (dataSource) => new StatsService(dataSource, config).figures(query));
  console.log(statsTables(figures));
}

/** stats:rebuild: recompute the rollups from the tables (the worker's consumer then goes on from there). */
export async function statsRebuild(config: AppConfig): Promise<void> {
  const rebuilt = await withDatabase(config, (dataSource) => new StatsRebuild(dataSource).rebuild());
  if (!rebuilt) throw new Error('the stats rollups are busy (a consumer run or another rebuild); try again');
  console.log('stats rollups rebuilt from the tables');
}
