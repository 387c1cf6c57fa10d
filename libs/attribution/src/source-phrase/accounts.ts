import { type SourcePhrase } from '../types';
import { PLATFORM_PATTERN } from './name-patterns';
import { stripArticle } from './names';

/**
 * "a pro-government Telegram channel", "an anonymous X account", "the account @FrontlineWatch", "the blog Rybar",
 * "a blog with a million subscribers on Telegram".
 */
const ACCOUNT = new RegExp(
  `\\b(${PLATFORM_PATTERN.source})\\s+(?:channel|account|page|feed|group|blog)\\b|\\b(?:channel|account|page|feed|group|blog)(?:\\s+with\\s+[^;:()]{1,40}?)?\\s+on\\s+(${PLATFORM_PATTERN.source})`,
  'u',
);
/** "Rybar, a military blog on Telegram" / "a pro-Kremlin Telegram channel, Rybar": the name beside the description. */
const NAME_BEFORE_APPOSITIVE = /^(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*),/u;
const NAME_AFTER_APPOSITIVE = /,\s*(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*)$/u;
const ACCOUNT_NAME =
  /(@[\p{L}\p{N}_]+)|\b(?:channel|account|page|blog|feed)\s+(?:called\s+|named\s+)?(\p{Lu}[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*)/u;

/** An account with no person behind it, as a source: its handle or name if the text gives one, else the phrase. */
export function readAccount(text: string): SourcePhrase | null {
  const platform = ACCOUNT.exec(text);
  const named = ACCOUNT_NAME.exec(text);
  if (!platform && !named?.[1]) return null;
  const name =
    named?.[1] ??
    named?.[2] ??
    NAME_BEFORE_APPOSITIVE.exec(text)?.[1] ??
    NAME_AFTER_APPOSITIVE.exec(text)?.[1] ??
    stripArticle(text);
  return { name, type: 'social', roles: [], platform: platform?.[1] ?? platform?.[2] };
}
