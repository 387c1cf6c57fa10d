import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { CALLER_EVENTS, type CallerEventName, EVENT_RULES, REVIEW_MACHINE } from '@factdesk/review';

interface PropertySchema {
  enum?: string[];
  format?: string;
  anyOf?: PropertySchema[];
}
interface PayloadSchema {
  properties?: Record<string, PropertySchema>;
  required?: string[];
}

const kind = (property: PropertySchema): string | undefined =>
  property.enum?.join(' | ') ?? property.format ?? property.anyOf?.map((option) => option.format).join(' or ');

function payloadFields(schema: PayloadSchema): string {
  const fields = Object.entries(schema.properties ?? {});
  if (!fields.length) return 'no payload';
  return fields
    .map(([name, property]) => {
      const notes = [(schema.required ?? []).includes(name) ? undefined : 'optional', kind(property)].filter(Boolean);
      return `\`${name}\`${notes.length ? ` (${notes.join('; ')})` : ''}`;
    })
    .join(', ');
}

/** One line per event a caller may fire, read from the machine: who, from where, and what its payload holds. */
export const EVENT_PAYLOADS = REVIEW_MACHINE.events
  .filter((event) => (CALLER_EVENTS as readonly string[]).includes(event.name))
  .map((event) => {
    const evidence = EVENT_RULES[event.name].requiresEvidence ? '; needs an evidence item first' : '';
    const roles = event.roles.join(', ');
    return `- \`${event.name}\` (${roles}; from ${event.from.join(', ')}${evidence}): ${payloadFields(event.payload as PayloadSchema)}. ${event.description}`;
  })
  .join('\n');

export class TransitionDto {
  @ApiProperty({
    enum: CALLER_EVENTS,
    example: 'submit',
    description: 'The event to fire; the pipeline’s own events (triage, match, lease_expired) are not yours to send',
  })
  @IsIn(CALLER_EVENTS)
  event: CallerEventName;

  @ApiPropertyOptional({
    type: Object,
    description: `What the event needs (GET /v1/review/machine has each as JSON Schema):\n${EVENT_PAYLOADS}`,
    example: {
      attributionVerdict: 'confirmed',
      attributionNote: 'Matches the original report',
      claimRating: 'unproven',
      ratingNote: 'No independent confirmation yet',
    },
  })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;

  @ApiProperty({ example: 3, description: 'The version you last saw; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
