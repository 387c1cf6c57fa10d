import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Another name of a registry source ("Bloomberg News" for Bloomberg): claims under that name join the source. */
@Entity('source_aliases')
export class SourceAliasEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'source_id' }) sourceId: string;
  @Column('text') alias: string;
  @Column('text', { name: 'alias_key' }) aliasKey: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
