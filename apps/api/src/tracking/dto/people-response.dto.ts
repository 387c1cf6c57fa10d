import { ApiProperty } from '@nestjs/swagger';
import { PersonRefDto } from './claim-list-response.dto';

export class PersonDto extends PersonRefDto {
  @ApiProperty({ description: 'False once the key is revoked: keeps its name in history, gets no new work' })
  active: boolean;
}

export class PeopleDto {
  @ApiProperty({ type: [PersonDto], description: 'By name' }) people: PersonDto[];
}
