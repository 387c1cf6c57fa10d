import { TIME_OF_STATEMENT } from '../lexicon/calendar';
import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import {
  GENERIC_MEDIA_NOUNS,
  MEDIA_KINDS,
  MEDIA_NOUNS,
  OUTLET_NAME_PARTICLE,
  RELAYING_PARTICIPLE,
} from '../lexicon/outlets';
import { escape, listedOutletIn, NAME_WORD, OUTLET_NAME_PATTERN, PLATFORM_PATTERN } from './name-patterns';

/** What a platform may be described as before its name: "the social network Bluesky", "the messaging app Telegram". */
const PLATFORM_DESCRIPTION = `(?:[\\p{Ll}-]+\\s+){0,2}(?:network|platform|app|site|service|messenger)\\s+`;
const PLATFORM_RELAY = new RegExp(
  `\\b(?:on|via|(?:posted|uploaded|shared|streamed)\\s+to)\\s+(?:(?:its|his|her|their|the)\\s+)?(?:official\\s+)?(?:${PLATFORM_DESCRIPTION})?(${PLATFORM_PATTERN.source})(?:\\s+(?:account|page|channel|feed))?`,
  'u',
);
const MEDIUM_NOUN = `(?:${MEDIA_NOUNS.map(escape).join('|')})(?:\\s+(?:station|channel|network))?`;
/** What may stand before an outlet's name: "the Belgian daily", "the US broadcaster", "the radio station". */
const OUTLET_DESCRIPTOR = `(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+)?(?:[\\p{Ll}-]+\\s+)?${MEDIUM_NOUN}\\s+`;
/**
 * "seen by the Irish Times", "obtained by Politico", "seen by the Belgian daily De Standaard", "aired by Sky Sports": the
 * outlet that saw a document or carried the words relays what they say (a digit may close its name: "TV3").
 */
const SEEN_BY = new RegExp(
  `\\b${RELAYING_PARTICIPLE}\\s+by\\s+(?:${OUTLET_DESCRIPTOR}|the\\s+)?(\\p{Lu}[\\p{L}\\p{M}\\d'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}\\d'’.-]*)*)`,
  'u',
);
const HAS_CAPITAL = /[A-ZÀ-ÖØ-ÞĀ-ɏ]/;
const BROADCASTER_WORD = /\b(?:television|broadcaster|radio|tv|news agency)\b/;
const REFERRING_NOUNS = [...new Set([...MEDIA_KINDS.flat(), ...GENERIC_MEDIA_NOUNS])].sort(
  (a, b) => b.length - a.length,
);
/**
 * "the magazine", "the same newspaper", "the financial daily", "the English-language daily" (or "weekly", its article
 * read off): an outlet with no name. "The Hina news agency" names one, and "the state broadcaster" is a relay of its
 * own.
 */
const OUTLET_REFERENCE = `(?:[Tt]he\\s+(?:same\\s+)?(?!(?:state|public|national)\\s)(?:[\\p{Ll}-]+\\s+|\\p{Lu}\\p{L}*-[\\p{L}-]+\\s+)?)?(${REFERRING_NOUNS.join('|')})`;
const OUTLET_REFERENCE_PHRASE = new RegExp(`^${OUTLET_REFERENCE}$`, 'u');
/**
 * "told the agency", "told the same newspaper", "told the broadcaster on Thursday evening": an outlet named before,
 * which coreference resolves.
 */
const TOLD_OUTLET_REFERENCE = new RegExp(
  `^\\s*told\\s+(${OUTLET_REFERENCE})(?:\\s+${TIME_OF_STATEMENT})?\\s*[.!]?\\s*$`,
  'u',
);

/** The media noun of a relay that refers back to an outlet ("the paper" -> paper), or null for a named relay. */
export const outletReferenceNoun = (relay: string): string | null => OUTLET_REFERENCE_PHRASE.exec(relay)?.[1] ?? null;

const OUTLET_NOUNS = [...new Set([...REFERRING_NOUNS, ...MEDIA_NOUNS])].sort((a, b) => b.length - a.length).join('|');
/** The media noun a sentence describes a named outlet with: "the German magazine Nordblick", "the Zeta newspaper". */
export function mediaNounBeside(sentence: string, outlet: string): string | null {
  const name = escape(outlet);
  const described = new RegExp(`\\b(${OUTLET_NOUNS})\\s+${name}|${name}\\s+(${OUTLET_NOUNS})\\b`, 'u').exec(sentence);
  return described ? (described[1] ?? described[2]) : null;
}

/**
 * "In a LinkedIn post", "in a video on his YouTube channel", "posted to the union's Facebook page": the platform named as
 * an adjective.
 */
const PLATFORM_ITEM = new RegExp(
  `\\b(?:a|an|its|his|her|their|the)\\s+(?:[\\p{L}-]+['’]s\\s+)?(?:official\\s+|recent\\s+|new\\s+)?(${PLATFORM_PATTERN.source})\\s+(?:post|video|message|account|page|channel|thread|statement|livestream|broadcast|update)`,
  'u',
);
/** "the radio station Radio 1", "the broadcaster France 24", "the channel TV3": a number may close a broadcaster's name. */
const NAMED_MEDIUM = new RegExp(
  `\\b${MEDIUM_NOUN}\\s+(${NAME_WORD}(?:\\s+(?:${OUTLET_NAME_PARTICLE}\\s+)?${NAME_WORD})*(?:\\s*\\d{1,3}\\b)?)`,
  'u',
);
/**
 * A name word keeps its dots ("U.S."), but not the full stop of a sentence it closes ("told Radio Sawa."), nor the
 * country it belongs to ("told Germany's Bild newspaper", "Israel's Army Radio").
 */
const withoutFullStop = (name: string) =>
  name.replace(/(?<=[\p{L}\d]{2})\.$/u, '').replace(/^\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u, '');
/** "the Brussels-based news site Health Policy Europe": the whole name after a medium noun, role words and all. */
export function nameAfterMediumNoun(text: string): string | null {
  const named = NAMED_MEDIUM.exec(text);
  return named ? withoutFullStop(named[1]) : null;
}
/**
 * "told DZMM radio", "the Kathimerini newspaper", "the Lusa news agency", "the Handelsblatt business daily": the name
 * before a medium noun.
 */
const NAME_BEFORE_MEDIUM = new RegExp(
  `(${NAME_WORD}(?:\\s+${NAME_WORD})*)\\s+(?:[\\p{Ll}-]+\\s+)?(?:radio|television|newspaper|news agency|broadcaster|daily|weekly|magazine)\\b`,
  'u',
);
/**
 * "told TechCrunch": one word capitalised again inside, after a syllable of its own, is a publication's title (a
 * person's is not: "McCarthy", "DiCaprio", "MacLeod").
 */
const TOLD_CAMEL_CASE = /^\s*told\s+(\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}+)\s*[.!]?\s*$/u;
/**
 * "told Newstalk ZB that", "told Coastline FM": a name of two or three words, one of them in capitals, as the whole object
 * of "told" is a station's (people and bodies are named in words: "told Holt", "told the Senate").
 */
const TOLD_STATION = /^\s*told\s+((?:\p{Lu}[\p{L}\p{M}-]*\s+){1,2}\p{Lu}[\p{L}\p{M}-]*)\s*[.!]?\s*$/u;
const CAPITALS_WORD = /(?:^|\s)\p{Lu}{2,5}(?:\s|$)/u;
/**
 * "told The Athletic", "told The Marlow Gazette": an object of "told" whose name takes a capitalised "The" mid-sentence
 * is a publication's title (people and bodies take a lower-case one: "told the Senate").
 */
const TOLD_TITLE = /^\s*told\s+(The\s+(?!Hague\b)\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3})\s*[.!]?\s*$/u;

/** "told Euractiv", "told Nordic Wire that": a name, as the whole object of "told". */
const TOLD_NAME = /^told\s+(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,2})(?:\s+that\s*|\s*[.!]?\s*)$/u;

/**
 * The name unnamed speakers told: people who will not be named speak to the press, so it is an outlet's ("two
 * diplomats told Euractiv"), unless it is a body's ("officials told Congress").
 */
export function outletToldByUnnamed(attribution: string): string | null {
  const told = TOLD_NAME.exec(attribution)?.[1];
  return told && !ORGANIZATION_WORDS.has(told.slice(told.lastIndexOf(' ') + 1).toLowerCase()) ? told : null;
}

/** The platform a frame names: "on his official X account", "in a post on Telegram", "In a LinkedIn post". */
export const platformIn = (frame: string): string | null =>
  (PLATFORM_RELAY.exec(frame) ?? PLATFORM_ITEM.exec(frame))?.[1] ?? null;

/**
 * "on RTÉ's Morning Ireland programme", "on BBC Radio 4's Today programme": the broadcaster whose programme it was, its
 * station's number and all.
 */
const PROGRAMME_OF = new RegExp(
  `\\b(${NAME_WORD}(?:\\s+${NAME_WORD})*(?:\\s+\\d{1,3})?)['’]s\\s+(?:${NAME_WORD}\\s+){0,3}(?:programme|program|show|podcast)\\b`,
  'u',
);

/** Relays named in an attribution frame: "told Reuters", "on his official X account", "in a post on Telegram". */
export function viaIn(frame: string): string | null {
  // Outlets and platforms are capitalised; broadcasters may not be ("state television"). Most frames have neither.
  const reference = TOLD_OUTLET_REFERENCE.exec(frame);
  if (reference) return reference[1];
  if (!HAS_CAPITAL.test(frame) && !BROADCASTER_WORD.test(frame)) return null;
  const platform = platformIn(frame);
  if (platform) return platform;
  const programme = PROGRAMME_OF.exec(frame);
  if (programme) return programme[1];
  const broadcaster =
    /\b(?:state|public|national)\s+(?:television|broadcaster|radio|tv|news agency)(?:\s+(?:station|channel|network))?(?:\s+([\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)*(?:\s+\d{1,3}(?![\d\p{L}]))?))?/u.exec(
      frame,
    );
  if (broadcaster) return broadcaster[1] ?? broadcaster[0];
  const outlet = listedOutletIn(frame);
  if (outlet) return outlet;
  const witness = SEEN_BY.exec(frame);
  if (witness) return witness[1];
  const medium = NAMED_MEDIUM.exec(frame) ?? NAME_BEFORE_MEDIUM.exec(frame);
  if (medium) return withoutFullStop(medium[1]);
  const outletName = OUTLET_NAME_PATTERN.exec(frame);
  if (outletName) return withoutFullStop(outletName[0]);
  const title = TOLD_TITLE.exec(frame);
  if (title) return withoutFullStop(title[1]);
  const station = TOLD_STATION.exec(frame);
  if (station && CAPITALS_WORD.test(station[1])) return station[1];
  return TOLD_CAMEL_CASE.exec(frame)?.[1] ?? null;
}
