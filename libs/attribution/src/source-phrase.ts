import {
  MEDIA_NOUNS,
  OUTLET_NAME_BEGINNINGS,
  OUTLET_NAME_ENDINGS,
  OUTLET_NAME_PARTICLE,
  OUTLETS,
  PLATFORMS,
} from './lexicon/outlets';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, ORGANIZATION_WORDS, PERSON_ROLES, ROLE_WORDS } from './lexicon/sources';
import { MONTH, WEEKDAY } from './lexicon/calendar';
import { memoise } from './memoise';
import { SourceType } from './types';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
// A capitalised "The" belongs to the name as written ("told The Associated Press"); "the BBC" keeps it outside, and
// so does "the Guardian" (listed as "The Guardian"). A name listed with "The" is no outlet when a capitalised word
// follows it ("The National Guard", "the Times Square crowd").
const THE_NAMES = OUTLETS.filter((outlet) => outlet.startsWith('The ')).map((outlet) => outlet.slice(4));
const OTHER_OUTLETS = OUTLETS.filter((outlet) => !outlet.startsWith('The '));
const alternatives = (names: string[]) => [...names].sort(byLength).map(escape).join('|');
export const OUTLET_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:The\\s+)?(?:${alternatives(OTHER_OUTLETS)})(?![\\p{L}-])` +
    `|(?:(?<![\\p{L}-])The\\s+|(?<=(?<![\\p{L}-])the\\s))(?:${alternatives(THE_NAMES)})(?![\\p{L}-]|\\s+\\p{Lu})`,
  'u',
);
export const PLATFORM_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${[...PLATFORMS].sort(byLength).map(escape).join('|')})(?![\\p{L}-])`,
  'u',
);
const MEDIA_NOUN_PATTERN = new RegExp(`\\b(?:${MEDIA_NOUNS.map(escape).join('|')})\\b`, 'iu');

/**
 * Where a capitalised word may start, as a fast regex prefix: an ASCII capital at a word boundary, or any letter of
 * the Latin, Greek and Cyrillic blocks (callers check the case); a bare \p{Lu} makes the engine test every position.
 */
export const WORD_START = '(?:\\b[A-Z]|[À-ÖØ-ÞĀ-ɏͰ-ӿḀ-ỿ])';
/** A capitalised word of a name: Kalniņš, Al-Araby, O'Neill, Wen-Li, McDonald, TPAO. */
const NAME_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
/** Lower-case particles inside names: Marhaf Abu Qasra, Ursula von der Leyen, Office for the Environment, Kessler & Young. */
const PARTICLE = '(?:al|el|bin|ibn|de|da|del|della|der|den|van|von|la|le|du|dos|das|for|of|the|and|on|in|to|&)';
/** A time phrase inside a source phrase ("officials in June"): when, not who. */
const TIME_PHRASE = new RegExp(
  `\\s+(?:(?:late|early)\\s+)?(?:on\\s+${WEEKDAY}|(?:last|this|earlier this)\\s+(?:week|month|year)|in\\s+(?:\\d{4}|${MONTH}))\\b`,
  'g',
);
const NAME_RUN = new RegExp(`${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD})*`, 'gu');
/**
 * An outlet the list does not hold: capitalised words ending like a newspaper's or a broadcaster's name ("CTV News"),
 * or starting like a broadcaster's ("Radio Okapi").
 */
const OUTLET_NAME_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:(?:${NAME_WORD}\\s+)+(?:${OUTLET_NAME_ENDINGS.join('|')})` +
    `|(?:${OUTLET_NAME_BEGINNINGS.join('|')})(?:\\s+${NAME_WORD})+)(?![\\p{L}-])`,
  'u',
);

export interface SourcePhrase {
  name: string;
  type: SourceType;
  /** Lower-case role words seen with the name ("minister", "coach"), for later "the minister". */
  roles: string[];
  /** For an account (sourceType social): the platform it posts on, which is the claim's relay. */
  platform?: string;
}

/**
 * "a pro-government Telegram channel", "an anonymous X account", "the account @FrontlineWatch", "the blog Rybar",
 * "a blog with a million subscribers on Telegram".
 */
const ACCOUNT = new RegExp(
  `\\b(${PLATFORM_PATTERN.source})\\s+(?:channel|account|page|feed|group|blog)\\b|\\b(?:channel|account|page|feed|group|blog)(?:\\s+with\\s+[^;:()]{1,40}?)?\\s+on\\s+(${PLATFORM_PATTERN.source})`,
  'u',
);
/** "Rybar, a military blog on Telegram" / "a pro-Kremlin Telegram channel, Rybar": the name beside the description. */
const NAME_BEFORE_APPOSITIVE = /^(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*),/u;
const NAME_AFTER_APPOSITIVE = /,\s*(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*)$/u;
const ACCOUNT_NAME =
  /(@[\p{L}\p{N}_]+)|\b(?:channel|account|page|blog|feed)\s+(?:called\s+|named\s+)?(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*)/u;

/** An account with no person behind it, as a source: its handle or name if the text gives one, else the phrase. */
function readAccount(text: string): SourcePhrase | null {
  const platform = ACCOUNT.exec(text);
  const named = ACCOUNT_NAME.exec(text);
  if (!platform && !named?.[1]) return null;
  const name =
    named?.[1] ??
    named?.[2] ??
    NAME_BEFORE_APPOSITIVE.exec(text)?.[1] ??
    NAME_AFTER_APPOSITIVE.exec(text)?.[1] ??
    stripArticle(text);
  return { name, type: 'social', roles: [], platform: platform?.[1] ?? platform?.[2] };
}

const lowerWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{M}.'-]+/u)
    .filter(Boolean);

function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

/** The last run of capitalised words that is not a title: "Estonian Defence Minister Kaarel Rand" -> "Kaarel Rand". */
export const nameIn = memoise(readName);
export const readSourcePhrase = memoise(readPhrase);

function readName(text: string): { name: string; roles: string[] } | null {
  // A possessor ("Chanda's campaign manager") and a sentence-initial article are not names.
  const runs = [...text.matchAll(NAME_RUN)].filter(
    (run) => !/['’]s$/.test(run[0]) && !/^(?:The|A|An|This|That|Its|His|Her|Their)$/.test(run[0]),
  );
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const words = runs[r][0].split(/\s+/);
    const isRole = (word: string) =>
      ROLE_WORDS.has(word.toLowerCase()) || ROLE_WORDS.has(word.toLowerCase().replace(/[.]$/, ''));
    const isOrganizationWord = (word: string) => ORGANIZATION_WORDS.has(word.toLowerCase().replace(/['’]s$/, ''));
    let first = 0;
    // An organisation's name keeps its words ("Health Ministry", "General Motors"). A person's titles end where the
    // name begins: after the last title word ("U.S. Attorney Sarah Kaplan"), or, when an organisation is part of
    // the run ("World Health Organization's European office"), only after titles at its start.
    if (!isOrganizationWord(words[words.length - 1])) {
      if (words.some(isOrganizationWord)) while (first < words.length - 1 && isRole(words[first])) first += 1;
      else for (let i = 0; i < words.length - 1; i += 1) if (isRole(words[i])) first = i + 1;
    }
    // A sentence's "The", "But" or "When" is no part of a name ("The IAEA said", "But Tom Harris said", "When Ellery
    // said"); outlets that keep "The" are matched before names are read.
    while (
      first < words.length &&
      /^(?:for|of|the|The|and|And|But|Yet|When|While|After|Before|Although|Though|Because|Since|Once|If|on|in|to)$/.test(
        words[first],
      )
    )
      first += 1;
    const kept = words.slice(first);
    if (kept.length === 0 || kept.every(isRole)) continue;
    const before = text.slice(0, runs[r].index) + words.slice(0, first).join(' ');
    return {
      name: kept.join(' ').replace(/[,.]$/, ''),
      roles: lowerWords(before).filter((word) => ROLE_WORDS.has(word)),
    };
  }
  return null;
}

/** No one's name runs to five capitalised words ("Food Standards Australia New Zealand"): an institution's does. */
export function isInstitutionLength(name: string): boolean {
  return name.split(' ').filter((word) => /^\p{Lu}/u.test(word)).length >= 5;
}

export function isOrganizationLike(text: string): boolean {
  return lowerWords(text).some((word) => ORGANIZATION_WORDS.has(word));
}

/** "one of the people", "two of the officials": the head is the noun after the quantifier. */
const PARTITIVE =
  /^(?:one|two|three|some|several|many|most|none|each|any|all|both)\s+of\s+(?:the|those|these|its|their)\s+/i;

function headNoun(text: string): string {
  const words = lowerWords(stripArticle(text).replace(PARTITIVE, '')).filter(
    (word) =>
      !/^\d/.test(word) &&
      !['two', 'three', 'several', 'some', 'many', 'senior', 'other', 'unnamed', 'anonymous'].includes(word),
  );
  const beforeModifier = words.findIndex((word) =>
    [
      'familiar',
      'at',
      'in',
      'near',
      'from',
      'of',
      'to',
      'with',
      'close',
      'who',
      'by',
      'briefed',
      'involved',
      'published',
      'released',
      'issued',
      'compiled',
      'posted',
      'commissioned',
    ].includes(word),
  );
  const core = beforeModifier > 0 ? words.slice(0, beforeModifier) : words;
  return core[core.length - 1] ?? '';
}

const DESCRIPTION_END = /\s(?:at|of|for|in|from|with|on|based|that|which|who|whose)\s/;

/**
 * The type a description set beside a name gives it: "Dr. Sesay, a coordinator" is a person, "Ouest Matin, the
 * regional daily" an outlet, "a farmers' union, Terra Viva" a body (a two-word name alone reads as a person's).
 */
function typeDescribed(type: SourceType, descriptions: string[]): SourceType {
  const words = descriptions.flatMap(lowerWords);
  // A relative "who" describes a person: "a driver who gave only his first name, Jan".
  if (words.some((w) => PERSON_ROLES.has(w) || w === 'who')) return type === 'organization' ? 'person' : type;
  if (type !== 'person' || words.some((w) => ROLE_WORDS.has(w))) return type;
  // Only the description's own noun types it: "a climatologist at the University of Bologna" is no university.
  const heads = descriptions.map((part) => part.split(DESCRIPTION_END)[0]);
  if (heads.some((head) => MEDIA_NOUN_PATTERN.test(head))) return 'media';
  return heads.flatMap(lowerWords).some((w) => ORGANIZATION_WORDS.has(w)) ? 'organization' : type;
}

/**
 * Reads a source phrase as the article wrote it into a name and a type. Descriptions collapse onto the name they
 * describe ("the local newspaper Gazeta Łódzka" -> Gazeta Łódzka, media); unnamed sources keep their phrase.
 */
function readPhrase(raw: string): SourcePhrase | null {
  let text = raw.replace(/\s+/g, ' ').replace(/^[,\s]+|[,\s]+$/g, '');
  const unnamedByRequest =
    /,\s*(?:who\s+(?:asked|spoke|requested|declined|was not|were not)\b[^,]*(?:named|anonymity|identified|authori[sz]ed)|speaking\s+(?:on\s+condition\s+of|under\s+condition\s+of)\s+anonymity|(?:speaking\s+)?on\s+condition\s+of\s+anonymity)/i.test(
      text,
    );
  // Relative and participle insertions describe the speaker; the name or head noun stands outside them. Dates say
  // when a document appeared, not whose it is ("a study published on Wednesday in the journal X").
  text = text
    .replace(/,\s*(?:who|which|whose|where|speaking|writing|talking)\b.*$/i, '')
    .replace(
      /,\s*(?:led|headed|backed|funded|joined|accompanied|supported|including|such as|carried out|conducted|commissioned)\b[^,]*(?:,|$)/gi,
      '',
    )
    .replace(TIME_PHRASE, '')
    .replace(
      /\s+(?:published|released|issued|unsealed|filed|seen|obtained|reviewed|compiled|commissioned|submitted|presented|made public)$/i,
      '',
    )
    .replace(/^[,\s]+|[,\s]+$/g, '');
  if (!text || text.length > 160) return null;
  if (unnamedByRequest && !nameIn(text.split(/\s+(?:in|at|from|of)\s+/)[0]))
    return { name: stripArticle(text), type: 'anonymous', roles: [] };

  const account = readAccount(text);
  if (account) return account;

  const head = headNoun(text);
  if (ANONYMOUS_HEADS.has(head) && !/\b(?:data|statistics)\b/i.test(text)) {
    // "A person close to the family, the Van Rijns": the description after a comma is no part of the phrase.
    const phrase = text.replace(/^(?:two|three|four|several|some|many|senior|other)\s+/i, '').split(/,\s/)[0];
    return { name: stripArticle(phrase), type: 'anonymous', roles: [] };
  }
  if (/^(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\b/i.test(stripArticle(text))) {
    return { name: stripArticle(text), type: 'person', roles: ['spokesperson'] };
  }

  // Appositives: "Latvia's chief of defence, General Andris Kalniņš" / "Dr. Amara Sesay, a coordinator for X".
  const parts = text.split(/,\s*/).filter(Boolean);
  // "The study, published in the journal X": an insertion about a document, read as one phrase.
  if (parts.length > 1 && DOCUMENT_HEADS.has(headNoun(parts[0]))) text = parts.join(' ');
  else if (parts.length > 1) {
    // A description ("the regional daily") names no one; "The Mekong River Commission" does.
    const named = parts
      .map((part) => ({ part, found: nameIn(part) }))
      .filter((p) => p.found && !/^(?:[Aa]n?|[Tt]he)\s+(?!\p{Lu})/u.test(p.part));
    const person =
      named.find((p) => !isOrganizationLike(p.found!.name) && p.found!.name.includes(' ')) ??
      named.find((p) => !isOrganizationLike(p.found!.name));
    const chosen = person ?? named[0];
    if (chosen) {
      const descriptions = parts.filter((part) => part !== chosen.part);
      const roles = descriptions.flatMap((part) =>
        lowerWords(part).filter((w) => ROLE_WORDS.has(w) || ORGANIZATION_WORDS.has(w)),
      );
      const inner = readSourcePhrase(chosen.part);
      const type = inner && typeDescribed(inner.type, descriptions);
      if (inner && type)
        return {
          ...inner,
          type,
          roles: [...inner.roles, ...roles].filter((w) => type !== 'person' || ROLE_WORDS.has(w)),
        };
    }
  }

  if (
    DOCUMENT_HEADS.has(head) ||
    /^(?:a|an|the)?\s*(?:[\p{L}-]+\s+)?(?:report|study|survey|poll|analysis|review)\s+(?:by|from|of)\b/iu.test(text)
  ) {
    // "by the Pew Research Center", "by the polling firm Intercampus": a short description may stand before the name.
    const publisher =
      /\b(?:by|from|in the journal|in)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Lu}][\p{L}\p{M}' -]*?)(?:\s+(?:published|released|issued)\b.*)?$/u.exec(
        text,
      ) ?? /\b(?:(?:published|released|issued|compiled)\s+by|from)\s+(?:the\s+)?([\p{L}\p{M}' -]+?)\s*$/u.exec(text);
    if (publisher && (nameIn(publisher[1]) || isOrganizationLike(publisher[1])))
      return { name: publisher[1].trim(), type: 'document', roles: [] };
    // The owner's name before the head ("the Lancet study", "A Eurostat survey"); a capitalised "A" is no owner.
    const owner = new RegExp(
      `^(?:(the)\\s+|[Aa]n?\\s+)?(?!An?\\s)(${NAME_WORD}(?:\\s+${NAME_WORD})*)\\s+(?:[\\p{Ll}-]+\\s+)?${head}(?:\\s+of\\s+.*)?$`,
      'u',
    ).exec(text);
    if (owner && (owner[1] || /\s/.test(owner[2]) || /^[\p{Lu}\d]+$/u.test(owner[2]) || /^an?\s/i.test(text)))
      return { name: owner[2], type: 'document', roles: [] };
    return {
      name: stripArticle(text).replace(/\s+(?:published|released|issued|posted|commissioned)\b.*$/i, ''),
      type: 'document',
      roles: [],
    };
  }

  const outlet = OUTLET_PATTERN.exec(text) ?? OUTLET_NAME_PATTERN.exec(text);
  if (outlet && text.length - outlet[0].length < 40) return { name: outlet[0], type: 'media', roles: [] };
  if (MEDIA_NOUN_PATTERN.test(text) && !DOCUMENT_HEADS.has(head)) {
    const found = nameIn(text);
    if (found) return { name: found.name, type: 'media', roles: [] };
  }

  // "A court in Istanbul", "the embassy in Kyiv": the place only locates the speaker, it is not the speaker.
  const located =
    /^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s+in\s+\p{Lu}[\p{L}\p{M}'’ -]*$/u.exec(text);
  if (located && (ORGANIZATION_WORDS.has(located[2]) || PERSON_ROLES.has(located[2]))) {
    return {
      name: stripArticle(text),
      type: PERSON_ROLES.has(located[2]) ? 'person' : 'organization',
      roles: [located[2]],
    };
  }

  // "Jonas Müller of ETH Zurich": the person, not the institution.
  const ofSplit = /^(.*?\p{Lu}[\p{L}\p{M}'-]+)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}.*$/u.exec(text);
  const personPart = ofSplit && nameIn(ofSplit[1]);
  if (personPart && !isOrganizationLike(ofSplit![1]) && personPart.name.split(' ').length >= 2) {
    return { name: personPart.name, type: 'person', roles: personPart.roles };
  }

  const found = nameIn(text);
  const bare = stripArticle(text);
  if (found) {
    const descriptor = text.slice(0, text.lastIndexOf(found.name));
    const personRole = lowerWords(descriptor).some((word) => PERSON_ROLES.has(word));
    if (personRole && !isOrganizationLike(found.name) && found.name.includes(' ')) {
      return { name: found.name, type: 'person', roles: lowerWords(descriptor).filter((w) => ROLE_WORDS.has(w)) };
    }
    const orgDescribed = isOrganizationLike(descriptor) || isOrganizationLike(found.name);
    const isWholePhrase = bare === found.name || bare.startsWith(`${found.name} `);
    if (orgDescribed && !isWholePhrase)
      return {
        name: found.name,
        type: 'organization',
        roles: lowerWords(descriptor).filter((w) => ORGANIZATION_WORDS.has(w)),
      };
    if (isOrganizationLike(bare) && isWholePhrase && !found.roles.length)
      return { name: bare, type: 'organization', roles: [] };
    if (
      !isOrganizationLike(found.name) &&
      (found.roles.length > 0 || (found.name.split(' ').length >= 2 && !isInstitutionLength(found.name)))
    ) {
      return { name: found.name, type: 'person', roles: found.roles };
    }
    return {
      name: found.roles.length ? found.name : bare.replace(/'s$/, ''),
      type:
        isOrganizationLike(bare) || found.name.split(' ').length < 2 || isInstitutionLength(found.name)
          ? 'organization'
          : 'person',
      roles: found.roles,
    };
  }
  const words = lowerWords(bare);
  if (PERSON_ROLES.has(words[words.length - 1] ?? ''))
    return { name: bare, type: 'person', roles: words.filter((w) => ROLE_WORDS.has(w)) };
  return {
    name: bare,
    type: 'organization',
    roles: words.filter((w) => ROLE_WORDS.has(w) || ORGANIZATION_WORDS.has(w)),
  };
}

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
  const station = TOLD_STATION.exec(frame);
  return station && CAPITALS_WORD.test(station[1]) ? station[1] : null;
}
