/**
 * Words news copy uses for one another when it rewrites a claim ("supply" / "provide" / "send", "rose" / "climbed"),
 * as lemmas (wink-nlp's, which also spell British forms the American way). Each group meets under its first word.
 * Only words that keep the claim's meaning when swapped: opposites ("rise" / "fall") and words that change what is
 * claimed ("plan" / "expect", "kill" / "injure") are in different groups or none.
 */
export const SYNONYM_GROUPS: readonly string[][] = [
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
  ['halt', 'suspend', 'freeze', 'stop', 'pause'],
  ['plant', 'factory'],
  ['program', 'programme', 'scheme'],
  ['aircraft', 'jet', 'plane', 'airliner'],
  ['people', 'person'],
  ['harbor', 'port'],
  ['deal', 'contract', 'agreement'],
  ['customer', 'buyer', 'client'],
  ['complete', 'finish'],
];
