import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ArticleEntity } from './article.entity';
import type { JsonRecord } from './json';
import { SourceEntity } from './source.entity';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'article_id', nullable: true }) articleId: string | null;
  @ManyToOne(() => ArticleEntity, (article) => article.claims, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: ArticleEntity | null;
  @Column('uuid', { name: 'source_id', nullable: true }) sourceId: string | null;
  @ManyToOne(() => SourceEntity)
  @JoinColumn({ name: 'source_id' })
  sourceRef?: SourceEntity | null;
  @Column('text', { name: 'source_name' }) source: string;
  @Column('text', { name: 'source_type' }) sourceType: string;
  @Column('text', { nullable: true }) via: string | null;
  @Column('text', { nullable: true }) cue: string | null;
  @Column('text', { name: 'quote_type', nullable: true }) quote: string | null;
  @Column('text') content: string;
  @Column('int', { name: 'start_offset', nullable: true }) start: number | null;
  @Column('int', { name: 'end_offset', nullable: true }) end: number | null;
  @Column('int', { name: 'sentence_index', nullable: true }) sentence: number | null;
  @Column('real', { nullable: true }) confidence: number | null;
  @Column('text', { name: 'article_url', nullable: true }) articleUrl: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text', { name: 'review_status', default: 'new' }) status: string;
  @Column('int', { default: 0 }) priority: number;
  @Column('int', { default: 1 }) version: number;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('uuid', { name: 'assignee_id', nullable: true }) assigneeId: string | null;
  @Column('uuid', { name: 'last_reviewer_id', nullable: true }) lastReviewerId: string | null;
  @Column('timestamptz', { name: 'lease_expires_at', nullable: true }) leaseExpiresAt: Date | null;
  @Column('jsonb', { nullable: true }) verdict: JsonRecord | null;
  @Column('text', { name: 'hold_reason', nullable: true }) holdReason: string | null;
  @Column('timestamptz', { name: 'resume_at', nullable: true }) resumeAt: Date | null;
  @Column('text', { name: 'status_note', nullable: true }) statusNote: string | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt: Date | null;
  @Column('timestamptz', { name: 'sla_breached_at', nullable: true }) slaBreachedAt: Date | null;
  /** When the claim entered approved or discarded; null in every other status. */
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  /** The folded text that matching compares by trigrams (`@factdesk/matching#matchText`). */
  @Column('text', { name: 'match_text', nullable: true }) matchText: string | null;
  @Column('uuid', { name: 'via_source_id', nullable: true }) viaSourceId: string | null;
  /** Set when this claim is an appearance of another one (status `merged`). */
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId: string | null;
  /** A similar claim of the same source that a reviewer should confirm or reject as the same claim. */
  @Column('uuid', { name: 'possible_duplicate_of', nullable: true }) possibleDuplicateOf: string | null;
  @Column('real', { name: 'duplicate_similarity', nullable: true }) duplicateSimilarity: number | null;
  @Column('real', { name: 'check_worthiness', nullable: true }) checkWorthiness: number | null;
  @Column('jsonb', { name: 'worthiness_features', nullable: true }) worthinessFeatures: JsonRecord | null;
  /** How many appearances (articles) carry the claim. */
  @Column('int', { default: 1 }) reach: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
