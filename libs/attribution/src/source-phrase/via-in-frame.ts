import { MEDIA_NOUNS, OUTLET_NAME_PARTICLE } from '../lexicon/outlets';
import { escape, NAME_WORD, OUTLET_NAME_PATTERN, OUTLET_PATTERN, PLATFORM_PATTERN } from './name-patterns';

const PLATFORM_RELAY = new RegExp(
  `\\b(?:on|via)\\s+(?:(?:its|his|her|their|the)\\s+)?(?:official\\s+)?(${PLATFORM_PATTERN.source})(?:\\s+(?:account|page|channel|feed))?`,
  'u',
);
const MEDIUM_NOUN = `(?:${MEDIA_NOUNS.map(escape).join('|')})(?:\\s+(?:station|channel|network))?`;
/** What may stand before an outlet's name: "the Belgian daily", "the US broadcaster", "the radio station". */
const OUTLET_DESCRIPTOR = `(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+)?(?:[\\p{Ll}-]+\\s+)?${MEDIUM_NOUN}\\s+`;
/**
 * "seen by the Irish Times", "obtained by Politico", "seen by the Belgian daily De Standaard": the outlet that saw a
 * document relays what it says.
 */
const SEEN_BY = new RegExp(
  `\\b(?:seen|obtained|reviewed|verified)\\s+by\\s+(?:${OUTLET_DESCRIPTOR}|the\\s+)?(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*)*)`,
  'u',
);
const HAS_CAPITAL = /[A-ZÀ-ÖØ-ÞĀ-ɏ]/;
const BROADCASTER_WORD = /\b(?:television|broadcaster|radio|tv|news agency)\b/;
/**
 * "told the agency", "told the newspaper": an outlet named before, which the extractor resolves (see
 * EntityMemory.outletBefore).
 */
export const OUTLET_DESCRIPTION =
  /^\s*told\s+(the\s+(?:news\s+)?(?:agency|newspaper|paper|daily|weekly|broadcaster|channel|station|magazine|website|site))\s*[.!]?\s*$/;
/** "In a LinkedIn post", "in a video on his YouTube channel": the platform named as an adjective. */
const PLATFORM_ITEM = new RegExp(
  `\\b(?:a|an|its|his|her|their|the)\\s+(?:official\\s+|recent\\s+|new\\s+)?(${PLATFORM_PATTERN.source})\\s+(?:post|video|message|account|page|channel|thread|statement|livestream|broadcast|update)`,
  'u',
);
/** "the radio station Radio 1", "the broadcaster France 24": a number may close a broadcaster's name. */
const NAMED_MEDIUM = new RegExp(
  `\\b${MEDIUM_NOUN}\\s+(${NAME_WORD}(?:\\s+(?:${OUTLET_NAME_PARTICLE}\\s+)?${NAME_WORD})*(?:\\s+\\d{1,3}\\b)?)`,
  'u',
);
/** A station or service of a listed outlet: "BBC Radio Manchester", "Sky News Arabia", "CNN International". */
const OUTLET_BRANCH = new RegExp(
  `^\\s+(?:Radio|Television|TV|World|Sport|International|Arabia|Africa|Asia)(?:\\s+${NAME_WORD})*`,
  'u',
);
/** "told DZMM radio", "the Kathimerini newspaper", "the Lusa news agency": the name before a medium noun. */
const NAME_BEFORE_MEDIUM = new RegExp(
  `(${NAME_WORD}(?:\\s+${NAME_WORD})*)\\s+(?:radio|television|newspaper|news agency|broadcaster)\\b`,
  'u',
);
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
/** A name word keeps its dots ("U.S."), but not the full stop of a sentence it closes ("told Radio Sawa."). */
const withoutFullStop = (name: string) => name.replace(/(?<=[\p{L}\d]{2})\.$/u, '');

/** Relays named in an attribution frame: "told Reuters", "on his official X account", "in a post on Telegram". */
export function viaIn(frame: string): string | null {
  // Outlets and platforms are capitalised; broadcasters may not be ("state television"). Most frames have neither.
  if (!HAS_CAPITAL.test(frame) && !BROADCASTER_WORD.test(frame)) return OUTLET_DESCRIPTION.exec(frame)?.[1] ?? null;
  const platform = PLATFORM_RELAY.exec(frame) ?? PLATFORM_ITEM.exec(frame);
  if (platform) return platform[1];
  const broadcaster =
    /\b(?:state|public|national)\s+(?:television|broadcaster|radio|tv|news agency)(?:\s+([\p{Lu}][\p{L}\p{M}-]*(?:\s+[\p{Lu}][\p{L}\p{M}-]*)*))?/u.exec(
      frame,
    );
  if (broadcaster) return broadcaster[1] ?? broadcaster[0];
  const outlet = OUTLET_PATTERN.exec(frame);
  if (outlet) return outlet[0] + (OUTLET_BRANCH.exec(frame.slice(outlet.index + outlet[0].length))?.[0] ?? '');
  const witness = SEEN_BY.exec(frame);
  if (witness) return witness[1];
  const medium = NAMED_MEDIUM.exec(frame) ?? NAME_BEFORE_MEDIUM.exec(frame);
  if (medium) return withoutFullStop(medium[1]);
  const outletName = OUTLET_NAME_PATTERN.exec(frame);
  if (outletName) return withoutFullStop(outletName[0]);
  const title = TOLD_TITLE.exec(frame);
  if (title) return withoutFullStop(title[1]);
  const station = TOLD_STATION.exec(frame);
  return station && CAPITALS_WORD.test(station[1]) ? station[1] : null;
}
