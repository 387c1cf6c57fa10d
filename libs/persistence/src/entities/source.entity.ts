import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('sources')
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'normalised_name' }) normalisedName: string;
  @Column('text') type: string;
  @Column('text', { nullable: true }) notes: string | null;
  /** The row whose claims this row's claims are matched with (see libs/desk/src/matching/speakers.ts). */
  @Column('uuid', { name: 'speaker_id', nullable: true }) speakerId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
