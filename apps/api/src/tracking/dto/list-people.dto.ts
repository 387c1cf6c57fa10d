import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DESK_ROLES } from '@factdesk/desk';
import { QueryBoolean } from '../../query-params';

export class ListPeopleQueryDto {
  @ApiPropertyOptional({ enum: DESK_ROLES })
  @IsOptional()
  @IsIn(DESK_ROLES)
  role?: (typeof DESK_ROLES)[number];

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: keys in use (can be assigned); false: revoked' })
  @QueryBoolean()
  active?: string;
}
