import { GROUP_HEADS } from '../lexicon/unnamed-speakers';
import { type Entity, type EntityStore } from './entity-store';

/**
 * A plural group opening a sentence, up to its verb: "Aid workers in the area fear ...", "Farmers said ...". The
 * head is matched with either case of its first letter, so it may open the sentence itself.
 */
const GROUP_OPENING = new RegExp(
  String.raw`(?:^|[\n.!?]["”’]?[^\S\n]+)((?:\p{Lu}[\p{L}-]*[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+)?` +
    `(?:${[...GROUP_HEADS].map((head) => `[${head[0].toUpperCase()}${head[0]}]${head.slice(1)}`).join('|')})` +
    String.raw`(?:[^\S\n]+(?:in|at|from|on)[^\S\n]+(?:the[^\S\n]+)?[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]*)*)?)(?=[^\S\n]+\p{Ll})`,
  'gu',
);
/** A single capitalised word opening a sentence or paragraph, before a lower-case word: "Castellanos was cautious." */
const SURNAME_OPENING = /(?:^|\n|[.!?]["”’]?[^\S\n]+)(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[^\S\n]+\p{Ll})/gu;

/**
 * Who opens a sentence without being named there, for a following pronoun: a person named in full before and now
 * by surname ("Castellanos was cautious."), and plural groups ("Aid workers in the area fear ...").
 */
export function learnSubjects(text: string, store: EntityStore): void {
  // "Castellanos was cautious.": a person named in full before is the subject of a sentence opened by the surname.
  const bySurname = new Map<string, Entity>();
  for (const e of store.entities) {
    if (e.type !== 'person' || e.wordCount < 2) continue;
    const surname = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
    const known = bySurname.get(surname);
    if (!known || e.position < known.position) bySurname.set(surname, e);
  }
  SURNAME_OPENING.lastIndex = 0;
  for (let match = SURNAME_OPENING.exec(text); match && bySurname.size; match = SURNAME_OPENING.exec(text)) {
    const at = match.index + match[0].length - match[1].length;
    const person = bySurname.get(match[1].toLowerCase());
    if (person && person.position < at) store.subjects.push({ name: person.name, position: at });
  }
  store.subjects.sort((a, b) => a.position - b.position);
  GROUP_OPENING.lastIndex = 0;
  for (let match = GROUP_OPENING.exec(text); match; match = GROUP_OPENING.exec(text)) {
    const at = match.index + match[0].length - match[1].length;
    const paragraphEnd = text.indexOf('\n', at);
    store.groups.push({ phrase: match[1], position: at, paragraphEnd: paragraphEnd < 0 ? text.length : paragraphEnd });
  }
}
