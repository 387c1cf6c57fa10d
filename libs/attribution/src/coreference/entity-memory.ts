import { outletReferenceNoun } from '../source-phrase/via-in-frame';
import { type SourcePhrase } from '../types';
import { EntityStore } from './entity-store';
import { learnFullNames, learnDescribedSingleNames } from './learn-names';
import { learnDescribedNames, learnInstitutions, learnListedCompanies, learnPollsters } from './learn-organizations';
import { learnSubjects } from './learn-subjects';
import { pollsterBefore } from './resolve-description';
import { resolveMention } from './resolve-mention';
import { outletAddressed, outletInFull, outletReferredTo } from './resolve-outlet';

/**
 * A small coreference memory: who the article has named, with which roles, so "he", "the minister", "his coach",
 * "Rand" and a headline's "Developer" resolve to the fullest name the article gives.
 */
export class EntityMemory {
  private readonly store = new EntityStore();
  /** The relay each kind of unnamed speaker spoke through ("diplomats" -> "AFP"), by the last word of its phrase. */
  private readonly unnamedRelays = new Map<string, string>();

  /** Pre-pass over the whole text (one regex sweep, not one per sentence): names and the role words around them. */
  learn(text: string): void {
    learnListedCompanies(text, this.store);
    learnDescribedNames(text, this.store);
    learnPollsters(text, this.store);
    learnInstitutions(text, this.store);
    learnFullNames(text, this.store);
    learnSubjects(text, this.store);
    learnDescribedSingleNames(text, this.store);
  }

  /** Remembers a resolved source; `issued` is the document it spoke in ("said in a preliminary report" -> report). */
  remember(phrase: SourcePhrase, position: number, issued: string | null = null): void {
    // An unnamed speaker is no name a description or a short name can stand for, only a "he" or "she" right after.
    if (phrase.type === 'anonymous') this.store.unnamed.push({ phrase, position });
    else this.store.add(phrase, position, true);
    const entity = issued ? this.store.byName.get(phrase.name) : undefined;
    if (issued && entity && !entity.issued.includes(issued)) entity.issued = [...entity.issued, issued];
  }

  /** Whom a pronoun, a description or a partial name stands for; null when the phrase stands on its own. */
  resolve(raw: string, position: number, inHeadline = false): SourcePhrase | null {
    return resolveMention(this.store, raw, position, inHeadline);
  }

  /**
   * The relay of unnamed speakers: "two EU diplomats told AFP" records AFP for diplomats; a later "the diplomats said"
   * (the definite article points back to them) and a headline's "— diplomats" spoke through it too, though the
   * sentence does not say so again.
   */
  unnamedRelay(phrase: SourcePhrase, written: string, via: string | null, inHeadline = false): string | null {
    if (phrase.type !== 'anonymous') return via;
    const kind = phrase.name.toLowerCase().split(/\s+/).pop() ?? '';
    if (via) this.unnamedRelays.set(kind, via);
    // A headline ("… — diplomats") is read after the body, and names the body's speakers.
    else if (inHeadline || /^the\s/i.test(written.trim())) return this.unnamedRelays.get(kind) ?? null;
    return via;
  }

  /** The pollster behind an unnamed poll: the last one named before `position`, else the first the article names. */
  pollster(position: number): SourcePhrase | null {
    return pollsterBefore(this.store, position);
  }

  /** Remembers an outlet a claim came through or from, with the media noun the text gave it ("weekly"), if any. */
  rememberOutlet(name: string, position: number, noun: string | null): void {
    this.store.outlets.push({ name, noun, position });
  }

  /**
   * The relay as the article knows it: the outlet a reference stands for ("the magazine"), the full name of a short
   * one ("the Ledger"), or, with no relay written, an outlet named before that the attribution addresses ("said in
   * an email to WHFX").
   */
  relayBefore(position: number, written: string | null, attribution: string): string | null {
    if (!written) return outletAddressed(this.store, attribution, position);
    const reference = outletReferenceNoun(written);
    if (reference) return outletReferredTo(this.store, reference, position);
    return outletInFull(this.store, written, position) ?? written;
  }
}
