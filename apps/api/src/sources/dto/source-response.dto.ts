import { ApiProperty } from '@nestjs/swagger';
import { SOURCE_TYPES } from '../../claims/dto/source-types';

export class SourceListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Defence Minister Marhaf Abu Qasra', description: 'The name as first seen' }) name: string;
  @ApiProperty({ enum: SOURCE_TYPES }) type: string;
  @ApiProperty({ description: 'Claims it made; an appearance merged into another claim is not counted again' })
  claimCount: number;
  @ApiProperty({ description: 'Claims it relayed (via)' }) relayCount: number;
  @ApiProperty({ type: [String], example: ['Bloomberg News'], description: 'Alias names, oldest first' })
  aliases: string[];
}

export class SourcePageDto {
  @ApiProperty({ type: [SourceListItemDto], description: 'In registry-key order (the normalised name), then id' })
  sources: SourceListItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}

export class SourceAliasDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bloomberg News' }) alias: string;
  @ApiProperty({
    example: 'bloomberg news',
    description: 'Registry key of the alias: claims under any name with this key join the source',
  })
  aliasKey: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key that added it' }) createdBy:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AttributionCountsDto {
  @ApiProperty() confirmed: number;
  @ApiProperty() misattributed: number;
  @ApiProperty() distorted: number;
  @ApiProperty() unverifiable: number;
}

export class RatingCountsDto {
  @ApiProperty() true: number;
  @ApiProperty() mostly_true: number;
  @ApiProperty() mixed: number;
  @ApiProperty() misleading: number;
  @ApiProperty() false: number;
  @ApiProperty() unproven: number;
}

export class TrackRecordDto {
  @ApiProperty({ description: 'Claims counted, merged appearances once' }) claims: number;
  @ApiProperty({ description: 'Of those, with an approved (published) verdict; only these are counted below' })
  approved: number;
  @ApiProperty({ type: AttributionCountsDto, description: 'Approved attribution verdicts by kind' })
  attribution: AttributionCountsDto;
  @ApiProperty({ type: RatingCountsDto, description: 'Approved claim ratings by kind' }) rating: RatingCountsDto;
}

export class SourceRiskDto {
  @ApiProperty({
    example: 0.2,
    description: '0-1: smoothed share of problematic attributions (misattributed, distorted, half of unverifiable)',
  })
  risk: number;
  @ApiProperty({ description: 'Attribution verdicts the risk rests on' }) decided: number;
  @ApiProperty({ example: 'no verdicts yet: risk is the base rate 0.2', description: 'The computation in words' })
  note: string;
}

export class SourceAsSpeakerRecordDto extends TrackRecordDto {
  @ApiProperty({ type: SourceRiskDto, description: "What triage weighs when it prioritises this source's new claims" })
  risk: SourceRiskDto;
}

export class UnnamedSourcesRecordDto extends SourceAsSpeakerRecordDto {
  @ApiProperty({ format: 'uuid', description: 'The registry row of these unnamed sources' }) sourceId: string;
  @ApiProperty({ example: 'sources via Bloomberg' }) name: string;
}

export class SourceRecordDto {
  @ApiProperty({ type: SourceAsSpeakerRecordDto, description: 'Claims this source made' })
  asSource: SourceAsSpeakerRecordDto;
  @ApiProperty({ type: TrackRecordDto, description: 'Claims this source relayed (via): how its relaying holds up' })
  asRelay: TrackRecordDto;
  @ApiProperty({
    type: UnnamedSourcesRecordDto,
    nullable: true,
    description:
      'For an outlet or platform: how the unnamed sources it cited fared ("sources cited by ..."); else null',
  })
  unnamedSources: UnnamedSourcesRecordDto | null;
}

export class SourceEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['renamed', 'retyped', 'notes_changed'] }) event: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key id' }) actor: string | null;
  @ApiProperty({ example: 'editor' }) role: string;
  @ApiProperty({ type: Object, example: { from: 'Bloomberg', to: 'Bloomberg News' } }) payload: object;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class VerdictSummaryDto {
  @ApiProperty({ nullable: true, type: String, example: 'confirmed' }) attributionVerdict: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'unproven' }) claimRating: string | null;
}

export class SourceClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() content: string;
  @ApiProperty({ description: 'The source name as the article wrote it' }) source: string;
  @ApiProperty({ example: 'approved' }) status: string;
  @ApiProperty({ nullable: true, type: String, example: 'X', description: 'Relay, as the article wrote it' }) via:
    string | null;
  @ApiProperty({ description: 'Articles carrying the claim' }) reach: number;
  @ApiProperty({ nullable: true, type: Number, description: '0-1, set at triage' }) checkWorthiness: number | null;
  @ApiProperty({
    type: VerdictSummaryDto,
    nullable: true,
    description: 'Once a reviewer submitted one; status says whether it is approved',
  })
  verdict: VerdictSummaryDto | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) articleId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SourceDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bloomberg' }) name: string;
  @ApiProperty({ example: 'bloomberg', description: 'Registry key: the name without case, diacritics or titles' })
  key: string;
  @ApiProperty({ enum: SOURCE_TYPES }) type: string;
  @ApiProperty({ nullable: true, type: String, description: "Editors' notes" }) notes: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [SourceAliasDto] }) aliases: SourceAliasDto[];
  @ApiProperty({ type: SourceRecordDto }) record: SourceRecordDto;
  @ApiProperty({
    type: [SourceClaimDto],
    description: 'Latest 50 claims it made, newest first (merged appearances shown through their claim)',
  })
  claims: SourceClaimDto[];
  @ApiProperty({ type: [SourceClaimDto], description: 'Latest 50 claims it relayed, newest first' })
  relayed: SourceClaimDto[];
  @ApiProperty({ type: [SourceEventDto], description: "Editors' changes to the source, oldest first" })
  history: SourceEventDto[];
}
