import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Messages written in the same transaction as the state they announce. The relay deletes a row once BullMQ
 * holds its job, so the table only ever holds work that has not reached Redis yet.
 */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }) id: string;
  @Column('text') topic: string;
  @Column('text', { name: 'job_id' }) jobId: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
