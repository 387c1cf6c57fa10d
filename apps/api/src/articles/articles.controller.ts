import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ArticlesService } from '@factdesk/desk';
import { Caller, CurrentCaller, DomainError } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { ARTICLE, IDS, SEED_BODY_EXCERPT } from '../openapi/examples';
import { ArticleResponseDto } from './dto/article-response.dto';
import { ArticleAcceptedDto, SubmitArticleDto } from './dto/submit-article.dto';

@ApiTags('articles')
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @ApiRoute({
    summary: 'Submit an article',
    description:
      'Stores the article and queues it for claim extraction in one transaction (no Redis needed to accept it). ' +
      'A repeat (the same Idempotency-Key, or the same url and body) returns the first article with 200.',
    roles: ['intake', 'editor'],
    body: {
      type: SubmitArticleDto,
      examples: {
        article: {
          summary: 'A news article',
          value: {
            outlet: 'MNTV',
            url: 'https://example.com/news/syria-officers',
            language: 'en',
            body: SEED_BODY_EXCERPT,
          },
        },
      },
    },
    responses: [
      {
        status: 202,
        type: ArticleAcceptedDto,
        description: 'Accepted; claims are extracted in the background',
        example: { id: IDS.article, status: 'pending' },
      },
      {
        status: 200,
        type: ArticleAcceptedDto,
        description: 'A repeat: the first article with this key or url + body',
        example: { id: IDS.article, status: 'extracted' },
      },
    ],
    errors: {
      400: 'The body fails validation, or the Idempotency-Key is not 1-200 visible ASCII characters.',
      409: 'The Idempotency-Key was used before with a different body.',
    },
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat-safe submission key (max 200 chars)' })
  async submit(
    @Body() dto: SubmitArticleDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ArticleAcceptedDto> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw new DomainError('invalid_input', 'Idempotency-Key must be 1-200 visible ASCII characters', [
        { field: 'Idempotency-Key', errors: ['must be 1-200 visible ASCII characters'] },
      ]);
    }
    const { created, id, status } = await this.articles.submit(dto, idempotencyKey, caller);
    reply.status(created ? HttpStatus.ACCEPTED : HttpStatus.OK);
    return { id, status };
  }

  @Get(':id')
  @ApiRoute({
    summary: 'An article and its attributed claims',
    description:
      'The article’s extraction status and every claim extracted from it, each with its review status; a claim ' +
      'matched to one already on the desk shows that claim (`matchedClaim`) and, once approved, its verdict.',
    roles: ['intake', 'reviewer', 'editor'],
    ids: { id: 'article' },
    responses: [
      { status: 200, type: ArticleResponseDto, description: 'The article with its claims', example: ARTICLE },
    ],
  })
  view(@Param('id', existingId('article')) id: string): Promise<ArticleResponseDto> {
    return this.articles.view(id);
  }
}
