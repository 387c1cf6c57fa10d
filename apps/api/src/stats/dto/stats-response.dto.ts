import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_STATUSES } from '@factdesk/review';

const counts = (names: readonly string[], example: number[]) =>
  Object.fromEntries(names.map((name, index) => [name, example[index] ?? 0]));

class WindowDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-02T00:00:00.000Z' }) from: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-03T00:00:00.000Z', description: 'Exclusive' }) to: string;
  @ApiProperty({ enum: ['hour', 'day'], example: 'day' }) bucket: string;
  @ApiProperty({ nullable: true, type: String, example: null }) outlet: string | null;
}

class DecidedDto {
  @ApiProperty({ example: 412, description: 'Verdicts published (approved) in the window' }) total: number;
  @ApiProperty({ example: { confirmed: 301, misattributed: 52, distorted: 40, unverifiable: 19 } })
  byAttributionVerdict: Record<string, number>;
  @ApiProperty({ example: { true: 120, mostly_true: 90, mixed: 80, misleading: 50, false: 42, unproven: 30 } })
  byClaimRating: Record<string, number>;
}

class SeriesPointDto {
  @ApiProperty({ format: 'date-time', example: '2026-12-01T00:00:00.000Z' }) start: string;
  @ApiProperty({ example: 120, description: 'Articles submitted in the bucket that the pipeline has read' })
  articles: number;
  @ApiProperty({ example: 380, description: 'Claims taken in (created) in the bucket' }) claims: number;
  @ApiProperty({ example: 41, description: 'Claims approved in the bucket' }) approved: number;
}

class IntakeToApprovedDto {
  @ApiProperty({ example: 412 }) approvals: number;
  @ApiProperty({ nullable: true, type: Number, example: 21_940.5 }) p50Seconds: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 88_410.1 }) p90Seconds: number | null;
}

class OverdueClaimDto {
  @ApiProperty({ format: 'uuid' }) claimId: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ example: 5400 }) overdueSeconds: number;
}

class OverdueDto {
  @ApiProperty({ example: 7, description: 'Open claims past their due time (or marked breached)' }) count: number;
  @ApiProperty({ type: OverdueClaimDto, nullable: true }) oldest: OverdueClaimDto | null;
}

class ReviewerDto {
  @ApiProperty({ format: 'uuid', description: 'API key id' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: 'Reviewer 1', description: "The key's name" })
  name: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'reviewer' }) role: string | null;
  @ApiProperty({ example: 58, description: 'submit, approve and return decisions in the window' }) decisions: number;
  @ApiProperty({ nullable: true, type: Number, example: 1260.3, description: 'Time in the state each decision left' })
  medianHandlingSeconds: number | null;
}

class SourceFigureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bloomberg' }) name: string;
  @ApiProperty({ example: 'media' }) type: string;
  @ApiProperty({ example: 210, description: 'Claims (an appearance merged into another claim not counted again)' })
  claims: number;
  @ApiProperty({ example: 40, description: 'Claims with a published verdict' }) decided: number;
  @ApiProperty({ example: 9, description: 'Of those, misattributed or distorted' }) problems: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.225 }) problemShare: number | null;
}

class TopListsDto {
  @ApiProperty({ type: [SourceFigureDto] }) byClaims: SourceFigureDto[];
  @ApiProperty({ type: [SourceFigureDto], description: 'Only sources with at least minDecided published verdicts' })
  byProblemShare: SourceFigureDto[];
}

class PrecisionDto {
  @ApiProperty() durations: string;
  @ApiProperty() topLists: string;
  @ApiProperty({ example: 5 }) problemShareMinDecided: number;
}

export class StatsResponseDto {
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Every event stamped into the log before this time is counted (the rollups run every second)',
  })
  asOf: string | null;
  @ApiProperty({ type: WindowDto }) window: WindowDto;
  @ApiProperty({
    description: 'Claims taken in within the window, by their status now',
    example: counts(CLAIM_STATUSES, [0, 120, 14, 9, 412, 3, 2, 5, 30, 1, 61]),
  })
  claimsByStatus: Record<string, number>;
  @ApiProperty({ type: DecidedDto }) decided: DecidedDto;
  @ApiProperty({ type: [SeriesPointDto] }) series: SeriesPointDto[];
  @ApiProperty({ type: IntakeToApprovedDto, description: 'Claims approved in the window: time since intake' })
  intakeToApproved: IntakeToApprovedDto;
  @ApiProperty({
    example: { high: 12, normal: 80, low: 61 },
    description: 'Open claims now (priority >= 70, >= 40, below)',
  })
  openByPriority: Record<string, number>;
  @ApiProperty({ type: OverdueDto }) overdue: OverdueDto;
  @ApiProperty({ type: [ReviewerDto], description: 'Everyone who decided in the window, most decisions first' })
  reviewers: ReviewerDto[];
  @ApiProperty({ type: TopListsDto, description: 'The 10 sources with the most claims / highest problem share' })
  topSources: TopListsDto;
  @ApiProperty({ type: TopListsDto, description: 'The same for relays (the outlet or platform a claim came through)' })
  topRelays: TopListsDto;
  @ApiProperty({ type: PrecisionDto }) precision: PrecisionDto;
}
