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
  /** For timers: the job is added with a delay so it runs at this time. */
  @Column('timestamptz', { name: 'run_at', nullable: true }) runAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
