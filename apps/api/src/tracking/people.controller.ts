import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { PeopleService } from '@factdesk/desk';
import { parseBoolean } from '../query-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { PeopleDto } from './dto/people-response.dto';
import { ListPeopleQueryDto } from './dto/list-people.dto';

@ApiTags('tracking')
@Controller('v1/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiRoute({
    summary: "The desk's reviewers and editors",
    description:
      'Everyone work can be assigned to, by name: the ids reassign (payload.assigneeId) and bulk assign (assigneeId) ' +
      'take. A revoked key stays listed with active false (its name still appears in history) but takes no new work. ' +
      'Never shows a secret.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [
      {
        status: 200,
        type: PeopleDto,
        description: 'The reviewers and editors, by name',
        example: {
          people: [
            { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Editor 1', role: 'editor', active: true },
            { id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', name: 'Reviewer 1', role: 'reviewer', active: true },
          ],
        },
      },
    ],
  })
  async list(@Query() dto: ListPeopleQueryDto): Promise<PeopleDto> {
    return { people: await this.people.list({ role: dto.role, active: parseBoolean(dto.active) }) };
  }
}
