import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { WEBHOOK_EVENT_TYPES } from '@factdesk/desk';
import { IsOutletName } from '../../common-params';
import { QueryInstant } from '../../query-params';

const MAX_URL_LENGTH = 2_000;
const MAX_DESCRIPTION_LENGTH = 500;
/** The scheme is checked by the service too (with the addresses), so every refusal names the same reason. */
const WebhookUrl = () => IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true });

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://cms.example.org/hooks/factdesk',
    maxLength: MAX_URL_LENGTH,
    description:
      'http or https; refused (400) if the host resolves to a private, loopback or link-local address, unless the ' +
      'desk runs with WEBHOOK_ALLOW_PRIVATE=true. Checked again on every attempt.',
  })
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  @WebhookUrl()
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['claim.approved'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events: string[];

  @ApiPropertyOptional({ example: 'Daily Courier', description: "Only events of this outlet's articles and claims" })
  @IsOptional()
  @IsOutletName()
  outlet?: string;

  @ApiPropertyOptional({ example: 'CMS verdict badges', maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** Any of the fields; outlet and description null clear them; enabled true restarts a disabled endpoint. */
export class UpdateWebhookDto {
  @ApiPropertyOptional({ example: 'https://cms.example.org/hooks/factdesk-v2', maxLength: MAX_URL_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_URL_LENGTH)
  @WebhookUrl()
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENT_TYPES, isArray: true, example: ['claim.approved', 'claim.sla_breached'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: string[];

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Daily Courier', description: 'null: every outlet' })
  @IsOptional()
  @ValidateIf((dto: UpdateWebhookDto) => dto.outlet !== null)
  @IsOutletName()
  outlet?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: MAX_DESCRIPTION_LENGTH })
  @IsOptional()
  @ValidateIf((dto: UpdateWebhookDto) => dto.description !== null)
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ description: 'false stops deliveries; true starts them again and clears a failing streak' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class ReplayFailedDto {
  @ApiProperty({
    example: '2026-12-01T00:00:00Z',
    description: 'Every delivery made since then whose attempts all failed is sent again',
  })
  @IsDefined()
  @QueryInstant()
  since: string;
}
