/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp declares its `its.*` readers as methods, but they are
   stateless functions made to be passed to out(). */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CAPITALS } from './lexicon/capitals';
import { DEMONYMS } from './lexicon/demonyms';
import { SYNONYM_GROUPS } from './lexicon/synonyms';

/** One model for the process (loading it is the expensive part); the tagger makes the lemmas better ("drones"). */
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink-nlp types its.lemma with the model's add-ons as a parameter, which ItsFunction does not allow; out() passes them.
const lemma = its.lemma as unknown as ItsFunction<string>;

const SYNONYM_OF = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group[0]] as const)));
const COUNTRY_OF = new Map([...Object.entries(DEMONYMS), ...Object.entries(CAPITALS)]);
const WORD = /^\p{L}+$/u;

/**
 * The base form of each word, in order: its lemma ("supplied", "supplies" -> "supply"; "armoured" -> "armored"),
 * a country for its adjective, its people or its capital ("Swiss" -> "switzerland", `lexicon/demonyms.ts`; "Damascus"
 * -> "syria", `lexicon/capitals.ts`), then its synonym group's head
 * ("provide" -> "supply"). Figures and other tokens stay as they are. `tokens` are the
 * words of one text, already folded; wink-nlp reads them as a sentence so that its tagger can tell a noun from a verb.
 */
export function baseForms(tokens: string[]): string[] {
  if (tokens.length === 0) return [];
  const doc = nlp.readDoc(tokens.join(' '));
  const read = doc.tokens().out();
  const lemmas = doc.tokens().out(lemma);
  const forms: string[] = [];
  let at = 0;
  for (const token of tokens) {
    // wink-nlp may split a token ("20s" -> "20", "s"); such a token keeps its own form.
    let joined = '';
    const from = at;
    while (at < read.length && joined.length < token.length) joined += read[at++];
    const base = at === from + 1 && WORD.test(token) ? lemmas[from].toLowerCase() : token;
    const place = COUNTRY_OF.get(base) ?? base;
    forms.push(SYNONYM_OF.get(place) ?? place);
  }
  return forms;
}
