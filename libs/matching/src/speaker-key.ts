import { governmentOf, governmentWords } from './government-voice';
import { LEGAL_FORMS } from './lexicon/legal-forms';
import { PLACES } from './lexicon/places';
import { ORGANISATION_HEADS } from './lexicon/organisation-heads';
import { CONNECTORS } from './lexicon/titles';
import { sourceKey } from './source-key';
import { foldText } from './text-fold';

/** Words an acronym skips ("Bank of England" is "BE"), for `factdesk_initials` in the database too. */
export const INITIALS_SKIP = CONNECTORS;

/**
 * The registry row of a relay's unnamed sources: "sources cited by Bloomberg", "people familiar with the matter, told
 * Bloomberg" and "officials" in a Bloomberg story are all Bloomberg's unnamed sources, with one record.
 */
export const unnamedSourcesOf = (relay: string): { name: string; key: string } => ({
  name: `sources via ${relay.trim()}`,
  key: `sources via ${sourceKey(relay) || relay.trim().toLowerCase()}`,
});

/**
 * A registry row as speaker matching reads it: `key` is its `sourceKey`; `speakerId` is the row whose claims its
 * claims are compared with (null while it has not been worked out; a row that stands for itself has its own id).
 */
export interface RegistryEntry {
  id: string;
  key: string;
  type: string;
  speakerId: string | null;
}

/** A row that may name the same speaker, with the row it is matched under (its `speakerId`, or itself). */
export interface SpeakerCandidate extends RegistryEntry {
  speaker: { id: string; key: string; type: string };
}

/**
 * Source types whose names can be told apart by these rules; anonymous sources are keyed by their relay instead.
 * People, organisations, documents and media are one family: the extractor's type is a guess from one sentence
 * ("Mateescu said" reads as an organisation, "Kaltenbach AG, he said" as a person), and the name decides.
 */
const FAMILY: Record<string, string> = {
  person: 'named',
  organization: 'named',
  document: 'named',
  media: 'named',
  social: 'social',
};

/** The source types a row of this type may share a speaker with (none for anonymous sources). */
export const speakerTypes = (type: string): string[] =>
  FAMILY[type] ? Object.keys(FAMILY).filter((other) => FAMILY[other] === FAMILY[type]) : [];

/** A name written as an acronym ("EMA", "SOCAR"), which an organisation's initials may spell. */
export const looksLikeAcronym = (name: string): boolean => /^[\p{Lu}]{2,6}$/u.test(name.trim());

const wordsOf = (key: string) => key.split(' ').filter(Boolean);

/**
 * An organisation named by its kind and what it serves, written the other way round: "ministry of economy, trade and
 * industry" is the "economy trade industry ministry", "general inspectorate for emergency situations" the "emergency
 * situations general inspectorate". Only a name whose kind (an organisation head) comes before one "of" or "for"; the
 * places after it stay ("bank of ghana" is the "ghana bank", not any bank).
 */
function headLast(words: string[]): string[] {
  const at = words.findIndex((word) => word === 'of' || word === 'for');
  const tail = words.slice(at + 1).filter((word) => !CONNECTORS.has(word));
  if (at < 1 || !ORGANISATION_HEADS.has(words[at - 1]) || tail.length === 0) return words;
  if (words.slice(at + 1).some((word) => word === 'of' || word === 'for')) return words;
  return [...tail, ...words.slice(0, at)];
}

/**
 * An organisation's name without its legal form and without places before it ("Turkish Defence Industry Agency"),
 * its kind last (`headLast`).
 */
function coreWords(key: string): string[] {
  return headLast(withoutPlaces(wordsOf(key).filter((word) => !LEGAL_FORMS.has(word))));
}

/** A name without the places before it ("bulgaria central election commission"), at least one word. */
function withoutPlaces(words: string[]): string[] {
  let first = 0;
  while (first < words.length - 1 && PLACES.has(words[first])) first += 1;
  return words.slice(first);
}

const initials = (words: string[]) =>
  words
    .filter((word) => !CONNECTORS.has(word))
    .map((word) => word[0])
    .join('');

/**
 * The acronyms a name may be written as: its initials, and those of the name without the country before it, which an
 * acronym usually leaves out ("Bulgaria's Central Election Commission" is the "CEC").
 */
const acronymsOf = (key: string): string[] => [
  ...new Set([initials(wordsOf(key)), initials(withoutPlaces(wordsOf(key)))]),
];

const startsWith = (long: string[], short: string[]) => short.every((word, index) => long[index] === word);
const endsWith = (long: string[], short: string[]) =>
  short.every((word, index) => long[long.length - short.length + index] === word);

/**
 * Two names of one kind of organisation, the shorter's words all among the longer's: "trade ministry" and "economy
 * trade industry ministry", "emergency situations inspectorate" and "emergency situations general inspectorate". The
 * kind alone names no one, so the shorter needs a word besides it.
 */
function narrowedName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const head = short[short.length - 1];
  return short.length >= 2 && ORGANISATION_HEADS.has(head) && long[long.length - 1] === head && isSubsetOf(short, long);
}

const isSubsetOf = (small: string[], large: string[]) => small.every((word) => large.includes(word));

/** One name's words begin or end the other's: "Abu Qasra" and "Marhaf Abu Qasra", "Vantis" and "Vantis Pharma". */
function shortFormOf(a: string[], b: string[], ends: 'end' | 'either'): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  return endsWith(long, short) || (ends === 'either' && startsWith(long, short));
}

/**
 * Whether two registry names can be one speaker: a person named in full and by surname ("Martin Roewer" / "Roewer");
 * an organisation with and without its legal form or a place before it, by a shorter form of its name ("Vantis
 * Pharma" / "Vantis", "HM Land Registry" / "Land Registry"), or by its initials ("European Medicines Agency" /
 * "EMA", with or without the country: `acronymsOf`); a country's government under any of its names
 * (`governmentOf`: "Qatar" / "Qatar's foreign ministry"). A bare organisation head ("Ministry", "Agency") names
 * nobody in particular.
 */
export function sameSpeaker(
  named: Pick<RegistryEntry, 'key' | 'type'>,
  other: Pick<RegistryEntry, 'key' | 'type'>,
): boolean {
  const [a, b] = [spokenFor(named), spokenFor(other)];
  // The organisation a spokesperson speaks for is not a person of its name ("Orvel" may be "Ines Orvel"'s surname).
  if ((a !== named && b.type === 'person') || (b !== other && a.type === 'person')) return false;
  const family = FAMILY[a.type];
  if (!family || family !== FAMILY[b.type]) return false;
  if (a.key === b.key) return true;
  if (a.type === 'person' && b.type === 'person') return shortFormOf(wordsOf(a.key), wordsOf(b.key), 'end');
  const [left, right] = [coreWords(a.key), coreWords(b.key)];
  if (left.join(' ') === right.join(' ')) return true;
  // A person's name against an organisation's: only a surname meets a full name ("Mateescu" / "Sorin Mateescu").
  if (a.type === 'person' || b.type === 'person') return shortFormOf(left, right, 'end');
  const government = governmentOf(a.key);
  if (government && government === governmentOf(b.key)) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const longKey = left.length <= right.length ? b.key : a.key;
  if (short.length === 1 && short[0].length >= 2 && long.length >= 2 && acronymsOf(longKey).includes(short[0])) {
    return true;
  }
  if (short.length === 1 && ORGANISATION_HEADS.has(short[0])) return false;
  return shortFormOf(left, right, 'either') || narrowedName(left, right);
}

/** "halden spokesman"; "for halden", the registry key of "a spokesman for Halden" (the title stripped). */
const SPOKESPERSON = /^(?:(?:the )?(.+) spokes(?:man|woman|person)|(?:spokes(?:man|woman|person) )?for (?:the )?(.+))$/;

/**
 * A spokesperson named only by whom they speak for stands for that organisation: "a Halden spokesman", "a
 * spokeswoman for Halden" and "Halden" say the same company's words. A named spokesperson keeps their own name.
 */
function spokenFor<T extends Pick<RegistryEntry, 'key' | 'type'>>(entry: T): T {
  const body = entry.type === 'person' ? SPOKESPERSON.exec(entry.key) : null;
  const key = body?.[1] ?? body?.[2];
  return key ? { ...entry, key, type: 'organization' } : entry;
}

const POSSESSIVE_OWNER = /^(?:the )?(.+?)'s? \S/;

/**
 * The name a row is matched by: a document named by its owner in the possessive ("the registry's latest figures",
 * "Raman's figures") is the owner's word, matched as the owner would be (the desk knows the registry or Raman as a
 * speaker; the document's own name meets nobody); any other row is matched by its own name.
 */
export function speakerName<T extends Pick<RegistryEntry, 'key' | 'type'>>(entry: T & { name: string }): T {
  const owner = entry.type === 'document' ? POSSESSIVE_OWNER.exec(foldText(entry.name).trim())?.[1] : undefined;
  const key = owner ? sourceKey(owner) : '';
  return key ? { ...entry, key, type: 'organization' } : entry;
}

/**
 * Fragments of the name to look other rows up by (`LIKE '%fragment%'` on their names): a person's surname, each of
 * an organisation's core words but its kind, of which a narrower name of it (`narrowedName`) may keep any one, and
 * for a government's name the country and its capitals (`governmentWords`: "Qatar's foreign ministry" finds "Qatar",
 * "Niamey" finds "Niger"). Rows known by this row's initials are looked up apart (`initialsOf`).
 */
export function nameFragments(named: Pick<RegistryEntry, 'key' | 'type'>): string[] {
  const entry = spokenFor(named);
  if (!FAMILY[entry.type]) return [];
  const person = entry.type === 'person';
  const government = person ? null : governmentOf(entry.key);
  const words = [
    ...(person ? wordsOf(entry.key).slice(-1) : coreWords(entry.key)),
    ...(government ? governmentWords(government) : []),
  ];
  return [...new Set(words.filter((word) => word.length >= 3 && !ORGANISATION_HEADS.has(word)))];
}

/**
 * The acronyms an organisation may be written as ("european medicines agency" -> "ema"; `acronymsOf`), or none for a
 * person.
 */
export const initialsOf = (entry: Pick<RegistryEntry, 'key' | 'type'>): string[] =>
  FAMILY[entry.type] === 'named' && entry.type !== 'person' && wordsOf(entry.key).length >= 2
    ? acronymsOf(entry.key)
    : [];

/** First letters of the places a name's acronym may leave out (`acronymsOf`). */
const PLACE_INITIALS = [...new Set([...PLACES].map((place) => place[0]))].sort();

/**
 * The initials (`factdesk_initials` of a registry key) of the names an acronym may stand for: the acronym itself, and
 * the acronym after a place's first letter ("cec" for "bulgaria central election commission", "bcec"). The index
 * holds whole initials, so each is one probe; `sameSpeaker` then says which names are the acronym's.
 */
export const namesSpelledBy = (acronym: string): string[] => [
  acronym,
  ...PLACE_INITIALS.map((letter) => `${letter}${acronym}`),
];

/**
 * The row whose claims `entry`'s claims are matched with: the one speaker among `candidates` that names the same
 * speaker (both the candidate and the row it is matched under), or `entry` itself when there is none or more than one
 * (two Roewers: neither is assumed). Speakers that are one speaker to each other too (a country's capital and a body
 * of its government, each registered before the other was known) are not two: the first found, the oldest, is taken.
 */
export function speakerOf(entry: RegistryEntry, candidates: SpeakerCandidate[]): string {
  const speakers = [
    ...new Map(
      candidates
        .filter(
          (candidate) =>
            candidate.id !== entry.id &&
            candidate.speaker.id !== entry.id &&
            sameSpeaker(entry, candidate) &&
            sameSpeaker(entry, candidate.speaker),
        )
        .map((candidate) => [candidate.speaker.id, candidate.speaker]),
    ).values(),
  ];
  const oneVoice = speakers.every((speaker) => speakers.every((other) => sameSpeaker(speaker, other)));
  return speakers.length > 0 && oneVoice ? speakers[0].id : entry.id;
}
