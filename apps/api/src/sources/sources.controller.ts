import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SourcesService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { ALIAS_CREATED, SOURCE_DETAIL, SOURCE_PAGE } from '../openapi/examples';
import { AddAliasDto, AliasCreatedDto } from './dto/alias.dto';
import { ListSourcesQueryDto } from './dto/list-sources.dto';
import { SourceDetailDto, SourcePageDto } from './dto/source-response.dto';
import { UpdateSourceDto } from './dto/update-source.dto';

@ApiTags('sources')
@Controller('v1/sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @ApiRoute({
    summary: 'Search the source registry',
    description:
      'One page of sources and relays in registry-key order, then id. `q` matches part of a name or alias ignoring ' +
      'case and diacritics, or a close spelling; pass `nextCursor` back as `cursor` for the next page.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [
      {
        status: 200,
        type: SourcePageDto,
        description: 'One page of the registry, in registry-key order',
        example: SOURCE_PAGE,
      },
    ],
    errors: { 400: 'A query parameter fails validation, or `cursor` is not one this API issued.' },
  })
  list(@Query() query: ListSourcesQueryDto): Promise<SourcePageDto> {
    return this.sources.list(query);
  }

  @Get(':id')
  @ApiRoute({
    summary: 'A source with its record',
    description:
      'Aliases, the track record as source and as relay (approved verdicts only), the risk triage adds to its new ' +
      'claims, and the latest 50 claims it made and relayed.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'source' },
    responses: [
      {
        status: 200,
        type: SourceDetailDto,
        description: 'With aliases, track record as source and as relay, and recent claims',
        example: SOURCE_DETAIL,
      },
    ],
  })
  view(@Param('id', existingId('source')) id: string): Promise<SourceDetailDto> {
    return this.sources.detail(id);
  }

  @Patch(':id')
  @ApiRoute({
    summary: 'Rename, retype or annotate a source',
    description:
      'Give any of name, type and notes (at least one). A new name gets its own registry key and the old name ' +
      'becomes an alias, so claims still extracted under it land here. Each change is an audit event (renamed, ' +
      'retyped, notes_changed) listed in `history`. Notes null or blank clears them.',
    roles: ['editor'],
    ids: { id: 'source' },
    body: {
      type: UpdateSourceDto,
      examples: {
        rename: { summary: 'Rename and retype', value: { name: 'Bloomberg News', type: 'media' } },
        set: { summary: 'Write notes', value: { notes: 'Often quoted second-hand' } },
        clear: { summary: 'Clear them', value: { notes: null } },
      },
    },
    responses: [
      { status: 200, type: SourceDetailDto, description: 'The source after the change', example: SOURCE_DETAIL },
    ],
    errors: {
      400: 'The input fails validation, or none of name, type and notes is given; `details` lists each field.',
      409: 'Another source already has that name and type, as its name or an alias: add it as an alias there instead.',
    },
  })
  update(
    @Param('id', existingId('source')) id: string,
    @Body() dto: UpdateSourceDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SourceDetailDto> {
    return this.sources.update(id, dto, caller);
  }

  @Post(':id/aliases')
  @ApiRoute({
    summary: 'Add an alias to a source',
    description:
      'Claims under any name with the alias’s registry key now resolve to this source. Registry rows already under ' +
      'that key are folded in within the same transaction: their claims, relayed claims and aliases move over, their ' +
      'notes are appended, and the rows are deleted.',
    roles: ['editor'],
    ids: { id: 'source' },
    body: { type: AddAliasDto, examples: { alias: { summary: 'Another name', value: { alias: 'Bloomberg News' } } } },
    responses: [
      {
        status: 201,
        type: AliasCreatedDto,
        description: 'Added; registry rows under the alias were folded into this source',
        example: ALIAS_CREATED,
      },
    ],
    errors: { 409: 'The alias is the source’s own key, or belongs to another source.' },
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
  @ApiRoute({
    summary: 'Remove an alias',
    description: 'Claims already folded in stay where they are; later claims under that name get their own row again.',
    roles: ['editor'],
    ids: { id: 'source', aliasId: 'alias' },
    responses: [
      {
        status: 204,
        description: 'Removed; claims already folded in stay, later claims under the name get their own row',
      },
    ],
  })
  async removeAlias(
    @Param('id', existingId('source')) id: string,
    @Param('aliasId', existingId('alias')) aliasId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.sources.removeAlias(id, aliasId, caller);
  }
}
