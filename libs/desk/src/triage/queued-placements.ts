import type { EntityManager } from 'typeorm';
import { type ClaimEntity } from '@factdesk/persistence';
import { listAsNew, type MatchSubject } from '../matching/appearances';
import { type ClaimTransitions, type TransitionRequest } from '../review/claim-transitions';
import type { TriageOutcome } from './triage.service';

interface Waiting {
  claim: ClaimEntity;
  subject: MatchSubject;
  request: TransitionRequest;
  text: string;
  outcome: TriageOutcome;
}

/**
 * Claims a triage batch places in the queue, written together in its transaction: their transitions in one statement,
 * then the match keys of those written under their speakers (a claim that moved on meanwhile, placed by another run, is left alone). They
 * are written at the end, or before a claim that must be compared with one waiting is searched: of the same speaker,
 * or where either speaker is described (`findMatch`).
 */
export class QueuedPlacements {
  private waiting: Waiting[] = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly transitions: ClaimTransitions,
    private readonly outcomes: Map<string, TriageOutcome>,
    private readonly now: Date,
  ) {}

  add(waiting: Waiting): void {
    this.waiting.push(waiting);
  }

  async beforeSearching(searching: MatchSubject): Promise<void> {
    const comparedWith = ({ subject }: Waiting) =>
      subject.speakerId === searching.speakerId || subject.describedSpeaker || searching.describedSpeaker;
    if (this.waiting.some(comparedWith)) await this.flush();
  }

  async flush(): Promise<void> {
    const batch = this.waiting.splice(0);
    const written = await this.transitions.applyAll(this.manager, batch, this.now);
    await listAsNew(
      this.manager,
      batch.filter((_, index) => written[index]).map(({ subject, text }) => ({ claim: subject, text })),
    );
    batch.forEach(({ claim, outcome }, index) =>
      this.outcomes.set(claim.id, written[index] ? outcome : { status: 'already_triaged' }),
    );
  }
}
