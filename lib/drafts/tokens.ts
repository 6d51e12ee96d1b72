/**
 * Words of a sentence with their offsets, as name-finding needs them: "U.S." and "D.C." stay one
 * token with their full stops, an initial keeps its ("W."), a possessive is its own token
 * ("Italy" + "'s"), hyphenated and apostrophised names stay whole ("al-Amr", "O'Brien").
 */

export type Token = { text: string; start: number; end: number };

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Jr|Sr|Gen|Sen|Gov|Rep|Rev|Lt|Col|Sgt|Capt|Prof|Adm|Maj|Cmdr|Supt|Insp|Det|No|Fr)\.(?=\s)|[$£€]?[\p{L}\p{N}]+(?:[-'’.,:/][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    // "Italy's" → "Italy" + "'s"; "Jones'" is left alone (a plural possessive is rare in names).
    const possessive = /^(.+?)(['’]s)$/u.exec(word);
    if (possessive && /\p{L}/u.test(possessive[1]!)) {
      out.push({ text: possessive[1]!, start, end: start + possessive[1]!.length });
      out.push({ text: possessive[2]!, start: start + possessive[1]!.length, end: start + word.length });
      continue;
    }
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

export const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word);
