import { type SourcePhrase } from '../types';

export interface Entity extends SourcePhrase {
  position: number;
  asSource: boolean;
  /** Heads of documents it spoke in ("report", "note"), which a later "the report" stands for. */
  issued: string[];
  /** " name in lower case ", padded so a word match is a plain substring test. */
  padded: string;
  wordCount: number;
  /** Where the text first names it (position moves on to where it was last quoted). */
  firstSeen: number;
}

/** A person named as the subject of a sentence, where. */
export interface Subject {
  name: string;
  position: number;
}

/** A plural group opening a sentence, where, and where its paragraph ends. */
export interface Group {
  phrase: string;
  position: number;
  paragraphEnd: number;
}

/** An outlet a claim came through or from, with the media noun the text gave it ("weekly"), if any. */
export interface Outlet {
  name: string;
  noun: string | null;
  position: number;
}

/** The last of `items` (in text order) before `position`. */
function lastBefore<T extends { position: number }>(items: T[], position: number): T | null {
  let found: T | null = null;
  for (const item of items) {
    if (item.position >= position) break;
    found = item;
  }
  return found;
}

/** Who the article has named or quoted so far, and the lookups coreference makes over them. */
export class EntityStore {
  readonly entities: Entity[] = [];
  readonly byName = new Map<string, Entity>();
  /** People named as the subject of a sentence, in text order: the usual antecedent of a following "he"/"she". */
  readonly subjects: Subject[] = [];
  /** Plural groups opening a sentence, in text order, with where their paragraph ends: the antecedent of a "they". */
  readonly groups: Group[] = [];
  /** Single unnamed speakers quoted so far ("a former official said"), in the order they were resolved. */
  readonly unnamed: { phrase: SourcePhrase; position: number }[] = [];
  /** Outlets that relayed or made a claim, in the order the claims were resolved: what "the paper" refers back to. */
  readonly outlets: Outlet[] = [];

  /** Records a name the text gives (`asSource`: quoted as a source there), merging it with one already known. */
  add(phrase: SourcePhrase, position: number, asSource: boolean): void {
    const existing = this.byName.get(phrase.name);
    if (existing) {
      for (const role of phrase.roles) if (!existing.roles.includes(role)) existing.roles = [...existing.roles, role];
      if (asSource) {
        existing.asSource = true;
        existing.position = Math.max(existing.position, position);
        existing.type = phrase.type;
      } else if (!existing.asSource && position < existing.position) {
        // The sweeps are not in text order ("Shares in FreshWay" is found before "grocer FreshWay"): a name is named
        // where the text first names it.
        existing.position = position;
      }
      existing.firstSeen = Math.min(existing.firstSeen, position);
      return;
    }
    const { name, type, roles } = phrase;
    let wordCount = 1;
    for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) === 32) wordCount += 1;
    const entity: Entity = {
      name,
      type,
      roles,
      position,
      asSource,
      issued: [],
      padded: ` ${name.toLowerCase()} `,
      wordCount,
      firstSeen: position,
    };
    this.entities.push(entity);
    this.byName.set(phrase.name, entity);
  }

  /** The last accepted entity at or before `position`; with preferSources, a quoted one wins over a merely named one. */
  latest(position: number, accept: (e: Entity) => boolean, preferSources: boolean): Entity | null {
    let best: Entity | null = null;
    let bestSource: Entity | null = null;
    for (const e of this.entities) {
      if (e.position > position || !accept(e)) continue;
      if (!best || e.position > best.position) best = e;
      if (e.asSource && (!bestSource || e.position > bestSource.position)) bestSource = e;
    }
    return (preferSources && bestSource) || best;
  }

  /** The accepted entity the text places first. */
  earliest(accept: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if (accept(e) && (!best || e.position < best.position)) best = e;
    return best;
  }

  lastSubjectBefore(position: number): Subject | null {
    return lastBefore(this.subjects, position);
  }

  /** The last group opening a sentence before `position`, if its paragraph runs on to there. */
  lastGroupBefore(position: number): Group | null {
    const found = lastBefore(this.groups, position);
    return found && found.paragraphEnd > position ? found : null;
  }

  /** The accepted one the article is about (its main organisation, say): the first it quotes, else the first it names. */
  firstQuotedElseNamed(accept: (e: Entity) => boolean): Entity | null {
    // By where each is first named: a later quote moves `position` on, not where the article began with it.
    const accepted = this.entities.filter(accept).sort((a, b) => a.firstSeen - b.firstSeen);
    return accepted.find((e) => e.asSource) ?? accepted[0] ?? null;
  }
}
