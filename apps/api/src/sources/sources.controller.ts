import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SourcesService } from '@factdesk/desk';
import { Caller, CurrentCaller, Roles } from '@factdesk/platform';
import { existingId } from '../common-params';
import { AddAliasDto, AliasCreatedDto } from './dto/alias.dto';
import { ListSourcesQueryDto } from './dto/list-sources.dto';
import { SourceDetailDto, SourcePageDto } from './dto/source-response.dto';
import { UpdateSourceDto } from './dto/update-source.dto';

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @Roles('reviewer', 'editor')
  @ApiOkResponse({ type: SourcePageDto, description: 'One page of the registry, in registry-key order' })
  list(@Query() query: ListSourcesQueryDto): Promise<SourcePageDto> {
    return this.sources.list(query);
  }

  @Get(':id')
  @Roles('reviewer', 'editor')
  @ApiOkResponse({
    type: SourceDetailDto,
    description: 'With aliases, track record as source and as relay, and recent claims',
  })
  view(@Param('id', existingId('source')) id: string): Promise<SourceDetailDto> {
    return this.sources.detail(id);
  }

  @Patch(':id')
  @Roles('editor')
  @ApiOkResponse({ type: SourceDetailDto })
  update(@Param('id', existingId('source')) id: string, @Body() dto: UpdateSourceDto): Promise<SourceDetailDto> {
    return this.sources.updateNotes(id, dto.notes);
  }

  @Post(':id/aliases')
  @Roles('editor')
  @ApiCreatedResponse({
    type: AliasCreatedDto,
    description: 'Added; registry rows under the alias were folded into this source',
  })
  addAlias(
    @Param('id', existingId('source')) id: string,
    @Body() dto: AddAliasDto,
    @CurrentCaller() caller: Caller,
  ): Promise<AliasCreatedDto> {
    return this.sources.addAlias(id, dto.alias, caller);
  }

  @Delete(':id/aliases/:aliasId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('editor')
  @ApiNoContentResponse({
    description: 'Removed; claims already folded in stay, later claims under the name get their own row',
  })
  async removeAlias(
    @Param('id', existingId('source')) id: string,
    @Param('aliasId', existingId('alias')) aliasId: string,
  ): Promise<void> {
    await this.sources.removeAlias(id, aliasId);
  }
}
