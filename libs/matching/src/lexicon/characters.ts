/** Letters that Unicode NFKD does not split into a base letter and a mark, spelt the way English news copy does. */
export const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** Typographic variants of the apostrophe, the double quote and the dash, each mapped to its ASCII form. */
export const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u0060\u00B4]/g;
export const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/g;
export const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
