import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ClaimEntity } from './claim.entity';

export const ARTICLE_STATUSES = ['pending', 'extracted', 'failed'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

@Entity('articles')
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') outlet: string;
  @Column('text', { nullable: true }) url: string | null;
  @Column('text', { nullable: true }) headline: string | null;
  @Column('text') body: string;
  @Column('text', { nullable: true }) language: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('text', { name: 'content_hash' }) contentHash: string;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('text', { name: 'ingest_status', default: 'pending' }) status: ArticleStatus;
  @Column('text', { name: 'ingest_error', nullable: true }) ingestError: string | null;
  @Column('int', { name: 'claim_count', nullable: true }) claimCount: number | null;
  @Column('uuid', { name: 'submitted_by', nullable: true }) submittedBy: string | null;
  @Column('timestamptz', { name: 'extracted_at', nullable: true }) extractedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @OneToMany(() => ClaimEntity, (claim) => claim.article) claims?: ClaimEntity[];
}
