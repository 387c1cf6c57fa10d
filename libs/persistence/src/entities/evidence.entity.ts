import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const EVIDENCE_KINDS = ['url', 'document', 'note', 'contact'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

@Entity('evidence')
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'claim_id' }) claimId: string;
  @Column('text') kind: EvidenceKind;
  @Column('text', { nullable: true }) url: string | null;
  @Column('text', { nullable: true }) title: string | null;
  @Column('text') note: string;
  @Column('uuid', { name: 'added_by' }) addedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
