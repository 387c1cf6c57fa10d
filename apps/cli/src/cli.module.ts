import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule } from '@factdesk/platform';

/** The cli needs the platform's services (API keys, database) but no HTTP and no queue workers. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [PlatformModule.forRoot(config, 'cli')] };
  }
}
