import { TIME_OF_STATEMENT } from '../lexicon/calendar';
import { DOCUMENT_HEADS } from '../lexicon/documents';
import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { PERSON_ROLES, ROLE_WORDS } from '../lexicon/roles';
import { ANONYMOUS_HEADS } from '../lexicon/unnamed-speakers';
import { memoise } from '../memoise';
import { type SourcePhrase, type SourceType } from '../types';
import { readAccount } from './accounts';
import { headNoun } from './head-noun';
import { listedOutletIn, MEDIA_NOUN_PATTERN, NAME_WORD, OUTLET_NAME_PATTERN } from './name-patterns';
import { isInstitutionLength, isOrganizationLike, lowerWords, nameIn, stripArticle } from './names';
import { nameAfterMediumNoun } from './via-in-frame';

/** A time phrase inside a source phrase ("officials in June"): when, not who. */
const TIME_PHRASE = new RegExp(`\\s+${TIME_OF_STATEMENT}\\b`, 'g');

export const readSourcePhrase = memoise(readPhrase);

/** A spokesperson named after the body they speak for: "CDU spokesman", "Nordvik Energy spokesperson". */
const SPOKESPERSON_OF = /^(?:\S+\s+){1,5}(spokes(?:man|woman|person))$/iu;

/** A figure with its scale or unit ("1.9m", "40%", "2025"): a number names no one ("1.2m tonnes in, 1.9m forecast"). */
const FIGURE_ONLY = /^[\d.,]+\s*(?:%|m|bn|mn|k|million|billion|percent)?$/i;

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
    /(?:,\s*|\s)(?:who\s+(?:asked|spoke|requested|declined|was not|were not)\b[^,]*(?:named|anonymity|identified|authori[sz]ed)|speaking\s+(?:on\s+condition\s+of|under\s+condition\s+of)\s+anonymity|(?:speaking\s+)?on\s+condition\s+of\s+anonymity)/i.test(
      text,
    );
  // Relative and participle insertions describe the speaker; the name or head noun stands outside them. Dates say
  // when a document appeared, not whose it is ("a study published on Wednesday in the journal X").
  text = text
    .replace(/,\s*(?:who|which|whose|where|speaking|writing|talking)\b.*$/i, '')
    // "Officials speaking on condition of anonymity": the request needs no commas.
    .replace(/\s(?:speaking\s+)?on\s+condition\s+of\s+anonymity\b.*$/i, '')
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
  if (!text || text.length > 160 || FIGURE_ONLY.test(text)) return null;
  const described = text.split(/\s+(?:in|at|from|of)\s+/)[0];
  // "Two CDU lawmakers, speaking on condition of anonymity": a name that only qualifies the noun names no one.
  if (unnamedByRequest && (!nameIn(described) || /\s\p{Ll}+$/u.test(described)))
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
  // "a CDU spokesman", "A U.S. State Department spokesperson": a person, named by whom they speak for.
  const spokesperson = SPOKESPERSON_OF.exec(stripArticle(text));
  if (spokesperson) return { name: stripArticle(text), type: 'person', roles: [spokesperson[1].toLowerCase()] };

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

  const outlet = listedOutletIn(text) ?? OUTLET_NAME_PATTERN.exec(text)?.[0];
  if (outlet && text.length - outlet.length < 40) return { name: outlet, type: 'media', roles: [] };
  if (MEDIA_NOUN_PATTERN.test(text) && !DOCUMENT_HEADS.has(head)) {
    const found = nameAfterMediumNoun(text) ?? nameIn(text)?.name;
    if (found) return { name: found, type: 'media', roles: [] };
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
  if (personPart && !isOrganizationLike(ofSplit[1]) && personPart.name.split(' ').length >= 2) {
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
