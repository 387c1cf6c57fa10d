import { ApiProperty } from '@nestjs/swagger';

/** The one error body every route answers with (libs/platform's filter builds it). */
export class ErrorResponseDto {
  @ApiProperty({ example: 404, description: 'The HTTP status, repeated' }) statusCode: number;
  @ApiProperty({ example: 'Not Found', description: 'The status text' }) error: string;
  @ApiProperty({ example: 'claim 0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10 does not exist', description: 'What went wrong' })
  message: string;
  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }],
    description:
      'Machine-readable particulars: {field, errors}[] for validation, the refusal for a transition, or null',
  })
  details: unknown;
}
