/** Phrases are folded (lower case, no accents) and matched as whole words; a space matches any whitespace. */

/** Comparisons, changes and records: a claim measured against something can be checked against it. */
export const COMPARISON_PHRASES = [
  'more than', 'less than', 'fewer than', 'greater than', 'as many as', 'as much as', 'at least', 'at most',
  'up from', 'down from', 'compared with', 'compared to', 'twice as', 'times more', 'times as', 'record', 'records',
  'record high', 'record low', 'all time high', 'all time low', 'unprecedented', 'first ever', 'never before',
  'doubled', 'tripled', 'halved', 'quadrupled', 'rose', 'fell', 'increased', 'decreased', 'surged', 'plunged',
  'jumped', 'dropped', 'soared', 'slumped', 'most', 'least', 'worst', 'best',
];

/** Words ending in "-est" that are not superlatives. */
export const NOT_SUPERLATIVES = new Set([
  'interest', 'west', 'rest', 'test', 'protest', 'forest', 'honest', 'harvest', 'request', 'suggest', 'latest', 'arrest',
  'guest', 'invest', 'contest', 'nest', 'quest', 'chest', 'digest', 'modest', 'manifest', 'conquest', 'unrest',
  'attest', 'detest', 'pest', 'vest', 'crest', 'earnest', 'everest', 'budapest', 'bucharest', 'northwest', 'southwest',
  'midwest', 'inquest', 'behest', 'infest', 'divest', 'ingest', 'congest', 'molest', 'priest',
]);

/** Words ending in "-er" before "than" that compare nothing measurable. */
export const NOT_COMPARATIVES = new Set(['rather', 'other', 'whether', 'sooner', 'later', 'never', 'ever']);

/**
 * Speculation about the future or the possible. It lowers worthiness: a forecast or a plan cannot be checked
 * against a record yet ("the ministry plans to build ...").
 */
export const SPECULATION_PHRASES = [
  'may', 'might', 'could', 'would', 'possibly', 'perhaps', 'plans to', 'plan to', 'planning to', 'intends to',
  'aims to', 'hopes to', 'is expected to', 'are expected to', 'is likely to', 'are likely to', 'will likely',
  'is set to', 'are set to', 'is poised to', 'in the coming', 'next year', 'by 2030', 'by 2050',
];

/**
 * Marks of an unconfirmed report. They raise worthiness: the text itself says the claim is second-hand and not yet
 * established, which is what the desk exists to settle.
 */
export const UNCONFIRMED_PHRASES = [
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'is said to', 'are said to', 'was said to',
  'were said to', 'is believed to', 'are believed to', 'rumoured', 'rumored', 'unconfirmed', 'unverified', 'claimed',
];

/** Opinion, praise, thanks and exhortation: nothing in them can be shown true or false. */
export const OPINION_PHRASES = [
  'we are proud', 'i am proud', 'proud of', 'proud to', 'it is important', 'important to', 'thank', 'thanks',
  'grateful', 'we believe', 'i believe', 'i think', 'we think', 'in my view', 'in my opinion', 'we hope', 'i hope',
  'delighted', 'pleased', 'honoured', 'honored', 'wonderful', 'great', 'amazing', 'committed to', 'look forward',
  'stand with', 'stand by', 'our hearts', 'thoughts and prayers', 'congratulate', 'congratulations', 'we must',
  'must be', 'should be', 'deserve', 'deserves', 'shameful', 'disgraceful', 'unacceptable', 'welcome', 'we welcome',
];

/** Capitalised words that do not name anything a claim can be checked about. */
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i',
]);

/** Lower-case words allowed inside a name: "Bank of England", "Ahmed bin Salem", "Ursula von der Brandt". */
export const NAME_PARTICLES = new Set(['of', 'for', 'the', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'ibn', 'la', 'le', 'da', 'di']);
