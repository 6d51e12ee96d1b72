import { normaliseAnswer } from './normalise';

/**
 * Forms of one answer that a reader writes differently but that mean the same thing, so the grader
 * accepts them and the drafting engine never offers two of them as different options:
 * - dates in either order, with month abbreviations and ordinals: "8 December", "December 8th",
 *   "Dec. 8", "the 8th of December";
 * - magnitudes: "30 million", "30,000,000", "thirty million"; "56%", "56 per cent", "56 percent";
 * - common abbreviations of countries and bodies: US, U.S., USA, United States (of America); UK,
 *   U.K., Britain, Great Britain, United Kingdom; UN, U.N., United Nations; EU, E.U., European Union;
 * - a title before a name: "President George W. Bush" and "George W. Bush" (see `withoutTitle`).
 * Nothing here changes a number's value or drops a negation, so a different number or a "not" still
 * never passes (decision 004; property tests in equivalence.property.test.ts).
 */

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** Abbreviations of countries and bodies, by their letters. */
const ABBREVIATED: Record<string, string> = {
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  un: 'united nations',
  eu: 'european union',
};
/** In a sentence, only capitals are an abbreviation (so the pronoun "us" is never the United States). */
const CAPITALS = /\b(?:U\.?S\.?(?:A\.?)?|U\.?K\.?|U\.?N\.?|E\.?U\.?)(?![\p{L}])/gu;
const LONG_FORMS: Array<[RegExp, string]> = [
  [/\bunited states of america\b/giu, ' united states '],
  [/\bunited kingdom of great britain and northern ireland\b/giu, ' united kingdom '],
  [/\b(?:great )?britain\b/giu, ' united kingdom '],
];

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "30,000,000", "30 million", "2.5 billion" → the number in digits; "56%" → "56 percent". */
function canonicalNumbers(text: string): string {
  return text
    .replace(/(\d)\s*%/g, '$1 percent')
    .replace(/\bper ?cent\b/gi, 'percent')
    .replace(
      /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(thousand|million|billion|trillion)\b)?/gi,
      (whole, integer: string, fraction: string | undefined, scale: string | undefined) => {
        if (!scale && !integer.includes(',')) return whole;
        const digits = `${integer.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`;
        const factor = scale ? SCALES[scale.toLowerCase()]! : 1;
        // Exact decimal scaling: "2.5 million" is 2500000, never 2499999.9999.
        const [whole10, frac10 = ''] = digits.split('.');
        const zeros = Math.round(Math.log10(factor));
        if (frac10.length <= zeros) {
          const value = `${whole10}${frac10.padEnd(zeros, '0')}`.replace(/^0+(?=\d)/, '');
          return value;
        }
        return `${whole10}${frac10.slice(0, zeros)}.${frac10.slice(zeros)}`.replace(/^0+(?=\d)/, '');
      },
    );
}

function canonicalAbbreviations(text: string): string {
  let out = text.replace(CAPITALS, (letters) => ` ${ABBREVIATED[letters.replace(/\./g, '').toLowerCase()]} `);
  for (const [pattern, replacement] of LONG_FORMS) out = out.replace(pattern, replacement);
  return out;
}

/** Month abbreviations ("Dec.", "Sept") next to a day or year become the month's name. */
function canonicalMonthWords(text: string): string {
  return text.replace(
    /\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s*(?:\d|,|$))|(?<=\d(?:st|nd|rd|th)?\s+(?:of\s+)?)(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?/gi,
    (match, before: string | undefined, after: string | undefined) =>
      MONTHS.find((month) => month.startsWith((before ?? after ?? match).toLowerCase())) ?? match,
  );
}

/** Normalised tokens: "8th of december" / "8 december" → "december 8". */
function canonicalDateOrder(tokens: string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i += 1) {
    if (!MONTHS.includes(out[i]!)) continue;
    const next = /^(\d{1,2})(?:th)?$/.exec(out[i + 1] ?? '');
    if (next && Number(next[1]) <= 31) {
      out[i + 1] = next[1]!;
      continue;
    }
    // Day before the month, possibly with "of" between.
    let j = i - 1;
    if (out[j] === 'of') j -= 1;
    const previous = /^(\d{1,2})(?:th)?$/.exec(out[j] ?? '');
    if (j >= 0 && previous && Number(previous[1]) <= 31) {
      const month = out[i]!;
      out.splice(j, i - j + 1, month, previous[1]!);
      i = j + 1;
    }
  }
  return out;
}

/**
 * The form two answers are compared in: normaliseAnswer's (case, accents, punctuation, a leading
 * "the", number words) plus the equivalences above.
 */
const remembered = new Map<string, string>();

export function canonicalAnswer(text: string): string {
  // Pure, and asked about the same names and sentences many times while drafting: remembered (bounded).
  let value = remembered.get(text);
  if (value === undefined) {
    if (remembered.size >= 50_000) remembered.clear();
    value = computeCanonical(text);
    remembered.set(text, value);
  }
  return value;
}

function computeCanonical(text: string): string {
  const prepared = canonicalNumbers(canonicalMonthWords(canonicalAbbreviations(text)));
  const normalised = normaliseAnswer(prepared);
  const whole = ABBREVIATED[normalised];
  if (whole) return whole;
  return canonicalDateOrder(normalised.split(' ').map(canonicalSpelling)).join(' ');
}

/** Whole words British and American English spell apart beyond the regular endings below. */
const SPELLINGS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  aluminium: 'aluminum',
  tyre: 'tire',
  tyres: 'tires',
  kerb: 'curb',
  cheque: 'check',
  cheques: 'checks',
};

/**
 * One spelling for words British and American English write apart: "Centre" and "Center",
 * "organisation" and "organization", "labour" and "labor" (a reader types their own). Only whole
 * words of six letters or more by ending (five for "fibre", "metre"), so no short word ("four",
 * "rise") ever changes, and none
 * of these changes a number or a negation.
 */
function canonicalSpelling(word: string): string {
  const whole = SPELLINGS[word];
  if (whole) return whole;
  if (word.length < 5 || /\d/.test(word)) return word;
  const er = word.replace(/([a-z]{2,})(t|b)re(s?)$/, '$1$2er$3');
  if (word.length < 6) return er;
  return er
    .replace(/([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/([a-z]{2,})our(s|ed|ing|ite|ites|able|ably|er|ers|less)?$/, '$1or$2');
}

/**
 * The canonical form with abbreviations left as written: an answer that happens to be spelled like
 * one ("un", "us") still equals itself typed in capitals ("UN A" for "un a").
 */
export function canonicalLiteral(text: string): string {
  return canonicalDateOrder(normaliseAnswer(canonicalNumbers(canonicalMonthWords(text))).split(' ')).join(' ');
}

/** Titles before a name, as normalised words ("president", "prime minister", "dr"). */
const TITLES =
  'acting,former,emeritus,president,vice president,prime minister,deputy prime minister,premier,chancellor,king,queen,prince,princess,pope,senator,sen,governor,gov,mayor,minister,secretary,secretary general,general,gen,colonel,col,captain,capt,lieutenant,lt,sergeant,sgt,admiral,commander,judge,justice,chief justice,dr,doctor,professor,prof,mr,mrs,ms,miss,sir,dame,lord,lady,rev,reverend,father,bishop,archbishop,cardinal,sheikh,chairman,chairwoman,chief,coach,detective,officer,ambassador,representative,rep,speaker,director,inspector,superintendent'.split(
    ',',
  );
/** One or more titles at the start, the longest first ("vice president" before "president"). */
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLES.sort((a, b) => b.length - a.length).join('|')}) )+`);

/**
 * A canonical answer without the titles before a name ("president george w bush" → "george w
 * bush"), or null when nothing is left or there was no title.
 */
export function withoutTitle(canonical: string): string | null {
  const rest = canonical.replace(LEADING_TITLES, '');
  return rest !== canonical && rest !== '' ? rest : null;
}

/** Whether two answers are the same answer written differently (exactly, not within a typo). */
export function sameAnswer(a: string, b: string): boolean {
  const x = canonicalAnswer(a);
  const y = canonicalAnswer(b);
  if (x === '' || y === '') return false;
  const squash = (text: string) => text.replace(/ /g, '');
  if (x === y || squash(x) === squash(y)) return true;
  const bareX = withoutTitle(x) ?? x;
  const bareY = withoutTitle(y) ?? y;
  return bareX === bareY || squash(bareX) === squash(bareY);
}
