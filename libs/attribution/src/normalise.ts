import { ROLE_WORDS } from './lexicon/sources';

/** A registry key for a source name: case, diacritics, punctuation and leading titles do not make a new source. */
export function normaliseSourceName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && (ROLE_WORDS.has(words[first]) || ['the', 'a', 'an'].includes(words[first]))) first += 1;
  return words.slice(first).join(' ');
}
