import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isDemonym } from './gazetteer';

/**
 * The grammar drafting needs, on wink-nlp's part-of-speech tags and lemmas (compromise conjugates
 * verbs): a clause's subject, its verb group and the rest, so that a statement can become a
 * question ("Gary Fan resigned from his post" → "Why did Gary Fan resign from his post?"), be
 * reworded ("On Tuesday, X did Y" → "X did Y on Tuesday"; active ↔ passive), or lend its verb
 * phrase to an option ("To request donations", "By requesting donations").
 */

let wink: ReturnType<typeof winkNLP> | null = null;
function engine() {
  wink ??= winkNLP(model);
  return wink;
}

export type Word = { text: string; pos: string; lemma: string; start: number; end: number };

/** Remembers a pure function's results for the texts drafting asks about again and again (bounded). */
export function memo<T>(fn: (text: string) => T, size = 5_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    if (cache.has(text)) return cache.get(text)!;
    if (cache.size >= size) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

export const words = memo(tagWords);

function tagWords(text: string): Word[] {
  const w = engine();
  const doc = w.readDoc(text);
  const tokens = doc.tokens();
  const texts = tokens.out() as string[];
  const pos = tokens.out(w.its.pos) as unknown as string[];
  const lemmas = tokens.out(w.its.lemma as Parameters<typeof tokens.out>[0]) as unknown as string[];
  const out: Word[] = [];
  let cursor = 0;
  texts.forEach((token, index) => {
    const at = text.indexOf(token, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + token.length;
    out.push({ text: token, pos: pos[index]!, lemma: lemmas[index]!, start, end: cursor });
  });
  return out;
}

export type Clause = {
  text: string;
  /** A fronted phrase before the subject ("On Tuesday"), without its comma. */
  fronted: string;
  subject: string;
  /** The verb group as written ("was arrested", "has dropped", "failed"). */
  verb: string;
  /** Auxiliaries of the verb group ("was", "has", "did not"), and its main verb. */
  auxiliaries: string[];
  main: Word | null;
  negative: boolean;
  /** What follows the verb group, to the end of the clause. */
  rest: string;
  words: Word[];
};

const SUBJECT_PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there)$/i;
const RELATIVE = /^(?:which|who|whom|whose|where|when|that)$/i;

/**
 * Reads a simple declarative clause: [fronted phrase,] subject, verb group, rest. Returns null when
 * the clause does not have that shape (a question, a fragment, a subject that is only a pronoun).
 */
export const parseClause = memo(readClause);

function readClause(text: string): Clause | null {
  const trimmed = text.trim().replace(/[.!;:]$/, '');
  const all = words(trimmed);
  if (all.length < 3) return null;
  let i = 0;
  let fronted = '';
  // "On Tuesday, …", "In 2006, …", "After the match, …": a phrase and a comma before the subject.
  if (
    ['ADP', 'ADV', 'SCONJ', 'NUM'].includes(all[0]!.pos) ||
    (all[0]!.pos === 'VERB' && /ing$/.test(all[0]!.text)) ||
    /^(?:Earlier|Later|Meanwhile|Yesterday|Today|Last|This|Next|Despite|As|After|Before|While|Following)$/.test(
      all[0]!.text,
    )
  ) {
    const comma = all.findIndex((word, index) => index > 0 && word.text === ',');
    if (comma < 0 || comma > 14) return null;
    fronted = trimmed.slice(0, all[comma]!.start).trim();
    i = comma + 1;
  }
  const subjectStart = i;
  let depth = 0;
  let verbAt = -1;
  for (let k = i; k < all.length; k += 1) {
    const word = all[k]!;
    if (word.text === ',') {
      // ", which occurred yesterday," / ", a Boeing 777," : an insertion inside the subject.
      if (
        depth === 0 &&
        k + 1 < all.length &&
        (RELATIVE.test(all[k + 1]!.text) || ['DET', 'PROPN', 'NUM', 'ADJ'].includes(all[k + 1]!.pos)) &&
        k > subjectStart
      ) {
        depth = 1;
        continue;
      }
      if (depth === 1) {
        depth = 0;
        continue;
      }
      return null;
    }
    if (depth === 1) continue;
    if (word.pos === 'AUX' || word.pos === 'VERB') {
      // "Ethiopian-born", "US-based": part of a compound adjective, not a verb.
      if (all[k - 1]?.text === '-') continue;
      // "Designated player Yukina Seki led…": a participle before a noun describes the subject.
      if (k === subjectStart && word.pos === 'VERB' && ['NOUN', 'PROPN', 'ADJ'].includes(all[k + 1]?.pos ?? ''))
        continue;
      if (all[k - 1]?.text.toLowerCase() === 'to') continue;
      verbAt = k;
      break;
    }
  }
  if (verbAt <= subjectStart) return null;
  const subjectWords = all.slice(subjectStart, verbAt);
  // Without its insertion: "The accident, which occurred yesterday afternoon," → "The accident".
  const firstComma = subjectWords.findIndex((word) => word.text === ',');
  const kept = firstComma > 0 ? subjectWords.slice(0, firstComma) : subjectWords;
  const subject = trimmed.slice(kept[0]!.start, kept.at(-1)!.end).trim();
  if (subjectWords.length === 1 && SUBJECT_PRONOUN.test(subject)) return null;
  if (!subjectWords.some((word) => ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos))) return null;
  // The verb group: auxiliaries, "not", adverbs between them, and the main verb.
  const auxiliaries: string[] = [];
  let main: Word | null = null;
  let negative = false;
  let k = verbAt;
  for (; k < all.length; k += 1) {
    const word = all[k]!;
    if (word.pos === 'AUX') {
      auxiliaries.push(word.text);
      continue;
    }
    if (word.pos === 'PART' && /^(?:not|n't)$/i.test(word.text)) {
      negative = true;
      auxiliaries.push(word.text);
      continue;
    }
    if (word.pos === 'ADV' && auxiliaries.length > 0 && all[k + 1] && ['VERB', 'AUX'].includes(all[k + 1]!.pos))
      continue;
    if (word.pos === 'VERB') {
      main = word;
      k += 1;
    }
    break;
  }
  if (!main && auxiliaries.length === 0) return null;
  const verbEnd = main
    ? main.end
    : trimmed.indexOf(auxiliaries.at(-1)!, all[verbAt]!.start) + auxiliaries.at(-1)!.length;
  const verb = trimmed.slice(all[verbAt]!.start, verbEnd);
  const rest = trimmed
    .slice(verbEnd)
    .replace(/^[\s,]+/, '')
    .trim();
  return { text: trimmed, fronted, subject, verb, auxiliaries, main, negative, rest, words: all };
}

/**
 * "The accident" → "the accident"; "Gary Fan" stays. `names` are the words the article writes with
 * a capital inside a sentence: a tagger cannot tell "Construction" at a sentence's start from a name.
 */
export function lowerFirst(phrase: string, names: ReadonlySet<string> = new Set()): string {
  const first = /^[\p{L}][\p{L}'’-]*/u.exec(phrase)?.[0];
  if (
    /^(?:The|A|An|This|These|Those|That|Its|Their|His|Her|Some|Several|Many|Most|All|Both|Each|Every|No)$/.test(
      first ?? '',
    )
  )
    return `${phrase[0]!.toLowerCase()}${phrase.slice(1)}`;
  if (!first || names.has(first) || /^[\p{Lu}]{2,}/u.test(first) || first === 'I' || isDemonym(first)) return phrase;
  // A word the lexicon does not know as an ordinary word is a name ("Eurocontrol"): it keeps its capital.
  const tags = lexiconTags(first.toLowerCase());
  const ordinary = tags.some((tag) =>
    ['Determiner', 'Noun', 'Adjective', 'Verb', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Value'].includes(
      tag,
    ),
  );
  if (!ordinary || tags.includes('ProperNoun')) return phrase;
  return `${phrase[0]!.toLowerCase()}${phrase.slice(1)}`;
}

export function upperFirst(phrase: string): string {
  return phrase === '' ? phrase : `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`;
}

export const lexiconTags = memo(
  (word: string) => (nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms[0]?.tags ?? [],
);

function conjugations(verb: string): Record<string, string> {
  const forms = (nlp(verb).verbs().conjugate() as Array<Record<string, string>>)[0] ?? {};
  return forms;
}

/** The verb's past participle ("requested", "swum"). */
export function participle(lemma: string): string {
  const forms = conjugations(lemma);
  return forms.Participle ?? forms.PastTense ?? `${lemma}ed`;
}

/** The verb's simple past ("arrested", "swam"). */
export function pastTense(lemma: string): string {
  return conjugations(lemma).PastTense ?? `${lemma}ed`;
}

/** The verb's -ing form ("requesting"). */
export function gerund(lemma: string): string {
  const written = conjugations(lemma).Gerund ?? `${lemma}ing`;
  // compromise leaves some verbs unconjugated ("live" → "liveing"): a silent e goes (not in "being", "seeing").
  return written === `${lemma}ing` && lemma.length > 2 && /[^aeiouy]e$/.test(lemma)
    ? `${lemma.slice(0, -1)}ing`
    : written;
}

/** Past ("did"), third person present ("does") or other present ("do"), from the verb as written. */
function doSupport(main: Word): 'did' | 'does' | 'do' {
  const written = main.text.toLowerCase();
  const lemma = main.lemma.toLowerCase();
  if (written === lemma) return 'do';
  if (written === `${lemma}s` || written === `${lemma}es` || written === `${lemma.replace(/y$/, '')}ies`) return 'does';
  return 'did';
}

/**
 * The clause as a wh-question about its reason, means or the like: "Why did Gary Fan resign from
 * his post?", "How was the crane brought down?". `rest` replaces the clause's rest (the part after
 * the verb up to the reason, which the caller has cut off).
 */
export function toQuestion(
  clause: Clause,
  wh: string,
  rest: string,
  names: ReadonlySet<string> = new Set(),
): string | null {
  const subject = lowerFirst(clause.subject, names);
  // A fronted time or place ("On Tuesday") moves to the end; a fronted clause ("As Heald told the
  // Post", "Despite having won") is left out of the question.
  const keepFronted =
    clause.fronted !== '' && !words(clause.fronted).some((word) => word.pos === 'VERB' || word.pos === 'AUX');
  const tail = [rest, keepFronted ? lowerFirst(clause.fronted, names) : '']
    .filter(Boolean)
    .join(' ')
    .replace(/\s+,/g, ',')
    .trim();
  if (clause.auxiliaries.length > 0) {
    const [first, ...others] = clause.auxiliaries;
    // "didn't" → "did … not"
    const head = first!.toLowerCase();
    const more = others.map((aux) => (aux === "n't" ? 'not' : aux));
    const verbPart = [...more, clause.main?.text ?? ''].filter(Boolean).join(' ');
    return `${upperFirst(wh)} ${head} ${subject}${verbPart ? ` ${verbPart}` : ''}${tail ? ` ${tail}` : ''}?`;
  }
  if (!clause.main) return null;
  const support = doSupport(clause.main);
  return `${upperFirst(wh)} ${support} ${subject} ${clause.main.lemma.toLowerCase()}${tail ? ` ${tail}` : ''}?`;
}

/** The clause's verb phrase in another form, for options: "To request donations", "By requesting donations". */
export function verbPhrase(clause: Clause, form: 'infinitive' | 'gerund'): string | null {
  if (!clause.main || clause.negative) return null;
  const auxiliaries = clause.auxiliaries.map((aux) => aux.toLowerCase());
  // Passive ("was arrested"): "be arrested" / "being arrested".
  const passive =
    auxiliaries.some((aux) => ['was', 'were', 'is', 'are', 'been', 'be'].includes(aux)) &&
    /(?:ed|en|wn|t)$/.test(clause.main.text);
  const lemma = clause.main.lemma.toLowerCase();
  const head = passive
    ? `${form === 'gerund' ? 'being' : 'be'} ${clause.main.text}`
    : form === 'gerund'
      ? gerund(lemma)
      : lemma;
  return `${head}${clause.rest ? ` ${clause.rest}` : ''}`;
}
