import type { Sentence } from '@/lib/content/text';
import { canonicalAnswer, sameAnswer } from '@/lib/quiz/equivalence';
import { seededShuffle } from '@/lib/quiz/shuffle';
import { salience, significantTokens, type Analysis, type Identity } from './analysis';
import { ambiguousPlace, nearbyPlaces, overlap, type Place } from './gazetteer';
import { fineKind, sameKind } from './kinds';
import type { Mention } from './mentions';
import { MONTHS } from '@/lib/format';

/**
 * Wrong options for a key, every one of the key's fine kind and clearly wrong according to the
 * article: people and organisations only from the article; places from the article and then the
 * gazetteer (near the key, never one that contains it or lies in it); dates and numbers near the
 * key but never a simple multiple of it, and none that a hedge ("at least") would make true. The
 * authoring screen's "swap a distractor" offers the rest of the same list (Draft.alternatives).
 */

export const OPTION_COUNT = 4;

/** Whether a phrase of the sentence contains any form of the identity ("Russian" for Russia counts). */
function namedIn(text: string, identity: Identity): boolean {
  const haystack = ` ${canonicalAnswer(text.replace(/['’]s\b/g, ''))} `;
  for (const form of identity.forms) {
    const needle = canonicalAnswer(form);
    if (needle !== '' && haystack.includes(` ${needle} `)) return true;
  }
  const stem = canonicalAnswer(identity.canonical).split(' ').at(-1) ?? '';
  return (
    stem.length >= 4 &&
    haystack
      .split(' ')
      .some((word) => word !== stem && word.startsWith(stem.slice(0, -1)) && word.length <= stem.length + 3)
  );
}

function placeOf(identity: Identity): Place | undefined {
  return identity.mentions.find((mention) => mention.place)?.place;
}

/**
 * Same-kind things the article names, that are not the key and not named in the sentence the
 * question quotes. Most central first.
 */
function fromArticle(analysis: Analysis, key: Mention, sentence: Sentence, prompt: string): string[] {
  const own = analysis.identityOf.get(key)!;
  const kind = fineKind(key);
  const keyPlace = key.place;
  const out: Array<{ name: string; weight: number }> = [];
  for (const identity of analysis.identities) {
    if (identity === own || identity.ambiguous) continue;
    const mention = identity.mentions[0]!;
    if (!sameKind(kind, fineKind(mention))) continue;
    if (identity.mentions.every((m) => m.guessed)) continue;
    if (namedIn(sentence.text, identity) || namedIn(prompt, identity)) continue;
    const name = identity.canonical;
    // A person's full name, not "Clarence"; no option that shares a word with the key.
    if (key.kind === 'person' && name.split(' ').length < 2) continue;
    if (significantTokens(name).some((token) => significantTokens(key.name ?? key.text).includes(token))) continue;
    if (keyPlace) {
      const place = placeOf(identity);
      if (!place || overlap(place, keyPlace) || ambiguousPlace(place.name)) continue;
      // Nothing that contains, or lies in, a place the sentence names ("Canada" where Newfoundland is asked).
      if (analysis.mentions.some((m) => m.sentence === sentence.number && m.place && overlap(m.place, place))) continue;
    }
    if (sameAnswer(name, key.name ?? key.text)) continue;
    out.push({ name, weight: salience(identity) });
  }
  return out.sort((a, b) => b.weight - a.weight).map((entry) => entry.name);
}

function fromGazetteer(analysis: Analysis, key: Mention, sentence: Sentence, prompt: string): string[] {
  if (!key.place) return [];
  const inSentence = analysis.mentions.filter((m) => m.sentence === sentence.number && m.place).map((m) => m.place!);
  return nearbyPlaces(key.place, 12)
    .filter((place) => !ambiguousPlace(place.name))
    .filter((place) => !inSentence.some((other) => overlap(other, place)))
    .filter((place) => !` ${canonicalAnswer(prompt)} `.includes(` ${canonicalAnswer(place.name)} `))
    .filter((place) => !analysis.canonicalText.includes(` ${canonicalAnswer(place.name)} `))
    .map((place) => place.name);
}

/** Hedges under which a smaller (or larger) number would also be true: such a count is asked typed. */
const OPEN_HEDGES =
  /^(?:at least|more than|over|under|up to|fewer than|less than|almost|nearly|as many as|as few as|just over|just under|some|exceed(?:ed|ing|s)?|above|beyond|surpass(?:ed|ing|es)?|topp(?:ed|ing)|upwards of|in excess of|below|within)$/;
const ROUGH_HEDGES = /^(?:about|around|roughly|approximately|an estimated)$/;

/** Whether b is a simple multiple of a (×2, ×3, ×4, ×5, ×10 or the inverse): it gives the key away. */
function simpleRatio(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const ratio = Math.max(a, b) / Math.min(a, b);
  return [1.5, 2, 3, 4, 5, 10, 100, 1000].some((r) => Math.abs(ratio - r) < 1e-9);
}

const SMALL_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

/** Rounds like the key: 84,121 → five significant figures; 700 → to the hundred. */
function roundLike(value: number, key: number): number {
  const digits = String(Math.round(key)).replace(/0+$/, '').length;
  const magnitude = Math.floor(Math.log10(Math.max(1, Math.abs(value))));
  const step = 10 ** Math.max(0, magnitude - Math.max(1, digits) + 1);
  return Math.max(1, Math.round(value / step) * step);
}

/**
 * Numbers for a count: near the key in size (within about half either way), written like it, none
 * a simple multiple of the key or of another option, none the article states, and none at all
 * under an open hedge.
 */
export function numberOptions(key: Mention, articleText: string): string[] {
  const value = key.value;
  if (value === undefined || (key.hedge && OPEN_HEDGES.test(key.hedge))) return [];
  const text = key.text;
  const percent = /(?:per ?cent|percent|%)$/i.exec(text)?.[0];
  const scale = /\b(million|billion|thousand)\b/i.exec(text)?.[1];
  const currency = /^[$£€]/.exec(text)?.[0] ?? '';
  const inWords = /^[a-z]/i.test(text.replace(/^[$£€]/, ''));
  const base = scale ? value / { million: 1e6, billion: 1e9, thousand: 1e3 }[scale.toLowerCase() as 'million']! : value;
  const stated = new Set(
    [...articleText.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)].map((m) => Number(m[0].replace(/,/g, ''))),
  );
  const decimals = /\.(\d+)/.exec(text.replace(/,/g, ''))?.[1]?.length ?? 0;
  const candidates =
    decimals > 0
      ? [0.7, 0.82, 1.2, 1.33, 0.6].map((f) => Number((base * f).toFixed(decimals)))
      : base <= 12 && Number.isInteger(base) && !percent
        ? [base + 1, base - 1, base + 2, base - 2, base + 3, base + 4].filter((n) => n >= 0)
        : [0.62, 0.7, 0.8, 1.25, 1.35, 1.45, 0.55].map((f) =>
            percent ? Math.min(99, Math.round(base * f)) : roundLike(base * f, base),
          );
  const minGap = key.hedge && ROUGH_HEDGES.test(key.hedge) ? 0.2 : 0;
  const chosen: number[] = [];
  for (const candidate of candidates) {
    if (candidate === base || chosen.includes(candidate)) continue;
    if (stated.has(candidate) || simpleRatio(base, candidate) || chosen.some((other) => simpleRatio(other, candidate)))
      continue;
    if (Math.abs(candidate - base) / Math.max(1, base) < minGap) continue;
    chosen.push(candidate);
  }
  return chosen.map((n) => {
    const written =
      inWords && n <= 20 && Number.isInteger(n)
        ? SMALL_WORDS[n]!
        : n >= 10_000 || (n >= 1000 && text.includes(','))
          ? n.toLocaleString('en', { maximumFractionDigits: decimals })
          : n.toFixed(decimals);
    return `${currency}${written}${scale ? ` ${scale}` : ''}${percent ? (percent === '%' ? '%' : ` ${percent}`) : ''}`;
  });
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Dates of the key's precision near it: other years around a year, other weekdays, other months. */
export function dateOptions(key: Mention, analysis: Analysis): string[] {
  const text = key.text;
  const unstated = (option: string) => !analysis.canonicalText.includes(` ${canonicalAnswer(option)} `);
  if (key.dateKind === 'year') {
    const year = Number(text);
    // A round year among round years ("2050": 2030, 2040, 2060); otherwise years around it.
    const steps = year % 10 === 0 ? [-10, 10, -20, 20] : [-2, 1, -3, 3, -5];
    return steps.map((step) => String(year + step)).filter(unstated);
  }
  if (key.dateKind === 'weekday') return WEEKDAYS.filter((day) => day !== text);
  if (key.dateKind === 'month') {
    const month = MONTHS.findIndex((name) => text.startsWith(name));
    const rest = text.slice(MONTHS[month]?.length ?? 0);
    return month < 0
      ? []
      : [month + 2, month - 2, month + 4, month - 5].map((m) => `${MONTHS[(m + 12) % 12]}${rest}`).filter(unstated);
  }
  return [];
}

/**
 * Every acceptable wrong option for a key, best first (the first three are offered; the rest are
 * what a teacher may swap in).
 */
/** How many of a pool's options the article itself names (the rest come from the gazetteer or are made-up numbers). */
export function namedInArticle(analysis: Analysis, pool: readonly string[]): number {
  return pool.filter((option) => analysis.canonicalText.includes(` ${canonicalAnswer(option)} `)).length;
}

export function distractorPool(analysis: Analysis, key: Mention, sentence: Sentence, prompt: string): string[] {
  let pool: string[];
  switch (key.kind) {
    case 'count':
      pool = numberOptions(key, analysis.text);
      break;
    case 'date':
      // Years of the same era only ("2009" beside 1968 is impossible, so 1968 stands out).
      pool = [
        ...fromArticle(analysis, key, sentence, prompt).filter(
          (option) => key.dateKind !== 'year' || Math.abs(Number(option) - Number(key.text)) <= 8,
        ),
        ...dateOptions(key, analysis),
      ];
      break;
    case 'place':
      pool = [...fromArticle(analysis, key, sentence, prompt), ...fromGazetteer(analysis, key, sentence, prompt)];
      break;
    case 'person':
    case 'org':
      pool = fromArticle(analysis, key, sentence, prompt);
      break;
    default:
      pool = [];
  }
  const answer = key.name ?? key.text;
  const out: string[] = [];
  for (const option of pool) {
    if (sameAnswer(option, answer) || out.some((other) => sameAnswer(other, option))) continue;
    out.push(option);
  }
  return out;
}

/** The options of a choice question: the key and three wrong options from the pool, in a fixed shuffled order. */
export function chooseOptions(
  answer: string,
  pool: readonly string[],
  seed: string,
  fromArticle = pool.length,
): string[] | null {
  if (pool.length < OPTION_COUNT - 1) return null;
  // Places made up from the gazetteer look unrelated to the story beside the ones it names ("Jordan"
  // in a Korean story): at least two wrong options come from the article itself.
  if (fromArticle < OPTION_COUNT - 2) return null;
  // The first few are the most central; a fixed shuffle among them keeps a mix without always the same three.
  const wrong = seededShuffle(pool.slice(0, 5), `${seed}:pick`).slice(0, OPTION_COUNT - 1);
  return seededShuffle([answer, ...wrong], `${seed}:order`);
}
