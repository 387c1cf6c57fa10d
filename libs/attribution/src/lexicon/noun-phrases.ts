/** Quantifiers and adjectives before the head of a source phrase that are never its head: "two senior officials". */
export const NOT_HEAD_WORDS = new Set([
  'two',
  'three',
  'several',
  'some',
  'many',
  'senior',
  'other',
  'unnamed',
  'anonymous',
]);

/** Words after the head of a source phrase that start its modifier: "officials familiar with", "a study published". */
export const HEAD_MODIFIER_STARTS = new Set([
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
]);
