import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonRecord } from './json';

/** Append-only audit trail: rows are inserted, never updated or deleted (a trigger enforces it). */
@Entity('review_events')
export class ReviewEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'claim_id' }) claimId: string;
  @Column('text') event: string;
  @Column('text', { name: 'from_status', nullable: true }) from: string | null;
  @Column('text', { name: 'to_status' }) to: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_role' }) actorRole: string;
  @Column('jsonb', { default: {} }) payload: JsonRecord;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) at: Date;
}
