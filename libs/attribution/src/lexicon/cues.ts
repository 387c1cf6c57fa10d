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
  ...forms('post', false, 'posted'),
  ...forms('tweet', false, 'tweeted'),
  ...forms('accuse', false, 'accused', 'accuses', 'accusing'),
]);

/** Cues that document subjects (studies, polls, filings) take with a bare complement: "The poll showed X with 51%". */
export const DOCUMENT_BARE_CUES = new Set(['show', 'find', 'suggest', 'indicate', 'reveal', 'estimate', 'say']);

/** Words a cue's object can be when it is an audience rather than a relaying outlet ("told reporters"). */
export const AUDIENCES = /^(?:reporters|journalists|the press|analysts|investors|supporters|lawmakers|parliament|the [\p{L} -]+|a [\p{L} -]+|an [\p{L} -]+|[\p{L}-]+ (?:members|officials|staff|students|workers|voters|residents))/iu;

/** Phrases between a cue and its content that are neither: time, place, setting. */
export const CUE_MODIFIERS = [
  '(?:late |early )?on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?',
  '(?:late|early) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:last|this|next) (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter)',
  'earlier (?:this|on|in) [\\p{L}]+', 'earlier', 'later', 'recently', 'also', 'again', 'separately', 'previously', 'repeatedly',
  'on [\\p{L}]+ (?:morning|afternoon|evening|night)',
  'in (?:a|an|its|his|her|their) (?:written |joint |brief |televised |separate )?(?:statement|interview|reply|response|post|briefing|speech|email|letter|note|blog post|press release|report)(?: [\\p{L}-]+){0,6}?',
  'at (?:a|the) [\\p{L} -]{0,40}?(?:conference|briefing|summit|meeting|event|rally|hearing|ceremony)',
  'on (?:a|an) (?:call|conference call|podcast|broadcast)(?: with [\\p{L}]+)?',
  'in (?:an? )?(?:interview|statement|briefing)',
  'to (?:reporters|journalists)',
  'on (?:its|his|her|their) (?:official )?[\\p{L}]+ (?:account|page|channel|feed)',
  'on [\\p{Lu}][\\p{L}]*',
];
