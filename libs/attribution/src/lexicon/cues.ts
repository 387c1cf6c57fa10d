import { MONTH, WEEKDAY } from './calendar';
import { MEDIA_NOUNS, OUTLET_NAME_PARTICLE, PUBLISHING_PARTICIPLE, RELAYING_PARTICIPLE } from './outlets';

/**
 * Reporting verbs by form. `bare`: the claim may follow without "that" ("She said prices rose").
 * Verbs without it need "that" (or a document subject, see grammar) so "emphasised the need for" is no claim.
 */
export interface CueVerb {
  lemma: string;
  bare: boolean;
}

const forms = (lemma: string, bare: boolean, ...variants: string[]): [string, CueVerb][] =>
  variants.map((form) => [form, { lemma, bare }]);

export const CUE_VERBS = new Map<string, CueVerb>([
  ...forms('say', true, 'said', 'says', 'say', 'saying'),
  ...forms('tell', false, 'told', 'tells', 'tell', 'telling'),
  ...forms('add', true, 'added', 'adds', 'adding'),
  ...forms('note', false, 'noted', 'notes', 'noting'),
  ...forms('warn', false, 'warned', 'warns', 'warning'),
  ...forms('write', true, 'wrote', 'writes', 'writing'),
  ...forms('report', false, 'reported', 'reports', 'reporting'),
  ...forms('estimate', false, 'estimated', 'estimates', 'estimating'),
  ...forms('announce', false, 'announced', 'announces', 'announcing'),
  ...forms('confirm', false, 'confirmed', 'confirms', 'confirming'),
  ...forms('claim', false, 'claimed', 'claims', 'claiming'),
  ...forms('insist', false, 'insisted', 'insists', 'insisting'),
  ...forms('argue', false, 'argued', 'argues', 'arguing'),
  ...forms('stress', false, 'stressed', 'stresses', 'stressing'),
  ...forms('emphasise', false, 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising'),
  ...forms('explain', false, 'explained', 'explains', 'explaining'),
  ...forms('find', false, 'found', 'finds', 'find'),
  ...forms('show', false, 'showed', 'shows', 'show', 'shown'),
  ...forms('reveal', false, 'revealed', 'reveals'),
  ...forms('predict', false, 'predicted', 'predicts', 'predicting'),
  ...forms('forecast', false, 'forecast', 'forecasts'),
  // "The poll put support at 58 percent": an estimate's figure (see grammar/estimates.ts).
  ...forms('put', false, 'put', 'puts'),
  // "The survey gives the Social Democrats 31 percent": a poll's share (see grammar/estimates.ts).
  ...forms('give', false, 'gives', 'gave'),
  ...forms('acknowledge', false, 'acknowledged', 'acknowledges', 'acknowledging'),
  ...forms('admit', false, 'admitted', 'admits', 'admitting'),
  ...forms('assert', false, 'asserted', 'asserts', 'asserting'),
  ...forms('allege', false, 'alleged', 'alleges', 'alleging'),
  ...forms('conclude', false, 'concluded', 'concludes'),
  ...forms('suggest', false, 'suggested', 'suggests'),
  ...forms('indicate', false, 'indicated', 'indicates'),
  ...forms('deny', false, 'denied', 'denies', 'denying'),
  ...forms('reject', false, 'rejected', 'rejects', 'rejecting'),
  ...forms('state', false, 'stated'),
  ...forms('maintain', false, 'maintained', 'maintains'),
  ...forms('caution', false, 'cautioned', 'cautions'),
  ...forms('disclose', false, 'disclosed', 'discloses'),
  ...forms('reiterate', false, 'reiterated', 'reiterates'),
  ...forms('post', false, 'posted', 'posts'),
  ...forms('tweet', false, 'tweeted', 'tweets'),
  ...forms('accuse', false, 'accused', 'accuses', 'accusing'),
  ...forms('rule', false, 'ruled', 'rules', 'ruling'),
  ...forms('project', false, 'projected', 'projects'),
  ...forms('expect', false, 'expects'),
  ...forms('see', false, 'sees'),
  ...forms('believe', false, 'believes'),
  ...forms('describe', false, 'described', 'describes', 'describing'),
  // "called the changes “fair and unavoidable”": only with an object and a quotation (see grammar/cue-complement.ts).
  ...forms('call', false, 'called'),
  ...forms('pledge', false, 'pledged'),
  ...forms('contend', false, 'contended', 'contends', 'contend'),
  ...forms('concede', false, 'conceded', 'concedes', 'concede'),
  ...forms('complain', false, 'complained', 'complains', 'complain'),
  ...forms('testify', false, 'testified', 'testifies'),
  ...forms('observe', false, 'observed'),
  ...forms('recall', false, 'recalled'),
  ...forms('signal', false, 'signalled', 'signaled', 'signals'),
  // Plural subjects take the base form ("Critics argue that ..."); nouns that share it ("a claim") are told apart
  // by the tagger and the article before them.
  ...[
    'note',
    'warn',
    'estimate',
    'confirm',
    'claim',
    'insist',
    'argue',
    'stress',
    'emphasise',
    'emphasize',
    'explain',
    'reveal',
    'predict',
    'acknowledge',
    'admit',
    'assert',
    'allege',
    'conclude',
    'suggest',
    'indicate',
    'deny',
    'reject',
    'maintain',
    'caution',
    'disclose',
    'reiterate',
    'accuse',
    'believe',
    'announce',
    'add',
    'write',
  ].map((lemma): [string, CueVerb] => [
    lemma,
    { lemma: lemma === 'emphasize' ? 'emphasise' : lemma, bare: lemma === 'add' || lemma === 'write' },
  ]),
]);

/** Every word that can carry an attribution, as written (lower case, capitalised, upper case): the sentence prefilter
 * looks each token up here without lower-casing it. */
export const CUE_WORDS = new Set(
  [...CUE_VERBS.keys(), 'according', 'citing', 'cited'].flatMap((word) => [
    word,
    word[0].toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ]),
);

/** Cues that keep a view held "for a long time" a claim: "The union has long warned that C" (not "have long argued"). */
export const STANDING_CUES = new Set(['warn', 'caution']);

/**
 * Cues of a finding or a forecast, which a headline gives a bare noun phrase: "Port reports busiest year", "Bank sees
 * inflation under 15%", "Survey finds most voters undecided".
 */
const HEADLINE_FINDING_CUES = new Set(['report', 'see', 'expect', 'predict', 'forecast', 'project', 'show', 'find']);
/** A finding cue in the present tense, as a headline writes it: "reports", "sees", "finds". */
export const isHeadlineFinding = (form: string, cue: CueVerb): boolean =>
  HEADLINE_FINDING_CUES.has(cue.lemma) && form.endsWith('s');

/** Cues of a forecast, which take a subject and an infinitive: "The bank expects inflation to ease". */
export const FORECAST_CUES = new Set(['expect', 'see', 'predict', 'forecast', 'project']);

/**
 * Cues that are also plain verbs taking an object ("added 300 tonnes to the reserve", "wrote a letter to the mayor",
 * "gave no details"): without "that" they report a clause or a quotation only (a poll's "gives X 31 percent" aside,
 * see grammar/cue-complement.ts), so "and add 12 routes" carries the claim before it on.
 */
export const OBJECT_TAKING_CUES = new Set(['add', 'write', 'give']);

/** Cues that may come before their speaker after the claim: "C, said the minister". */
export const INVERTED_CUES = new Set(['say', 'add', 'tell', 'write']);

/** Cues that document subjects (studies, polls, filings) take with a bare complement: "The poll showed X with 51%". */
export const DOCUMENT_BARE_CUES = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'estimate', 'say']);

/** People addressed as a group: "told reporters", "told MPs", "told shareholders". */
const AUDIENCES = [
  'reporters',
  'journalists',
  'the press',
  'analysts',
  'investors',
  'supporters',
  'lawmakers',
  'legislators',
  'parliament',
  'delegates',
  'MPs',
  'senators',
  'shareholders',
  'members',
  'staff',
  'employees',
  'workers',
  'students',
  'farmers',
];
/** What a speaker addresses that is no person: "told a news conference", "told the Senate finance committee". */
const GATHERINGS = [
  'conference',
  'briefing',
  'hearing',
  'committee',
  'meeting',
  'session',
  'assembly',
  'audience',
  'crowd',
  'forum',
  'summit',
  'rally',
  'event',
  'congress',
  'convention',
  'cabinet',
  'court',
  'tribunal',
  'council',
  'panel',
  'inquiry',
  'parliament',
  'senate',
  'seminar',
  'symposium',
  'gathering',
  'call',
  'webinar',
  'phone-in',
];
/**
 * A gathering with up to three words before its noun ("a regular news briefing", "the parliament's finance committee")
 * and a body or group after it ("a meeting of EU ministers", "a call with analysts"): capitalised words, then one more.
 */
const GATHERING = String.raw`(?:the|a|an) (?:(?!(?:the|a|an) )[\p{L}'’-]+ ){0,3}?(?:${GATHERINGS.join('|')})(?: (?:of|with) (?:the )?(?:\p{Lu}[\p{L}-]* )*[\p{L}-]+)?`;

/**
 * Who "told" can take as its object before a that-less clause ("told reporters the plan was dead"): audiences,
 * object pronouns, outlets ("told the BBC", "told state television ERT", "told the business daily Kapital", "told the
 * Polish news agency PAP"). A media noun
 * takes the name after it, particles and all, up to the end of a trailing attribution ("..., a source told the
 * newspaper Gazet van Antwerpen."); a name may take one after it too ("told DZMM radio"), and an "and" inside it
 * ("told the Globe and Mail").
 */
export const TOLD_AUDIENCE = new RegExp(
  String.raw`^\s+(?:${AUDIENCES.join('|')}|(?:the|a) paper|${GATHERING}|him|her|them|us|me|(?:the\s+)?(?:(?:state|public|national|local|private|regional)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:journal|publication|site|outlet|television|broadcaster|radio|tv|news agency|newspaper|paper|daily|weekly|magazine|channel|news portal|news site|website)(?:\s+(?:${OUTLET_NAME_PARTICLE}\s+)?\p{Lu}[\p{L}\p{M}-]*)*|(?:The\s+|the\s+)?\p{Lu}[\p{L}\p{M}.&'-]*(?:\s+(?:of\s+|de\s+|and\s+)?\p{Lu}[\p{L}\p{M}.&'-]*){0,3}(?:\s+(?:radio|television|newspaper))?)(?=[\s,.]|$)`,
  'u',
);

/**
 * Phrases between a cue and its content that are neither: time, place, setting, medium. Matched case-sensitively
 * (the place and platform patterns rely on capitals), so both spellings are given where a sentence may start.
 */
const MEDIUM =
  '(?:statement|interview|study|survey|analysis|book|reply|response|post|posting|briefing|speech|email|e-mail|letter|note|blog post|press release|news release|report|paper|article|video|message|livestream|op-ed|column|filing|submission|memo|podcast|broadcast|address|testimony|newsletter|lecture|tweet|thread|commentary|editorial|notice|bulletin|outlook|update|assessment|review)';
// A digit may close a word of a name ("TV3", "Rai 3" is two words).
const CAPITALISED_RUN = "\\p{Lu}[\\p{L}\\p{M}\\d&'-]*(?: \\p{Lu}[\\p{L}\\p{M}\\d&'-]*)*";
const AGENT_NAME = `${CAPITALISED_RUN}(?: ${OUTLET_NAME_PARTICLE} ${CAPITALISED_RUN})?`;
/**
 * An outlet described before its name, or instead of it: "the French business magazine Challenges", "the
 * Madrid-based news site Vértice", "the dpa news agency" (a capitalised adjective is no name of its own).
 */
const DESCRIBED_AGENT = `(?:the )?(?:\\p{Lu}[\\p{L}\\p{M}-]* )?(?:[\\p{Ll}-]+ ){0,3}?(?:${MEDIA_NOUNS.join('|')})(?: (?:station|channel|network))?(?: ${AGENT_NAME})?`;
/** Who carried or was given a statement: "the state news agency ArmaPress", "Deutschlandfunk radio", "Diário de Notícias". */
const NAMED_AGENT = `(?:${DESCRIBED_AGENT}|(?:the )?(?:[\\p{Ll}-]+ ){0,3}?${AGENT_NAME}(?: (?:radio|television|newspaper))?)`;
/**
 * Whom a document was sent to, before a claim with no "that": "in a report to the ministry", "in a letter to the Finance
 * Ministry", "in an email to staff" (the words after a whole name or noun are the claim's).
 */
const RECIPIENT = '(?:(?:the|a|an|its|his|her|their) )?(?:\\p{Lu}[\\p{L}\\p{M}-]*(?: \\p{Lu}[\\p{L}\\p{M}-]*)*)?';
export const CUE_MODIFIERS = [
  `(?:late |early )?(?:on )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?`,
  `(?:last|this|next) (?:week|month|year|weekend|spring|summer|autumn|fall|winter|${WEEKDAY})`,
  '(?:earlier|later) (?:this|on|in) [\\p{L}]+',
  'earlier',
  'later',
  'recently',
  'also',
  'again',
  'separately',
  'previously',
  'repeatedly',
  // Sentence adverbs set off by commas: "cautioned, however, that ...".
  '(?:however|though|nonetheless|nevertheless)(?=\\s*,)',
  'publicly',
  'privately',
  'today',
  'yesterday',
  'on (?:the )?(?:same|previous|following) day',
  'at the time',
  'by (?:tele)?phone',
  // "in a statement carried by Anadolu", "in remarks broadcast by Deutschlandfunk radio": the agent is named in full (a
  // lazy tail would stop after "by"), as is the outlet an interview was given to ("in an interview with the financial
  // weekly Kapitaal published on Monday"); "in a filing to the stock exchange that ...": the recipient runs up to the
  // "that" of the claim.
  `in (?:(?:a|an|its|his|her|their|the) (?:[\\p{Ll}-]+ |\\p{Lu}[\\p{L}]* ){0,3}?${MEDIUM}(?! ${MEDIUM}\\b(?! by\\b))|remarks|comments)(?: (?:${RELAYING_PARTICIPLE}|${PUBLISHING_PARTICIPLE}|issued) by ${NAMED_AGENT}| with ${NAMED_AGENT}(?: (?:published|broadcast|aired) (?:on )?${WEEKDAY})?(?=[ ,.]|$)| (?:on|to|with|from|for|posted|published|released|issued|shared|sent|emailed) (?:[^,]{0,40}?(?= that |,\\s*(?:seen|obtained|reviewed|verified) by )|${RECIPIENT}[^,]{0,40}?))?`,
  // "said in its annual Emissions Gap Report", "in their World Economic Outlook": the speaker's own titled publication.
  'in (?:its|his|her|their) (?:[\\p{Ll}-]+ ){0,2}?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,5}',
  `in (?:an? )?(?:interview|statement|briefing)`,
  'at (?:a|the) [\\p{L} -]{0,40}?(?:conference|briefing|summit|meeting|event|rally|hearing|ceremony|forum|session)',
  'on (?:a|an|the) (?:[\\p{Ll}-]+ )?(?:call|conference call|podcast|broadcast|programme|program|show)(?: with [\\p{L}]+)?',
  // "said on RTÉ's Morning Ireland programme", "speaking on BBC Radio 4's Today programme": a broadcaster's programme.
  `on ${CAPITALISED_RUN}(?: \\d{1,3})?['’]s (?:\\p{Lu}[\\p{L}\\p{M}\\d-]* ){0,3}(?:programme|program|show|podcast)`,
  // "said on state television", "on national radio Rádio Nacional": the broadcaster that carried it.
  `on (?:the )?(?:(?:state|public|national|local|regional|private) )?(?:television|radio|TV|broadcaster)(?: station| channel)?(?: ${CAPITALISED_RUN})?`,
  'to (?:reporters|journalists|lawmakers|parliament|staff|employees|investors|shareholders|members)',
  // "in an email to staff, seen by Reuters, that ...": the outlet that saw the document is the relay (the recipient
  // before it runs up to its comma, above).
  '(?:seen|obtained|reviewed|verified) by (?:the )?[^,]{1,40}',
  'on (?:its|his|her|their) (?:official )?[\\p{L}]+ (?:account|page|channel|feed|website|site)',
  // "wrote on the social media platform X", "on the messaging app Telegram": a platform described before its name.
  'on (?:the )?(?:[\\p{Ll}-]+ ){0,2}(?:network|platform|app|site|service|messenger) \\p{Lu}[\\p{L}]*',
  'on \\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)?',
  'in \\p{Lu}[\\p{L}\\p{M}-]+(?: \\p{Lu}[\\p{L}\\p{M}-]+)?',
  `in (?:${MONTH}|\\d{4})`,
];
