import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One article carrying a claim: the claim's own first article, or an extracted claim matched to it. */
@Entity('claim_appearances')
export class ClaimAppearanceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The claim the desk verifies. */
  @Column('uuid', { name: 'claim_id' }) claimId: string;
  /** The claim as extracted from this article (the claim itself for its first appearance). */
  @Column('uuid', { name: 'origin_claim_id' }) originClaimId: string;
  @Column('uuid', { name: 'article_id', nullable: true }) articleId: string | null;
  @Column('text', { nullable: true }) outlet: string | null;
  @Column('text', { nullable: true }) url: string | null;
  @Column('int', { name: 'start_offset', nullable: true }) start: number | null;
  @Column('int', { name: 'end_offset', nullable: true }) end: number | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('real') similarity: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
