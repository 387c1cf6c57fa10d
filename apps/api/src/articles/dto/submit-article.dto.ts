import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class SubmitArticleDto {
  @ApiProperty({ example: 'MNTV', description: 'Publishing outlet' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  outlet: string;

  @ApiPropertyOptional({ example: 'https://example.com/news/syria-officers' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2_000)
  url?: string;

  @ApiPropertyOptional({ example: 'Syria sends officers to Türkiye, Saudi Arabia for weapons training' })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  headline?: string;

  @ApiProperty({ description: 'Full article text (UTF-8); the request body may be at most 1 MiB' })
  @IsString()
  @Matches(/\S/, { message: 'body must contain text' })
  body: string;

  @ApiPropertyOptional({ example: '2025-10-28T09:00:00Z', type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'publishedAt must be an ISO 8601 date-time' })
  publishedAt?: Date;

  @ApiPropertyOptional({ example: 'en', description: 'BCP 47 language tag' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or en-GB' })
  language?: string;
}

export class ArticleAcceptedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending', 'extracted', 'failed'] }) status: string;
}
