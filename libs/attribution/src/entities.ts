import { MONTH, WEEKDAY } from './lexicon/calendar';
import { CUE_VERBS } from './lexicon/cues';
import {
  DOCUMENT_HEADS,
  GENERIC_ORGANIZATION_NOUNS,
  GROUP_HEADS,
  GROUP_PRONOUNS,
  ORGANIZATION_WORDS,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  ROLE_WORDS,
} from './lexicon/sources';
import { OPENER } from './grammar/patterns';
import { memoise } from './memoise';
import {
  isInstitutionLength,
  nameIn,
  OUTLET_PATTERN,
  readSourcePhrase,
  SourcePhrase,
  WORD_START,
} from './source-phrase';

interface Entity extends SourcePhrase {
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

// These sweeps run over every article: each starts with WORD_START (an ASCII capital at a word boundary, or a
// non-ASCII letter) so the regex engine can skip ahead fast; isNameStart() then checks the match really starts a name.
/** Two or more capitalised words, with name particles: "Marhaf Abu Qasra", "Ursula von der Leyen". */
const NAME_PAIR = new RegExp(
  `${WORD_START}[\\p{L}\\p{M}'’-]+(?:[^\\S\\n]+(?:(?:al|bin|de|da|van|von|der|abu|el)[^\\S\\n]+)?\\p{Lu}[\\p{L}\\p{M}'’-]+)+`,
  'gu',
);
/** "Name, a coordinator for ...": the short description after a name. */
const APPOSITIVE_AFTER =
  /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*[,.]|\s+(?:for|of|at|representing)\b)/u;
const LISTED_COMPANY = /\b[Ss]hares (?:in|of) (\p{Lu}[\p{L}\p{M}&'’-]*(?: \p{Lu}[\p{L}\p{M}&'’-]*)*)/gu;
/**
 * A description after a comma, and the one-word name before it: "Lumora, a startup that designs chips", "Selin, his
 * wife", "Vexa, the Danish toy maker".
 */
const DESCRIPTION_AFTER_COMMA =
  /,[^\S\n]+((?:a|an|the|his|her|their|its|\p{Lu}\p{Ll}+['’]s)[^\S\n]+(?:\p{Lu}\p{Ll}+[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,3}[\p{Ll}-]+)/gu;
const SHORT_APPOSITION = /^,[^\S\n]+(?:[^\s,.;:]+[^\S\n]+){0,5}[^\s,.;:]+,/u;
/** An apposition names; one with a cue in it is a trailing attribution ("in June, the office said on Friday, ..."). */
const isShortApposition = (text: string): boolean => {
  const apposition = SHORT_APPOSITION.exec(text);
  return !!apposition && !apposition[0].split(/[\s,]+/).some((word) => CUE_VERBS.has(word));
};
const LAST_WORD = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;
const SINGLE_NAME_BEFORE = /(?:^|[^\p{L}\p{M}'’\s-]\s*)(\p{Lu}[\p{Ll}\p{M}'’-]+)$/u;

/** Nouns a text uses for whichever organisation it is about ("the company", "the agency"), unlike "the ministry". */
const INTERCHANGEABLE_ORGANIZATION_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'agency',
  'organisation',
  'organization',
  'startup',
  'start-up',
  'body',
  'institution',
  'office',
  'watchdog',
]);

const BUSINESS_NOUNS = [
  'company',
  'firm',
  'startup',
  'start-up',
  'developer',
  'manufacturer',
  'chipmaker',
  'retailer',
  'grocer',
  'bank',
  'operator',
  'airline',
  'carrier',
  'lender',
  'insurer',
  'platform',
];
const PUBLIC_NOUNS = [
  'ministry',
  'government',
  'regulator',
  'agency',
  'office',
  'watchdog',
  'department',
  'authority',
  'council',
  'commission',
  'police',
  'army',
  'military',
  'court',
  'parliament',
];
/** The sector a noun names: "the company" is not the ministry the article quoted last. */
const SECTOR = new Map<string, string>([
  ...BUSINESS_NOUNS.map((noun) => [noun, 'business'] as const),
  ...PUBLIC_NOUNS.map((noun) => [noun, 'public'] as const),
]);

/** A one-word name right after the noun that describes it: "the construction group Batiservices", "chipmaker Norvik". */
const DESCRIBED_NAME = new RegExp(
  `\\b(${[...BUSINESS_NOUNS, 'group'].join('|')})[^\\S\\n]+(\\p{Lu}[\\p{L}\\p{M}'’-]+)(?![\\p{L}\\p{M}]|[^\\S\\n]+\\p{Lu})`,
  'gu',
);
/** A one-word name right before the noun that describes it: "the M23 rebels", "the Wagner group", "the Houthi movement". */
const NAME_BEFORE_NOUN = /\bthe[^\S\n]+(\p{Lu}[\p{L}\p{M}\p{N}'’-]*)[^\S\n]+(militia|rebels|movement|group)\b/gu;
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
const CALENDAR = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`);
/**
 * "The survey by the polling firm Intercampus", "a poll by the Institute for Civic Research": the pollster, whom the
 * article's unnamed polls ("a poll published on Sunday showed", a headline's "Poll shows") stand for.
 */
const POLL_BY =
  /\b(?:poll|survey)s?,?[^\S\n]+(?:(?:carried out|conducted)[^\S\n]+)?by[^\S\n]+(?:the[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,2}(\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\n]+(?:(?:for|of)[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;
const POLL_HEADS = new Set(['poll', 'polls', 'survey', 'surveys']);
/** "Bank of Ghana", "Ministry of Health", "University of Oxford": an institution named by its kind and what it serves. */
// It starts at the literal " of " (fast to scan for); the kind is the capitalised word before it.
const KIND_OF_NAME = / of (?:the )?\p{Lu}[\p{L}\p{M}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}'’-]+)*/gu;
const KIND_BEFORE = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)$/u;
/** "the local newspaper Gorenjski Glas", "the broadcaster Radio Vox": a name after a medium noun is an outlet's. */
const MEDIUM_BEFORE = /\b(?:newspaper|daily|weekly|broadcaster|news agency|magazine|tabloid)\s+$/;
/** "the board's figures", "the agency's data": a document the possessor published. */
const POSSESSED_DOCUMENT = /^((?:the|its|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)['’]s\s+[\p{Ll}-]+$/iu;

/** An organisation's sector, from a word of its name ("energy ministry", "Police") or, failing that, its roles. */
const sectorOf = (entity: Entity): string | undefined =>
  entity.padded
    .trim()
    .split(' ')
    .map((word) => SECTOR.get(word))
    .find(Boolean) ?? entity.roles.map((role) => SECTOR.get(role)).find(Boolean);

/** Whether a description with this head noun can stand for the organisation. */
const sectorFits = (entity: Entity, head: string): boolean => {
  const wanted = SECTOR.get(head);
  const actual = sectorOf(entity);
  return !wanted || !actual || wanted === actual;
};

/** Role and organisation words in a short description (its last 12 words). */
// The lexicons are plain ASCII, so an ASCII split is enough (and much cheaper than a Unicode one).
const roleWordsOf = (text: string) =>
  !text
    ? []
    : text
        .toLowerCase()
        .split(/[^a-z-]+/)
        .slice(-12)
        .filter((word) => ROLE_WORDS.has(word) || ORGANIZATION_WORDS.has(word));

const TITLE_LINKS = new Set(['the', 'a', 'an', 'of', 'for', 'and']);

/**
 * Role words in the title right before a name ("Estonian Defence Minister", "chief of defence, General"), up to four
 * words back; a lower-case word that is no title ends it ("A police spokesman told the Irish Independent").
 */
function titleWordsBefore(text: string): string[] {
  const words = text.slice(text.lastIndexOf('\n') + 1).split(/\s+/);
  const roles: string[] = [];
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i -= 1) {
    const word = words[i].toLowerCase().replace(/[^a-z-]+$/, '');
    if (!word) continue;
    seen += 1;
    // A title runs over a comma ("the developer, Transcosta"); a place in a setting does not ("read to the court, Susan
    // Pike").
    if (
      words[i].endsWith(',') &&
      TITLE_LINKS.has(words[i - 1]?.toLowerCase()) &&
      /^(?:to|at|in|from|on|by|with)$/i.test(words[i - 2] ?? '')
    )
      break;
    if (ROLE_WORDS.has(word) || ORGANIZATION_WORDS.has(word)) roles.push(word);
    else if (!TITLE_LINKS.has(word) && !/^\p{Lu}/u.test(words[i])) break;
  }
  return roles;
}

/** Whether a name at `at` opens its sentence, titles aside ("Transport Minister Declan Hughes urged ..."). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const boundary = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/) + 1);
  const lead = before.slice(boundary).replace(/^[.!?"”’\s]+/, '');
  return (
    lead.split(/\s+/).every((word) => !word || ROLE_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word)) &&
    (boundary > 0 || at < 60)
  );
}

/** Whether a match at `at` starts with a capital that begins a word (the fast regex start admits more). */
function isNameStart(text: string, at: number): boolean {
  const first = text[at];
  if (first === first.toLowerCase()) return false;
  const previous = at > 0 ? text.charCodeAt(at - 1) : 32;
  return previous < 128
    ? !((previous >= 65 && previous <= 90) || (previous >= 97 && previous <= 122))
    : !/[\p{L}\p{M}]/u.test(text[at - 1]);
}

/**
 * A small coreference memory: who the article has named, with which roles, so "he", "the minister", "his coach",
 * "Rand" and a headline's "Developer" resolve to the fullest name the article gives.
 */
export class EntityMemory {
  private readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  /** People named as the subject of a sentence, in text order: the usual antecedent of a following "he"/"she". */
  private readonly subjects: { name: string; position: number }[] = [];
  /** Plural groups opening a sentence, in text order, with where their paragraph ends: the antecedent of a "they". */
  private readonly groups: { phrase: string; position: number; paragraphEnd: number }[] = [];
  /** Single unnamed speakers quoted so far ("a former official said"), in the order they were resolved. */
  private readonly unnamed: { phrase: SourcePhrase; position: number }[] = [];

  /** Pre-pass over the whole text (one regex sweep, not one per sentence): names and the role words around them. */
  learn(text: string): void {
    // "Shares in Nordvik fell": whatever else the text calls it, a listed company (and "the company" later on).
    LISTED_COMPANY.lastIndex = 0;
    for (let match = LISTED_COMPANY.exec(text); match; match = LISTED_COMPANY.exec(text)) {
      // "Shares in Gatepass's parent company": the possessor is not the listed company.
      if (!/['’]s$/.test(match[1]))
        this.add({ name: match[1], type: 'organization', roles: ['company'] }, match.index, false);
    }
    for (const [pattern, nameGroup, nounGroup] of [
      [DESCRIBED_NAME, 2, 1],
      [NAME_BEFORE_NOUN, 1, 2],
    ] as const) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const name = match[nameGroup];
        if (!CALENDAR.test(name))
          this.add(
            { name, type: 'organization', roles: [match[nounGroup]] },
            match.index + match[0].indexOf(name),
            false,
          );
      }
    }
    POLL_BY.lastIndex = 0;
    const hasPolls = text.includes('poll') || text.includes('survey');
    for (let match = hasPolls ? POLL_BY.exec(text) : null; match; match = POLL_BY.exec(text)) {
      this.add(
        { name: match[1], type: 'document', roles: ['poll'] },
        match.index + match[0].length - match[1].length,
        false,
      );
    }
    KIND_OF_NAME.lastIndex = 0;
    for (let match = KIND_OF_NAME.exec(text); match; match = KIND_OF_NAME.exec(text)) {
      const kind = KIND_BEFORE.exec(text.slice(Math.max(0, match.index - 20), match.index))?.[1];
      if (!kind || !ORGANIZATION_WORDS.has(kind.toLowerCase())) continue;
      const at = match.index - kind.length;
      this.add(
        { name: text.slice(at, match.index + match[0].length), type: 'organization', roles: [kind.toLowerCase()] },
        at,
        false,
      );
    }
    NAME_PAIR.lastIndex = 0;
    for (let match = NAME_PAIR.exec(text); match; match = NAME_PAIR.exec(text)) {
      const at = match.index;
      if (!isNameStart(text, at)) continue;
      const found = nameIn(match[0]);
      if (!found || found.name.indexOf(' ') < 0) continue;
      const after = at + match[0].length;
      const apposition =
        text.charCodeAt(after) === 44 /* , */ ? APPOSITIVE_AFTER.exec(text.slice(after, after + 80)) : null;
      // "C in the United States, the company said": a trailing attribution, not a description of the name before it.
      const appositive =
        apposition && !apposition[1].split(' ').some((word) => CUE_VERBS.has(word)) ? apposition : null;
      const before = text.slice(Math.max(0, at - 40), at);
      const described = [...titleWordsBefore(before), ...found.roles, ...roleWordsOf(appositive?.[1] ?? '')];
      const personDescribed = described.some((r) => PERSON_ROLES.has(r));
      // An outlet named in passing ("told Al Jazeera") is no one "he" or "she" can refer to.
      const type =
        OUTLET_PATTERN.exec(found.name)?.[0] === found.name || MEDIUM_BEFORE.test(before)
          ? 'media'
          : ORGANIZATION_WORDS.has(found.name.slice(found.name.lastIndexOf(' ') + 1).toLowerCase()) ||
              (!personDescribed && isInstitutionLength(found.name)) ||
              (!personDescribed && described.some((r) => ORGANIZATION_WORDS.has(r) && !ROLE_WORDS.has(r)))
            ? 'organization'
            : 'person';
      // A person's roles are what they are (minister, coach), not the organisation in their description.
      const roles = type === 'person' ? described.filter((r) => ROLE_WORDS.has(r)) : described;
      this.add({ name: found.name, type, roles }, at, false);
      if (type === 'person' && opensSentence(text, at)) this.subjects.push({ name: found.name, position: at });
    }
    // "Castellanos was cautious.": a person named in full before is the subject of a sentence opened by the surname.
    const bySurname = new Map<string, Entity>();
    for (const e of this.entities) {
      if (e.type !== 'person' || e.wordCount < 2) continue;
      const surname = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
      const known = bySurname.get(surname);
      if (!known || e.position < known.position) bySurname.set(surname, e);
    }
    SURNAME_OPENING.lastIndex = 0;
    for (let match = SURNAME_OPENING.exec(text); match && bySurname.size; match = SURNAME_OPENING.exec(text)) {
      const at = match.index + match[0].length - match[1].length;
      const person = bySurname.get(match[1].toLowerCase());
      if (person && person.position < at) this.subjects.push({ name: person.name, position: at });
    }
    this.subjects.sort((a, b) => a.position - b.position);
    GROUP_OPENING.lastIndex = 0;
    for (let match = GROUP_OPENING.exec(text); match; match = GROUP_OPENING.exec(text)) {
      const at = match.index + match[0].length - match[1].length;
      const paragraphEnd = text.indexOf('\n', at);
      this.groups.push({ phrase: match[1], position: at, paragraphEnd: paragraphEnd < 0 ? text.length : paragraphEnd });
    }
    DESCRIPTION_AFTER_COMMA.lastIndex = 0;
    for (let match = DESCRIPTION_AFTER_COMMA.exec(text); match; match = DESCRIPTION_AFTER_COMMA.exec(text)) {
      const described = roleWordsOf(match[1]);
      if (!described.length) continue;
      // A one-word name opening its clause ("Lumora, a startup that ..."), or one closed off by a short apposition
      // ("pilots at Skyway, Ireland's second-largest airline, voted"); not the last word of "Abu Qasra, the minister"
      // nor of "on Telegram, the ruling party accused ...".
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const single =
        SINGLE_NAME_BEFORE.exec(before) ??
        (isShortApposition(text.slice(match.index, match.index + 60)) ? LAST_WORD.exec(before) : null);
      // "Later, the defence minister said": a sentence opener is no name.
      if (!single || OPENER.test(`${single[1]}, `)) continue;
      const at = match.index - single[1].length;
      if (!isNameStart(text, at)) continue;
      const type = described.some((r) => PERSON_ROLES.has(r)) ? 'person' : 'organization';
      this.add({ name: single[1], type, roles: described }, at, false);
    }
  }

  /** Remembers a resolved source; `issued` is the document it spoke in ("said in a preliminary report" -> report). */
  remember(phrase: SourcePhrase, position: number, issued: string | null = null): void {
    // An unnamed speaker is no name a description or a short name can stand for, only a "he" or "she" right after.
    if (phrase.type === 'anonymous') this.unnamed.push({ phrase, position });
    else this.add(phrase, position, true);
    const entity = issued ? this.byName.get(phrase.name) : undefined;
    if (issued && entity && !entity.issued.includes(issued)) entity.issued = [...entity.issued, issued];
  }

  /**
   * Resolves pronouns, descriptions and partial names; returns null when the phrase stands on its own. A headline
   * names no one new, so there even a modified description ("health agency") refers to someone the body quotes.
   */
  resolve(raw: string, position: number, inHeadline = false): SourcePhrase | null {
    const { text, kind, words } = shapeOf(raw);
    if (kind === 'person-pronoun') {
      // The last person quoted, unless someone was made the subject of a sentence since ("Y urged calm. “…,” he said").
      const quoted = this.latest(position, (e) => e.type === 'person', true);
      const subject = this.lastSubjectBefore(position);
      const named =
        subject && (!quoted || subject.position > quoted.position) ? (this.byName.get(subject.name) ?? quoted) : quoted;
      // "A former official said C. “…,” he said": the unnamed speaker, if quoted after anyone named.
      const unnamed = this.unnamed.findLast((u) => u.position <= position);
      return unnamed && unnamed.position > Math.max(quoted?.position ?? -1, subject?.position ?? -1)
        ? unnamed.phrase
        : named;
    }
    if (kind === 'group-pronoun') {
      // The last organisation quoted, unless a group opened a sentence since in the same paragraph ("Aid workers
      // fear a new exodus. They said ...").
      const quoted = this.latest(position, (e) => e.type === 'organization', true);
      const group = this.lastGroupBefore(position);
      const phrase = group && (!quoted || group.position > quoted.position) ? readSourcePhrase(group.phrase) : null;
      return phrase ?? quoted;
    }
    if (kind === 'description') {
      const head = words[words.length - 1];
      // "the report said" is the report quoted before; a bare plural in the body ("Emails seen by X show") is new.
      if (DOCUMENT_HEADS.has(head)) {
        // A source that said something "in a report" is who "the report" later speaks for, as a document.
        const issued =
          inHeadline || /^(?:the|its|their)\s/i.test(text)
            ? this.latest(position, (e) => e.type === 'document' || e.issued.includes(head), true)
            : null;
        const named = issued && { name: issued.name, type: 'document' as const, roles: issued.roles };
        // A headline's "report says" is the first document the body quotes.
        const quoted = named ?? (inHeadline ? this.earliest((e) => e.type === 'document' && e.asSource) : null);
        return quoted ?? (POLL_HEADS.has(head) ? this.pollster(position) : null);
      }
      const ending = ` ${head} `;
      // "its foreign ministry" is not the Interior Ministry: every word of the description is in the name.
      const describes = (e: Entity) => e.padded.endsWith(ending) && words.every((w) => e.padded.includes(` ${w} `));
      const fits = (e: Entity) => describes(e) && e.wordCount > 1;
      const named = this.latest(position, fits, true) ?? this.earliest(fits);
      if (named && words.length <= 3) return named;
      // "the transport ministry" is not the health ministry: the description's other role words are the entity's too.
      const qualifiers = words.filter((w) => w !== head && ROLE_WORDS.has(w));
      const hasRole = (e: Entity) =>
        e.roles.includes(head) &&
        e.type !== 'document' &&
        qualifiers.every((w) => e.roles.includes(w) || e.padded.includes(` ${w} `));
      // In the body, "the company said" is an organisation named before it, not one the article names later.
      const byRole =
        this.latest(position, hasRole, false) ??
        (inHeadline || !GENERIC_ORGANIZATION_NOUNS.has(head) ? this.earliest(hasRole) : null);
      if (byRole) return byRole;
      // A headline's "Athlete vows to appeal and says C": no one the body gives that role, so the first-named person it quotes.
      if (inHeadline && PERSON_ROLES.has(head) && words.length <= 2) {
        const quoted = this.entities
          .filter((e) => e.type === 'person' && e.asSource)
          .sort((a, b) => a.firstSeen - b.firstSeen);
        return quoted[0] ?? null;
      }
      if (GENERIC_ORGANIZATION_NOUNS.has(head)) {
        const owner = this.entities.find((e) => e.type === 'organization' && describes(e));
        // "The regulator said" is the public body the article names, as a headline's "Regulator says" is.
        const speaker = !owner && (inHeadline || head === 'regulator') ? this.speakerFor(head) : null;
        if (speaker) return speaker;
        if (owner || !INTERCHANGEABLE_ORGANIZATION_NOUNS.has(head) || (words.length > 1 && !inHeadline))
          return owner ?? null;
        // "the agency said" after the article has quoted one organisation: that organisation, whatever its name, if
        // it is of the agency's kind (a company, a public body).
        // An organisation last quoted through its document ("according to the unit's rules") is still one.
        const fits = (e: Entity) =>
          (e.type === 'organization' ||
            (e.type === 'document' && e.wordCount > 1 && ORGANIZATION_WORDS.has(e.padded.trim().split(' ').pop()!))) &&
          sectorFits(e, head);
        return (
          this.latest(position, (e) => fits(e) && e.asSource && sectorOf(e) !== undefined, false) ??
          this.latest(position, (e) => fits(e) && e.asSource, false) ??
          this.mainOrganization(fits)
        );
      }
      return null;
    }
    if (kind === 'short-name') {
      const padded = ` ${text.toLowerCase()} `;
      const count = text.split(/\s+/).length;
      let fullest: Entity | null = null;
      for (const e of this.entities) {
        if (e.wordCount > count && e.padded.includes(padded) && (!fullest || e.name.length > fullest.name.length))
          fullest = e;
      }
      if (fullest) return fullest;
      // An acronym is the organisation the article quotes under the name its capitals spell: "WHO says" in a headline
      // is the World Health Organization the body quotes. An organisation only named in full keeps its acronym.
      if (ACRONYM.test(text)) {
        return (
          this.entities.find(
            (e) => e.type === 'organization' && e.asSource && e.wordCount > 1 && initialsOf(e.name) === text,
          ) ?? null
        );
      }
    }
    return null;
  }

  /** The pollster behind an unnamed poll: the last one named before `position`, else the first the article names. */
  pollster(position: number): SourcePhrase | null {
    const isPoll = (e: Entity) => e.roles.includes('poll');
    const found = this.latest(position, isPoll, true) ?? this.earliest(isPoll);
    return found && { name: found.name, type: 'document', roles: found.roles };
  }

  /**
   * Whom "the regulator" or a headline's "Government says" stands for when no name ends in that noun: the first public
   * body the article quotes (else names), for the government the first minister it quotes, and for any other noun the
   * first organisation quoted (else named) with that noun in its name.
   */
  private speakerFor(head: string): Entity | null {
    if (head === 'regulator')
      return this.mainOrganization((e) => e.type === 'organization' && sectorOf(e) === 'public');
    if (head === 'government')
      return this.earliest((e) => e.type === 'person' && e.asSource && e.roles.includes('minister'));
    // A headline's "Central bank says" is the organisation whose name has that noun anywhere ("Bank of Ghana").
    return this.mainOrganization((e) => e.type === 'organization' && e.padded.includes(` ${head} `));
  }

  /** The last outlet named or quoted before `position`: who "told the agency" means. */
  outletBefore(position: number): string | null {
    return this.latest(position, (e) => e.type === 'media', false)?.name ?? null;
  }

  private add(phrase: SourcePhrase, position: number, asSource: boolean): void {
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
  private latest(position: number, accept: (e: Entity) => boolean, preferSources: boolean): Entity | null {
    let best: Entity | null = null;
    let bestSource: Entity | null = null;
    for (const e of this.entities) {
      if (e.position > position || !accept(e)) continue;
      if (!best || e.position > best.position) best = e;
      if (e.asSource && (!bestSource || e.position > bestSource.position)) bestSource = e;
    }
    return (preferSources && bestSource) || best;
  }

  private earliest(accept: (e: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) if (accept(e) && (!best || e.position < best.position)) best = e;
    return best;
  }

  private lastSubjectBefore(position: number): { name: string; position: number } | null {
    let found: { name: string; position: number } | null = null;
    for (const subject of this.subjects) {
      if (subject.position >= position) break;
      found = subject;
    }
    return found;
  }

  private lastGroupBefore(position: number): { phrase: string; position: number } | null {
    let found: { phrase: string; position: number; paragraphEnd: number } | null = null;
    for (const group of this.groups) {
      if (group.position >= position) break;
      found = group;
    }
    return found && found.paragraphEnd > position ? found : null;
  }

  /** The organisation an article is about: the first it quotes, else the first it names. */
  private mainOrganization(accept: (e: Entity) => boolean): Entity | null {
    // By where each is first named: a later quote moves `position` on, not where the article began with it.
    const organizations = this.entities.filter(accept).sort((a, b) => a.firstSeen - b.firstSeen);
    return organizations.find((e) => e.asSource) ?? organizations[0] ?? null;
  }
}

interface Shape {
  text: string;
  kind: 'person-pronoun' | 'group-pronoun' | 'description' | 'short-name' | 'other';
  /** For a description: its lower-case words without the determiner ("health", "minister"). */
  words: string[];
}

const ACRONYM = /^[A-Z]{2,6}$/;
const initialsOf = (name: string) =>
  name
    .split(' ')
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
const AGE_DESCRIPTION = /^the \d{1,3}-year-old$/;

/** What a source phrase is, before looking anyone up: a pronoun, a description ("the minister"), a short name. */
const shapeOf = memoise((raw: string): Shape => {
  const text = raw.trim().replace(/^(?:also|then)\s+/i, '');
  const lower = text.toLowerCase();
  // "the 31-year-old" stands for a person named before, as "she" does.
  if (PERSON_PRONOUNS.has(lower) || AGE_DESCRIPTION.test(lower)) return { text, kind: 'person-pronoun', words: [] };
  if (GROUP_PRONOUNS.has(lower)) return { text, kind: 'group-pronoun', words: [] };
  const determined = /^(?:the|his|her|its|their)\s/i.test(text) || !/[\p{Lu}]/u.test(text);
  // A lone capitalised noun is a description only when it is a role ("Coach says ..."), else a name ("Varga").
  const headlineRole =
    /^[\p{Lu}][\p{Ll}-]+$/u.test(text) &&
    (ROLE_WORDS.has(lower) || GENERIC_ORGANIZATION_NOUNS.has(lower) || DOCUMENT_HEADS.has(lower));
  // A role with no article before it is a description too: "Kremlin spokesman says", "Foreign ministry spokeswoman".
  // So is an organisation's kind: "Central bank says", "Energy ministry".
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  const bareRole =
    /^[\p{Lu}][\p{L}-]*(?:\s+[\p{Ll}-]+){1,3}$/u.test(text) &&
    (PERSON_ROLES.has(last) || GENERIC_ORGANIZATION_NOUNS.has(last));
  if (
    (determined || headlineRole || bareRole) &&
    /^(?:(?:the|his|her|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.test(lower) &&
    !/[\p{Lu}]/u.test(text.replace(/^\p{Lu}/u, ''))
  ) {
    return { text, kind: 'description', words: lower.replace(/^(?:the|his|her|its|their)\s+/, '').split(/\s+/) };
  }
  const shortName = /^[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?$/u.test(text);
  return { text, kind: shortName ? 'short-name' : 'other', words: [] };
});

export function resolveSource(
  raw: string,
  position: number,
  memory: EntityMemory,
  inHeadline = false,
): SourcePhrase | null {
  const resolved = memory.resolve(raw, position, inHeadline);
  if (resolved) return { name: resolved.name, type: resolved.type, roles: resolved.roles };
  const read = readSourcePhrase(raw);
  if (!read) return null;
  if (read.type === 'document') {
    // "a poll published on Sunday showed": the pollster the article names; "the board's figures": the board's.
    if (POLL_HEADS.has(read.name.toLowerCase())) return memory.pollster(position) ?? read;
    const possessor = POSSESSED_DOCUMENT.exec(raw.trim());
    const owner = possessor && memory.resolve(possessor[1], position);
    if (owner && owner.type === 'organization') return { name: owner.name, type: 'document', roles: owner.roles };
  }
  const fuller =
    (read.type === 'person' || read.type === 'organization') && read.name !== raw.trim()
      ? memory.resolve(read.name, position)
      : null;
  return fuller && fuller.type !== 'document' ? { ...read, name: fuller.name, type: fuller.type } : read;
}
