import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@factdesk/platform';
import { dataSourceOptions } from './data-source-options';

/** The DataSource the TypeORM CLI uses (npm run migration:*); the apps build theirs from the same options. */
export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
