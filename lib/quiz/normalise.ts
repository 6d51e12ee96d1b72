/**
 * Text normalisation for grading typed answers and for comparing options.
 * Pure: no React, no Next, no DOM.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };
/** Ordinal words whose number is not the word without its "th": "first" is "one". */
const IRREGULAR_ORDINALS: Record<string, string> = {
  first: 'one',
  second: 'two',
  third: 'three',
  fifth: 'five',
  eighth: 'eight',
  ninth: 'nine',
  twelfth: 'twelve',
};

function isNumberWord(word: string): boolean {
  return word in UNITS || word in TENS || word in SCALES;
}

/** The number word of an ordinal ("fourth" → "four", "twentieth" → "twenty"), or null for any other word. */
function cardinalOf(word: string): string | null {
  const irregular = IRREGULAR_ORDINALS[word];
  if (irregular) return irregular;
  const cardinal = word.endsWith('ieth') ? `${word.slice(0, -4)}y` : word.endsWith('th') ? word.slice(0, -2) : null;
  return cardinal !== null && isNumberWord(cardinal) ? cardinal : null;
}

/**
 * Reads a run of number words ("twenty one", "one hundred and five") as a number.
 * Returns null when the run is not a well-formed number, so the words are kept as they are.
 */
function wordsToNumber(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let seenAny = false;
  // What the previous word was: "one two" and "twenty thirty" are not one number.
  let last: 'unit' | 'tens' | 'scale' | null = null;
  for (const word of words) {
    if (word === 'and') continue;
    if (word in UNITS) {
      const unit = UNITS[word]!;
      if (last === 'unit' || (last === 'tens' && (unit === 0 || unit >= 10))) return null;
      current += unit;
      last = 'unit';
    } else if (word in TENS) {
      if (last === 'unit' || last === 'tens') return null;
      current += TENS[word]!;
      last = 'tens';
    } else if (word in SCALES) {
      last = 'scale';
      const scale = SCALES[word]!;
      if (scale === 100) {
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else {
      return null;
    }
    seenAny = true;
  }
  return seenAny ? total + current : null;
}

/** Replaces runs of number words, and ordinal words, with digits: "twenty-first" → "21st". */
function numberWordsToDigits(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isNumberWord(token) && cardinalOf(token) === null) {
      const ordinalDigits = /^(\d+)(st|nd|rd|th)$/.exec(token);
      out.push(ordinalDigits ? `${ordinalDigits[1]}th` : token);
      i += 1;
      continue;
    }
    const start = i;
    const run: string[] = [];
    let ordinal = false;
    while (i < tokens.length) {
      const word = tokens[i]!;
      if (isNumberWord(word)) {
        run.push(word);
      } else if (cardinalOf(word) !== null) {
        run.push(cardinalOf(word)!);
        ordinal = true;
        i += 1;
        break;
      } else if (
        word === 'and' &&
        run.length > 0 &&
        i + 1 < tokens.length &&
        (isNumberWord(tokens[i + 1]!) || cardinalOf(tokens[i + 1]!) !== null)
      ) {
        run.push(word);
      } else {
        break;
      }
      i += 1;
    }
    const value = wordsToNumber(run);
    if (value === null) {
      out.push(...tokens.slice(start, i));
    } else {
      // All ordinals become "<n>th" so "1st", "first" and "1th" compare equal.
      out.push(ordinal ? `${value}th` : String(value));
    }
  }
  return out;
}

/**
 * Normalises a typed answer for tolerant comparison:
 * case, accents, punctuation, hyphens and extra spaces are ignored, a leading "the" is dropped,
 * and numbers written as words become digits ("Two" → "2").
 */
export function normaliseAnswer(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // combining marks: é → e
    .toLowerCase()
    .replace(/[’‘ʼ`´']/g, '') // apostrophes join words: "Workers’" → "workers"
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ') // every other punctuation mark or hyphen separates words
    .trim();
  if (folded === '') return '';
  let tokens = folded.split(' ');
  while (tokens.length > 1 && tokens[0] === 'the') tokens = tokens.slice(1);
  return numberWordsToDigits(tokens).join(' ');
}

/** Normalisation used to compare authored evidence quotes with the article text. */
export function normaliseQuoteChar(char: string): string {
  if (/[’‘ʼ′]/.test(char)) return "'";
  if (/[“”„″]/.test(char)) return '"';
  if (/[‐‑‒–—]/.test(char)) return '-';
  if (/\s/.test(char)) return ' ';
  return char;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early once
 * the distance is certainly above `max`. A swapped pair of letters ("Vostohcny") counts as one typo.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev: number[] = new Array<number>(cols).fill(0);
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i += 1) {
    const row: number[] = new Array<number>(cols).fill(0);
    row[0] = i;
    let rowMin = row[0];
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[cols - 1]!;
}

/** Number of letters and digits in a normalised answer: the length a typo allowance is based on. */
export function letterCount(normalised: string): number {
  return normalised.replace(/ /g, '').length;
}
