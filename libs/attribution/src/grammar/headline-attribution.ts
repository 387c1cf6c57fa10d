import { readSourcePhrase } from '../source-phrase/read-source-phrase';
import { type Sentence } from '../segment';
import { type Draft } from './draft';

/** "EU set to sanction 12 officials — diplomats", "Gas field to open in March – minister": the speaker after a dash. */
const TRAILING_SPEAKER = /^(.{12,}?)\s+[—–-]\s+((?:[\p{L}'’.-]+\s+)?[\p{L}'’.-]+)$/u;
/** "Raman: waiting list down 80,000", "EMA: suspend Slimora": a name before a colon. */
const LEADING_NAME = /^(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,2}):\s+(\S.{7,})$/u;
/** Documents a headline names as its speaker after a dash; not a genre ("– analysis", "– review"). */
const DOCUMENT_SPEAKERS = new Set(['report', 'reports', 'study', 'survey', 'poll', 'data', 'memo', 'filing']);

/** A lower-case speaker after a dash: a role ("minister"), unnamed sources ("diplomats") or a report. */
function isDashSpeaker(phrase: string): boolean {
  const read = readSourcePhrase(phrase);
  if (!read) return false;
  if (/^\p{Lu}/u.test(phrase)) return phrase.split(/\s+/).every((word) => /^\p{Lu}/u.test(word));
  return (
    read.type === 'anonymous' ||
    (read.type === 'person' && read.roles.length > 0) ||
    (read.type === 'document' && DOCUMENT_SPEAKERS.has(read.name.toLowerCase()))
  );
}

const draftOf = (sentence: Sentence, source: string, cue: string, from: number, to: number): Draft => ({
  source,
  cue,
  contentStart: sentence.start + from,
  contentEnd: sentence.start + to,
  quote: 'indirect',
  via: null,
  sentence: sentence.index,
  position: sentence.start,
  confidence: 0.6,
});

/**
 * A headline that names its speaker without a cue verb: after a dash ("… — diplomats", "… – report") or before a
 * colon ("Raman: …"). A name before a colon is a speaker only when the body quotes it (`quotedInBody`), since a topic
 * takes the same form ("Brexit: talks resume").
 */
export function headlineAttribution(sentence: Sentence, quotedInBody: (name: string) => boolean): Draft[] {
  const text = sentence.text.trimEnd();
  const dashed = TRAILING_SPEAKER.exec(text);
  if (dashed && isDashSpeaker(dashed[2])) {
    const dash = text.slice(dashed[1].length).trim().slice(0, 1);
    return [draftOf(sentence, dashed[2], dash, 0, dashed[1].length)];
  }
  const named = LEADING_NAME.exec(text);
  if (named && quotedInBody(named[1])) {
    const from = text.length - named[2].length;
    return [draftOf(sentence, named[1], ':', from, text.length)];
  }
  return [];
}
