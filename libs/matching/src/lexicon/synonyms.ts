/**
 * Words news copy uses for one another when it rewrites a claim ("supply" / "provide" / "send", "rose" / "climbed"),
 * as lemmas (wink-nlp's, which also spell British forms the American way). Each group meets under its first word.
 * Only words that keep the claim's meaning when swapped: opposites ("rise" / "fall") and words that change what is
 * claimed ("plan" / "expect", "kill" / "injure") are in different groups or none.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
  // A negation is one however it is put: "no injuries were reported" / "injuries were not reported".
  ['not', 'no'],
  ['rise', 'climb', 'grow', 'increase', 'jump', 'gain', 'surge', 'soar', 'up'],
  ['fall', 'drop', 'decline', 'shrink', 'slide', 'dip', 'decrease', 'slump', 'plunge', 'down'],
  ['supply', 'provide', 'send', 'deliver', 'ship', 'delivery', 'shipment'],
  ['produce', 'production', 'output'],
  ['plan', 'intend', 'prepare'],
  ['include', 'cover', 'comprise', 'contain'],
  ['close', 'shut'],
  ['cut', 'eliminate', 'axe', 'slash', 'lay'],
  ['job', 'position', 'role', 'post'],
  ['worker', 'employee', 'staff'],
  ['buy', 'purchase', 'acquire'],
  ['begin', 'start', 'launch'],
  ['halt', 'suspend', 'freeze', 'stop', 'pause', 'withdraw'],
  ['plant', 'factory'],
  ['program', 'programme', 'scheme'],
  ['aircraft', 'jet', 'plane', 'airliner'],
  ['people', 'person'],
  ['harbor', 'port'],
  ['deal', 'contract', 'agreement'],
  ['customer', 'buyer', 'client'],
  ['complete', 'finish'],
  ['fight', 'battle', 'tackle', 'combat'],
  ['fire', 'blaze', 'wildfire', 'flame'],
  ['hide', 'mask', 'conceal', 'obscure'],
  ['return', 'resume'],
  ['breach', 'violate', 'infringe', 'contravene'],
  ['vote', 'ballot'],
];

/**
 * Phrasal verbs written for one word before the words are read (any tense: "came back", "is coming back"), so that
 * they meet their one-word synonyms: "buyers were coming back" / "buyers were returning".
 */
export const PHRASAL_VERBS: readonly { phrase: RegExp; word: string }[] = [
  { phrase: /\b(?:come|comes|coming|came) back\b/g, word: 'return' },
  { phrase: /\b(?:come|comes|coming|came|go|goes|going|went|gone) (?:online|on stream|live)\b/g, word: 'start' },
  { phrase: /\b(?:take|takes|taking|took|taken|pull|pulls|pulling|pulled) off the market\b/g, word: 'withdraw' },
  { phrase: /\b(?:shut|shuts|shutting) down\b/g, word: 'close' },
];
