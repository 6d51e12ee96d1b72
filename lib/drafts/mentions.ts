import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Sentence } from '@/lib/content/text';
import type { Place } from './gazetteer';
import { findNames, tagsOf, type NameKind, type Tags } from './names';

/**
 * Everything a question can be about in one sentence: whole names (names.ts), dates (compromise's
 * dates plugin, plus calendar forms it misses) and counts (a number with what it counts).
 */

nlp.plugin(datesPlugin);

export type MentionKind = NameKind | 'date' | 'count';
export type DateKind = 'day' | 'month' | 'year' | 'weekday' | 'time' | 'decade';

export type Mention = {
  kind: MentionKind;
  /** As written in the sentence; offsets into the sentence text. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Names: without a title ("George W. Bush"), with its offset; the title. */
  name?: string;
  nameStart?: number;
  title?: string;
  orgType?: string;
  place?: Place;
  guessed?: boolean;
  /** Dates: how precise ("day": March 25, 1942; "year": 2009). */
  dateKind?: DateKind;
  /** Counts: the hedge ("at least"), the noun counted ("people"), the value (2000000 for "2 million"). */
  hedge?: string;
  noun?: string;
  value?: number;
};

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CALENDAR_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|\\d{1,2} (?:${MONTHS})(?:,? \\d{4})?|(?:${MONTHS}),? \\d{4}|(?<=(?:in|since|until|by|from|of|during) )(?:${MONTHS})|(?<=(?:in|since|until|by|from|during|of|year) )(?:1[5-9]\\d\\d|20\\d\\d)|(?:${WEEKDAYS}))\\b`,
  'g',
);
const RELATIVE = /\b(?:last|next|this|previous|coming|past|early|late)\s+$/i;

function dateKind(text: string): DateKind {
  if (new RegExp(`^(?:${WEEKDAYS})$`).test(text)) return 'weekday';
  if (/\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)/i.test(text)) return 'time';
  if (/^\d{4}s$/.test(text)) return 'decade';
  if (/^\d{4}$/.test(text)) return 'year';
  if (new RegExp(`^(?:${MONTHS})(?:,? \\d{4})?$`).test(text)) return 'month';
  return 'day';
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozens|hundreds|thousands|millions|a dozen';
const HEDGES =
  '(?:at least|more than|over|under|almost|nearly|about|around|roughly|approximately|some|up to|fewer than|less than|an estimated|as many as|as few as|just over|just under)';
const COUNT = new RegExp(
  `(?<![\\p{L}\\d.,:$£€-])(?:(${HEDGES}) )?((?:[$£€])?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:[$£€])?\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))?)(?: (million|billion|thousand|hundred))?(?: ?(per ?cent|percent|%))?(?: ((?:[a-z]+-)?[a-z]+(?: [a-z]+)?))?`,
  'giu',
);
/** What a count may not count: a time span, an ordinal, a verb. */
const NOT_COUNTED =
  /^(?:may|might|will|would|could|can|should|must|is|are|was|were|be|been|said|says|say|had|have|has|did|do|does|who|which|that|minutes?|seconds?|times?|of|and|or|to|the|a|in|on|at|by|for|from|with|after|before|percent|per|cent|am|pm|more|other|others|p|a\.m|p\.m|year-old|years-old)$/i;
const WORD_VALUES: Record<string, number> = {
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
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  'a hundred': 100,
  'a dozen': 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** The value of a number as written ("2 million" → 2000000, "twenty-five" → 25), or null. */
export function numberValue(text: string): number | null {
  const clean = text
    .toLowerCase()
    .replace(/[$£€,%]/g, '')
    .replace(/\s*(?:per ?cent|percent)$/, '')
    .trim();
  const match = /^(\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)(?: (hundred|thousand|million|billion))?$/.exec(clean);
  if (!match) return null;
  let base: number | undefined;
  if (/^\d/.test(match[1]!)) base = Number(match[1]);
  else {
    const parts = match[1]!.split(/[- ]/);
    if (parts.length === 2 && WORD_VALUES[parts[0]!] !== undefined && WORD_VALUES[parts[1]!] !== undefined)
      base = WORD_VALUES[parts[0]!]! + WORD_VALUES[parts[1]!]!;
    else base = WORD_VALUES[match[1]!];
  }
  if (base === undefined || !Number.isFinite(base)) return null;
  return base * (match[2] ? SCALE[match[2]]! : 1);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function trimDate(text: string, start: number): { text: string; start: number } {
  const lead = /^(?:on|in|at|by|since|until|from|of|during|the)\s+/i.exec(text);
  let value = text;
  let at = start;
  if (lead) {
    value = value.slice(lead[0].length);
    at += lead[0].length;
  }
  value = value.replace(/[\s,.;:!?"”’')]+$/, '');
  return { text: value, start: at };
}

const DATE_SHAPE = new RegExp(
  `^(?:(?:${WEEKDAYS}),? )?(?:(?:${MONTHS})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})(?:,? \\d{4})?|\\d{4}s?|${WEEKDAYS})$`,
);

/** The people, organisations, places, other names, dates and counts of one sentence, in order. */
type Parsed = { tags: Tags; dates: Array<{ text: string; start: number }> };

/** compromise's tags and dates for a whole text, by offset: parsing the article once is half the cost of a parse per sentence. */
export function parseText(text: string): Parsed {
  const doc = nlp(text) as ReturnType<typeof nlp> & { dates: () => { json: (o: object) => unknown } };
  const dates = (
    doc.dates().json({ offset: true, terms: false }) as Array<{ text: string; offset: { start: number } }>
  ).map((match) => ({ text: match.text, start: match.offset.start }));
  return { tags: tagsOf(doc), dates };
}

/** The part of a parsed text inside one sentence, with offsets into the sentence. */
function within(parsed: Parsed, start: number, end: number): Parsed {
  const tags: Tags = new Map();
  for (const [at, value] of parsed.tags) if (at >= start && at < end) tags.set(at - start, value);
  const dates = parsed.dates
    .filter((date) => date.start >= start && date.start + date.text.length <= end)
    .map((date) => ({ text: date.text, start: date.start - start }));
  return { tags, dates };
}

export function tagSentence(
  sentence: Pick<Sentence, 'text' | 'number'> & Partial<Pick<Sentence, 'start' | 'end'>>,
  names: ReadonlySet<string>,
  article?: Parsed,
): Mention[] {
  const text = sentence.text;
  const parsed =
    article && sentence.start !== undefined
      ? within(article, sentence.start, sentence.start + text.length)
      : parseText(text);
  const mentions: Mention[] = [];
  const add = (mention: Omit<Mention, 'sentence'>) => {
    if (mention.text === '' || mentions.some((other) => overlaps(other, mention))) return;
    mentions.push({ ...mention, sentence: sentence.number });
  };
  // Dates before names: "March 3" must not become a name.
  const candidates: Array<{ text: string; start: number }> = [
    ...parsed.dates.map((match) => trimDate(match.text, match.start)),
    ...[...text.matchAll(CALENDAR_DATE)].map((match) => trimDate(match[0], match.index)),
  ];
  for (const candidate of candidates.sort((a, b) => b.text.length - a.text.length)) {
    if (!DATE_SHAPE.test(candidate.text)) continue;
    if (RELATIVE.test(text.slice(0, candidate.start))) continue;
    add({
      kind: 'date',
      text: candidate.text,
      start: candidate.start,
      end: candidate.start + candidate.text.length,
      dateKind: dateKind(candidate.text),
    });
  }
  for (const span of findNames(text, names, parsed.tags)) {
    if (mentions.some((m) => overlaps(m, span))) continue;
    add({
      kind: span.kind,
      text: span.text,
      start: span.start,
      end: span.end,
      name: span.name,
      nameStart: span.nameStart,
      ...(span.title ? { title: span.title } : {}),
      ...(span.orgType ? { orgType: span.orgType } : {}),
      ...(span.place ? { place: span.place } : {}),
      ...(span.guessed ? { guessed: true } : {}),
    });
  }
  for (const match of text.matchAll(COUNT)) {
    const [whole, hedge, number, scale, percent, noun] = match;
    if (!number || /^(?:1[5-9]\d\d|20\d\d)$/.test(number)) continue; // a year
    const start = match.index + (hedge ? hedge.length + 1 : 0);
    const body = whole.slice(hedge ? hedge.length + 1 : 0);
    const numberText = noun ? body.slice(0, body.length - noun.length).trimEnd() : body;
    const counted = percent
      ? 'percent'
      : (noun ?? '')
          .split(' ')
          .filter((word, index) => index === 0 || !NOT_COUNTED.test(word))
          .join(' ');
    if (!percent && (counted === '' || NOT_COUNTED.test(counted.split(' ')[0]!))) continue;
    if (/^(?:one|a hundred)$/i.test(number) && !scale) continue; // "one of the…"
    if (/^[\p{Lu}]/u.test(number) && match.index > 0) continue; // "Game Four": a name
    if (whole.startsWith(' ')) continue;
    // "the two leaders" refers back to people already named; it is not a count the article reports.
    if (
      /\b(?:the|these|those|both|its|their|his|her|our|all|every|each|other|another|first|last|next)\s+$/i.test(
        text.slice(0, match.index),
      )
    )
      continue;
    const value = numberValue([number, scale].filter(Boolean).join(' '));
    // "exceeded 10%", "above 30": a verb or preposition before the number hedges it as much as "more than".
    const bound =
      /\b(exceed(?:ed|ing|s)?|above|beyond|surpass(?:ed|ing|es)?|topp(?:ed|ing)|upwards of|in excess of|below|within|only|just)\s+$/i.exec(
        text.slice(0, match.index),
      )?.[1];
    const hedgeWord = hedge ?? bound;
    add({
      kind: 'count',
      text: numberText,
      start,
      end: start + numberText.length,
      ...(hedgeWord ? { hedge: hedgeWord.toLowerCase() } : {}),
      noun: counted,
      ...(value !== null ? { value } : {}),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
