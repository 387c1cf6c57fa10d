import { APOSTROPHES, DASHES, DOUBLE_QUOTES, LETTERS_WITHOUT_DECOMPOSITION } from './lexicon/characters';

const COMBINING_MARKS = /\p{M}/gu;
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'g');

/**
 * The spelling-insensitive form both the source registry and claim matching start from: "Türkiye" and "Turkiye",
 * "Kovač" and "Kovac", a curly and a straight apostrophe all meet. Punctuation is kept (unified), because each
 * caller treats it differently. NFKD also turns compatibility forms (full-width digits, ligatures) into plain ones.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter])
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-');
}
