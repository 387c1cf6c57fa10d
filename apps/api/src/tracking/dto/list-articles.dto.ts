import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ARTICLE_STATUSES } from '@factdesk/persistence';
import { type ArticleFilters } from '@factdesk/desk';
import { PageQueryDto } from '../../page-query.dto';
import { parseInstant, QueryEnumList, QueryInstant, QueryText } from '../../query-params';

export class ArticleFiltersQueryDto {
  @ApiPropertyOptional({ example: 'MNTV', description: 'Case and accents do not matter' })
  @QueryText(200)
  outlet?: string;

  @ApiPropertyOptional({ enum: ARTICLE_STATUSES, isArray: true, description: 'Repeatable' })
  @QueryEnumList(ARTICLE_STATUSES)
  ingestStatus?: string[];

  @ApiPropertyOptional({ example: '2025-12-01', description: 'Published at or after (date = UTC midnight)' })
  @QueryInstant()
  publishedFrom?: string;

  @ApiPropertyOptional({ example: '2025-12-08', description: 'Published before' })
  @QueryInstant()
  publishedTo?: string;

  @ApiPropertyOptional({
    example: 'armoured vehicles -syria',
    description: 'Full-text search over headline and body (web-search syntax; case and accents ignored)',
  })
  @QueryText(500)
  q?: string;
}

export class ListArticlesQueryDto extends IntersectionType(ArticleFiltersQueryDto, PageQueryDto) {}

export const articleFilters = (dto: ListArticlesQueryDto): ArticleFilters => ({
  outlet: dto.outlet,
  ingestStatus: dto.ingestStatus,
  publishedFrom: parseInstant(dto.publishedFrom),
  publishedTo: parseInstant(dto.publishedTo),
  q: dto.q,
});
