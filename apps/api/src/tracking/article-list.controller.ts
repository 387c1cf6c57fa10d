import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ArticleListService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { ApiRoute } from '../openapi/api-route.decorator';
import { ARTICLE_PAGE_EXAMPLE, ArticlePageDto } from './dto/article-list-response.dto';
import { articleFilters, ListArticlesQueryDto } from './dto/list-articles.dto';
import { BAD_LIST_QUERY, READ_SOURCE_DOCS, READ_SOURCE_HEADER } from './read-source';

@ApiTags('tracking')
@Controller('v1/articles')
export class ArticleListController {
  constructor(private readonly articles: ArticleListService) {}

  @Get()
  @ApiRoute({
    summary: 'List articles with their verification progress',
    description:
      'Articles matching every filter given, newest first, keyset-paged (pass nextCursor back as cursor with the ' +
      'same filters). Each carries its claims by status and the share decided. An intake key sees only the articles it submitted; the others see all.',
    roles: ['intake', 'reviewer', 'editor'],
    query: true,
    responses: [
      {
        status: 200,
        type: ArticlePageDto,
        description: 'One page of articles',
        example: ARTICLE_PAGE_EXAMPLE,
        headers: READ_SOURCE_DOCS,
      },
    ],
    errors: { 400: BAD_LIST_QUERY },
  })
  async list(
    @Query() dto: ListArticlesQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticlePageDto> {
    const { page, readFrom } = await this.articles.list(
      { filters: articleFilters(dto), limit: dto.limit, cursor: dto.cursor },
      caller,
    );
    reply.header(READ_SOURCE_HEADER, readFrom);
    return page;
  }
}
