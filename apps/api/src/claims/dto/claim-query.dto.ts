import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, CLAIM_STATUSES } from '@factdesk/review';
import {
  CLAIM_SORTS,
  type ClaimFilters,
  type ClaimOrder,
  type ClaimSort,
  EXPORT_FORMATS,
  type ExportFormat,
  SORT_ORDERS,
  type SortOrder,
} from '@factdesk/desk';
import { PageQueryDto } from '../../page-query.dto';
import {
  parseBoolean,
  parseInstant,
  QueryBoolean,
  QueryEnumList,
  QueryInstant,
  QueryInt,
  QueryText,
} from '../../query-params';

const PERSON = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The claim list's filters and order, shared by the list and the export. */
export class ClaimFiltersQueryDto {
  @ApiPropertyOptional({
    enum: CLAIM_STATUSES,
    isArray: true,
    example: ['queued', 'in_review'],
    description: 'Repeat for several: ?status=queued&status=in_review',
  })
  @QueryEnumList(CLAIM_STATUSES)
  status?: string[];

  @ApiPropertyOptional({ enum: ATTRIBUTION_VERDICTS, isArray: true, description: 'The verdict on who said it' })
  @QueryEnumList(ATTRIBUTION_VERDICTS)
  attributionVerdict?: string[];

  @ApiPropertyOptional({ enum: CLAIM_RATINGS, isArray: true, description: 'The rating of what was said' })
  @QueryEnumList(CLAIM_RATINGS)
  claimRating?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Registry id of the source (GET /v1/sources)' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Registry id of the relay' })
  @IsOptional()
  @IsUUID()
  viaId?: string;

  @ApiPropertyOptional({ example: 'MNTV', description: "The article's outlet; case and accents do not matter" })
  @QueryText(200)
  outlet?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  articleId?: string;

  @ApiPropertyOptional({
    example: 'me',
    description: 'A person id (GET /v1/people), `me` for the caller, or `none` for unassigned claims',
  })
  @IsOptional()
  @Matches(PERSON, { message: '$property must be a person id (uuid), me or none' })
  assignee?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'At least this priority' })
  @QueryInt(0, 100)
  priorityMin?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'At most this priority' })
  @QueryInt(0, 100)
  priorityMax?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'On the desk and past its SLA due time' })
  @QueryBoolean()
  overdue?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Has a possible duplicate waiting for a reviewer' })
  @QueryBoolean()
  suggestedDuplicate?: string;

  @ApiPropertyOptional({ example: '2025-12-01', description: 'Created at or after (date = UTC midnight)' })
  @QueryInstant()
  createdFrom?: string;

  @ApiPropertyOptional({ example: '2025-12-08T00:00:00Z', description: 'Created before' })
  @QueryInstant()
  createdTo?: string;

  @ApiPropertyOptional({ example: '2025-12-01', description: 'Approved or discarded at or after' })
  @QueryInstant()
  decidedFrom?: string;

  @ApiPropertyOptional({ example: '2025-12-08', description: 'Approved or discarded before' })
  @QueryInstant()
  decidedTo?: string;

  @ApiPropertyOptional({
    example: '"armoured vehicles" turkiye -syria',
    description:
      'Full-text search over the content, source and relay names and the headline, in web-search syntax ("exact phrase", -excluded, or); English stemming, case and accents ignored',
  })
  @QueryText(500)
  q?: string;

  @ApiPropertyOptional({
    enum: CLAIM_SORTS,
    description: 'Default: priority when every status asked for is on the desk (or overdue=true), else created',
  })
  @IsOptional()
  @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;

  @ApiPropertyOptional({
    enum: SORT_ORDERS,
    description:
      'Default: priority desc (then oldest first), created desc, due asc, decided desc; the other order is the exact reverse',
  })
  @IsOptional()
  @IsIn(SORT_ORDERS)
  order?: SortOrder;
}

export class ListClaimsQueryDto extends IntersectionType(ClaimFiltersQueryDto, PageQueryDto) {}

export class ExportClaimsQueryDto extends ClaimFiltersQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

/** The query's filters as the desk takes them: booleans and instants parsed (the DTO has checked their form). */
export function claimQuery(dto: ClaimFiltersQueryDto): ClaimOrder & { filters: ClaimFilters } {
  return {
    sort: dto.sort,
    order: dto.order,
    filters: {
      status: dto.status,
      attributionVerdict: dto.attributionVerdict,
      claimRating: dto.claimRating,
      sourceId: dto.sourceId,
      viaId: dto.viaId,
      outlet: dto.outlet,
      articleId: dto.articleId,
      assignee: dto.assignee,
      priorityMin: dto.priorityMin,
      priorityMax: dto.priorityMax,
      overdue: parseBoolean(dto.overdue),
      suggestedDuplicate: parseBoolean(dto.suggestedDuplicate),
      createdFrom: parseInstant(dto.createdFrom),
      createdTo: parseInstant(dto.createdTo),
      decidedFrom: parseInstant(dto.decidedFrom),
      decidedTo: parseInstant(dto.decidedTo),
      q: dto.q,
    },
  };
}
