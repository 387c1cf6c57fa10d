import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@factdesk/persistence';

export class OpenSessionDto {
  @ApiProperty({ example: 'fdk_…', description: 'An API key (npm run cli -- keys:create); never stored in the cookie' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  key: string;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid', description: 'The API key the session stands for' }) keyId: string;
  @ApiProperty({ example: 'Reviewer 1' }) name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the session cookie ends; null when the request carried a Bearer key instead',
  })
  expiresAt: string | null;
}
