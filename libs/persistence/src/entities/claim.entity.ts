import {
  Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn,
} from 'typeorm';
import { ArticleEntity } from './article.entity';
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
