import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ArticlesService } from '@factdesk/desk';
import { Caller, CurrentCaller, DomainError, Roles } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ArticleResponseDto } from './dto/article-response.dto';
import { ArticleAcceptedDto, SubmitArticleDto } from './dto/submit-article.dto';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @Roles('intake', 'editor')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeat-safe submission key (max 200 chars)' })
  @ApiResponse({
    status: 202,
    type: ArticleAcceptedDto,
    description: 'Accepted; claims are extracted in the background',
  })
  @ApiResponse({
    status: 200,
    type: ArticleAcceptedDto,
    description: 'A repeat: the first article with this key or url + body',
  })
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
  @Roles('intake', 'reviewer', 'editor')
  @ApiOkResponse({ type: ArticleResponseDto })
  view(@Param('id', existingId('article')) id: string): Promise<ArticleResponseDto> {
    return this.articles.view(id);
  }
}
