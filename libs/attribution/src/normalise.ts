import { ORGANIZATION_WORDS } from './lexicon/organizations';
import { ROLE_WORDS } from './lexicon/roles';

/**
 * A registry key for a source name: case, diacritics, punctuation, a possessive and leading titles do not make a new
 * source ("Defence Minister Marhaf Abu Qasra" and "marhaf abu qasra" are one). An organisation's name keeps its
 * words: "Health Ministry" is not "Ministry", and "General Motors" is not "Motors".
 */
export function normaliseSourceName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, (letter) => (letter === 'ł' ? 'l' : 'L'))
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  let first = 0;
  while (first < words.length && ['the', 'a', 'an'].includes(words[first])) first += 1;
  const isOrganisation = ORGANIZATION_WORDS.has(words[words.length - 1] ?? '');
  while (!isOrganisation && first < words.length - 1 && ROLE_WORDS.has(words[first])) first += 1;
  return words.slice(first).join(' ');
}
