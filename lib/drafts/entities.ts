import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Sentence } from '@/lib/content/text';

/**
 * Entity tagging with compromise (and its dates plugin), plus the repairs rule-based drafting needs:
 * the tagger cuts names short ("Kim Jong" of "Kim Jong Un"), keeps punctuation and possessives
 * ("Ukraine.", "Russia’s"), tags demonyms and noun phrases as places ("North Korean state"), and
 * knows few small places, so a capitalised name after "in", "at" or "near" is taken as a place too.
 */

nlp.plugin(datesPlugin);

export type EntityKind = 'person' | 'org' | 'place' | 'date' | 'count';

export type Mention = {
  kind: EntityKind;
  /** As written in the sentence (trimmed of punctuation and a possessive). */
  text: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  sentence: number;
  /** Person, org and place: the name without a title ("Vladimir Putin" of "President Vladimir Putin"). */
  name?: string;
  /** Count: the number phrase ("at least two") and the noun counted ("ballistic missiles"). */
  hedge?: string;
  noun?: string;
  /** Date: YYYY-MM-DD when the tagger resolved a calendar day; undefined for a weekday alone. */
  day?: string;
  /** Date: a weekday, month or year alone (less precise, ranked lower). */
  vague?: boolean;
  /** Found by a rule (a capitalised name after "in"), not by the tagger: no distractor for others. */
  guessed?: boolean;
};

type CompromiseMatch = { text: string; offset: { start: number; length: number } };

const TITLES =
  /^(?:(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Prince|Princess|Pope|Senator|Sen\.|Governor|Gov\.|Mayor|Minister|Secretary|General|Gen\.|Colonel|Col\.|Captain|Capt\.|Judge|Justice|Dr\.?|Doctor|Professor|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Lady|Chairman|Chairwoman|Chief|Coach|Detective|Officer|Sergeant|Lieutenant|Commander|Admiral|Ambassador|Rev\.|Reverend|Bishop|Archbishop|Cardinal|Representative|Rep\.|Speaker|Director|Inspector|Superintendent)\s+)+/;

/** Words the tagger capitalises into names at the start of sentences or in headlines. */
const NOT_NAMES = new Set(
  `the a an this that these those it its he she they we i you his her their our my your there here
  but and or so yet however also after before when while during since until on in at of for from by with
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow according officials police government
  said says state states north south east west new old more most many some all both each other such`.split(/\s+/),
);

/** Adjectives of nationality: "Russian officials" is not a place. */
const KNOWN_DEMONYMS = new Set(['french', 'dutch', 'swiss', 'thai', 'greek', 'welsh', 'irish', 'scottish', 'british']);

const RELATIVE_DATE =
  /\b(?:today|yesterday|tomorrow|tonight|now|recently|currently|this|next|last|ago|earlier|later|soon|past|coming|previous)\b/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const CALENDAR_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?|\\d{1,2} (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{4}|(?:in|since|until|by|from|of) (?:${MONTHS})|(?:in|since|until|by|from|of) (?:1[89]\\d\\d|20\\d\\d))\\b`,
  'g',
);
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** What a date answer may look like: a day, a month, a year, a weekday, a time of day. */
const DATE_SHAPE = new RegExp(
  `^(?:(?:${WEEKDAYS}),? )?(?:(?:early |late |mid-)?(?:${MONTHS})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?|\\d{1,2} (?:${MONTHS})(?: \\d{4})?|(?:the )?(?:early |late |mid-)?\\d{4}s?|${WEEKDAYS}|\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.))(?: (?:morning|afternoon|evening|night))?$`,
);
const WEEKDAY = /\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|dozens|hundreds|thousands|millions|a dozen';
const HEDGES =
  '(?:at least|more than|over|under|almost|nearly|about|around|roughly|approximately|some|up to|fewer than|less than|just|only|an estimated)';
const COUNT = new RegExp(
  `(?<![\\p{L}\\d.,$£€])(?:(${HEDGES}) )?((?:[$£€])?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:[$£€])?\\d+(?:\\.\\d+)?|(?:${NUMBER_WORDS})(?:[- ](?:${NUMBER_WORDS}))?)(?: (million|billion|thousand|hundred))?(?: (per ?cent|percent|%))?(?: ((?:[a-z]+-)?[a-z]+(?: [a-z]+)?))?`,
  'giu',
);
/** Counted nouns that make a good "how many" (people, things, money), not a time span or ordinal. */
const COUNT_NOUN_STOP =
  /^(?:may|might|will|would|could|can|should|must|is|are|was|were|be|been|said|says|say|had|have|has|did|do|does|who|which|that|years?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|of|and|or|to|the|a|in|on|at|by|for|from|with|is|was|were|are|has|have|had|after|before|percent|per|cent|am|pm|p\.m|a\.m|more|other|others)$/i;

function trimEntity(text: string, start: number): { text: string; start: number } {
  let value = text;
  let at = start;
  const lead = value.match(/^[\s"“‘'(\[]+/);
  if (lead) {
    value = value.slice(lead[0].length);
    at += lead[0].length;
  }
  value = value.replace(/(?:['’]s|['’])?[\s,.;:!?"”’')\]]*$/, '');
  // "Martin Luther King Jr." keeps its full stop: the blank must not leave "___." behind.
  if (/\b(?:Jr|Sr|St|Inc|Ltd|Co|Corp)$/.test(value) && text.slice(value.length + (at - start)).startsWith('.'))
    value += '.';
  value = value.replace(/^(?:the|The) /, (article) => {
    at += article.length;
    return '';
  });
  return { text: value, start: at };
}

/** Extends a name over the capitalised words the tagger left out ("Kim Jong" → "Kim Jong Un"). */
function extendName(sentence: string, start: number, end: number): number {
  let cursor = end;
  // "Kwok" of "Kwok-hing": a hyphenated name is one word ("Russia-Ukraine" is two names).
  const hyphenated = /^-[\p{Ll}]+/u.exec(sentence.slice(cursor));
  if (hyphenated) cursor += hyphenated[0].length;
  for (;;) {
    const next = /^ ([\p{Lu}][\p{Ll}’'-]*\.?|[\p{Lu}]{2,})(?=[\s,.;:!?’'"”)]|$)/u.exec(sentence.slice(cursor));
    if (!next || NOT_NAMES.has(next[1]!.toLowerCase().replace(/\.$/, ''))) return cursor;
    cursor += next[0].replace(/\.$/, '').length;
  }
}

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Sir|Prof|President|Minister|Senator|Governor|Mayor)\.?$/;

function looksLikeName(text: string): boolean {
  if (
    text
      .split(' ')
      .slice(1)
      .some((word) => TITLE_WORD.test(word))
  )
    return false; // "Education Mr"
  if (text.length < 2 || /\d/.test(text)) return false;
  if (/^(?:Pro|Anti|Non|Ex|Post|Pre|Neo)-/i.test(text) || /[-’']$/.test(text) || / (?:of|the|and|de|for)$/.test(text))
    return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  if (
    !words.every((word) => /^[\p{Lu}]/u.test(word) || /^(?:of|the|de|la|van|von|der|al|bin|for|and|du|le)$/.test(word))
  )
    return false;
  return !words.every((word) => NOT_NAMES.has(word.toLowerCase()));
}

function isDemonym(text: string): boolean {
  const last = text.split(' ').at(-1)!;
  return KNOWN_DEMONYMS.has(last.toLowerCase()) || /(?:ian|ean|ese|ish|can)$/.test(last);
}

const ORG_WORDS =
  /\b(?:Department|Ministry|Agency|Council|Party|Committee|Commission|Association|University|College|School|Company|Corporation|Corp|Inc|Ltd|Bank|Police|Army|Navy|Force|Forces|Court|Parliament|Congress|Senate|Union|Organi[sz]ation|Institute|Foundation|News|Times|Post|Network|Press|Service|Office|Board|Group|Club|Church|League|Federation|Team|Museum|Records|Studios|Hall|Fame|Awards?|Festival|Expo|Airlines|Airways|Motors|Foundation|Centre|Center|Hospital|Stadium|Channel|Magazine|Journal|Reuters|Billboard)\b/;
/** Laws, prizes and events: names, but neither people, organisations nor places. */
const OTHER_NAME_WORDS =
  /\b(?:Act|Law|Bill|Treaty|Agreement|Accord|Convention|Protocol|Prize|Award|Medal|Cup|Games|Olympics|Championships?|Tournament|Festival|Day|Week|Month|Year|War|Revolution|Movement|Project|Program|Programme|Plan|Index|Report)$/;
/** Words that never start a name, even mid-sentence. */
const NEVER_NAME = new Set(
  `the a an this that these those it its he she they we i you his her their our my your there here but and or so yet
  on in at of for from by with monday tuesday wednesday thursday friday saturday sunday january february march april may
  june july august september october november december`.split(/\s+/),
);
const COUNTRY_ABBREVIATIONS = new Set(['US', 'UK', 'USA', 'UAE', 'EU', 'DRC']);

function withoutTitle(text: string): string {
  const stripped = text.replace(TITLES, '');
  return stripped === '' ? text : stripped;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Finds the people, organisations, places, dates and counts in one sentence. */
/** Words written with a capital inside sentences somewhere in the article: names, not sentence openers. */
export function midSentenceCapitals(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(/(?<=[\p{L},;] )[\p{Lu}][\p{Ll}’'-]+/gu)) out.add(match[0]);
  }
  return out;
}

/** "Rock" of "the Rock and Roll Hall of Fame", "Korea" of "Republic of Korea": half of a longer name. */
function isPartOfLongerName(text: string, start: number, end: number): boolean {
  const continues = /^ ((?:[\p{Lu}][\p{L}’'-]*(?: (?:of|the|and|for))? ?)+)/u.exec(text.slice(end));
  if (continues && (ORG_WORDS.test(continues[1]!) || OTHER_NAME_WORDS.test(continues[1]!.trim()))) return true;
  const runsOn = /^ (?:and|&|of|de) ((?:[\p{Lu}][\p{L}’'-]*(?: (?:of|the|and))? ?)+)/u.exec(text.slice(end));
  if (runsOn && ORG_WORDS.test(runsOn[1]!)) return true;
  const ranIn = /([\p{Lu}][\p{L}’'-]*) (?:of|and|&|de) $/u.exec(text.slice(0, start));
  return ranIn !== null && !TITLES.test(`${ranIn[1]} `) && !NOT_NAMES.has(ranIn[1]!.toLowerCase());
}

export function tagSentence(sentence: Sentence, names: ReadonlySet<string> = new Set()): Mention[] {
  const text = sentence.text;
  const doc = nlp(text);
  const mentions: Mention[] = [];
  const add = (mention: Omit<Mention, 'sentence'>) => {
    if (mention.text === '' || mentions.some((other) => overlaps(other, mention))) return;
    mentions.push({ ...mention, sentence: sentence.number });
  };
  const json = (view: { json: (options: object) => unknown }) =>
    view.json({ offset: true, terms: false }) as CompromiseMatch[];

  // Dates first: "March 3" must not become a person or a count.
  // compromise-dates adds .dates() at run time; its package has no types for it.
  const withDates = doc as typeof doc & { dates: () => { json: (options: object) => unknown } };
  for (const match of json(withDates.dates())) {
    const trimmed = trimEntity(match.text, match.offset.start);
    const value = trimmed.text.replace(/^(?:on|in|at|by|since|until|from|of) /i, '');
    if (RELATIVE_DATE.test(value) || !DATE_SHAPE.test(value)) continue;
    const start = trimmed.start + (trimmed.text.length - value.length);
    const vague = !/\d/.test(value) || /^\d{4}$/.test(value) || new RegExp(`^(?:${MONTHS})$`).test(value);
    add({ kind: 'date', text: value, start, end: start + value.length, vague });
  }
  for (const regex of [CALENDAR_DATE, WEEKDAY]) {
    for (const match of text.matchAll(regex)) {
      const value = match[0].replace(/^(?:on|in|since|until|by|from|of) /, '');
      const start = match.index + match[0].length - value.length;
      if (RELATIVE_DATE.test(text.slice(Math.max(0, start - 6), start))) continue; // "last Tuesday"
      add({
        kind: 'date',
        text: value,
        start,
        end: start + value.length,
        vague: !/\d{1,2}/.test(value.replace(/\d{4}/, '')),
      });
    }
  }

  const tagged: Array<[EntityKind, CompromiseMatch[]]> = [
    ['person', json(doc.people())],
    ['org', json(doc.organizations())],
    ['place', json(doc.places())],
  ];
  for (const [kind, matches] of tagged) {
    for (const match of matches) {
      const trimmed = trimEntity(match.text, match.offset.start);
      let value = trimmed.text;
      // A tagged phrase that runs into lower-case words ("North Korean state") keeps its name part.
      const words = value.split(' ');
      const firstLower = words.findIndex(
        (word, index) =>
          index > 0 && /^[\p{Ll}]/u.test(word) && !/^(?:of|the|de|la|van|von|der|al|bin|for|and)$/.test(word),
      );
      if (firstLower > 0) value = words.slice(0, firstLower).join(' ');
      let end = trimmed.start + value.length;
      end = extendName(text, trimmed.start, end);
      // "Aretha Louise Franklin", "New People Party": the tagger may start a name a word or two late.
      for (let step = 0; step < 3; step += 1) {
        const before = /(?:^|[\s(“"])([\p{Lu}][\p{Ll}-]*) $/u.exec(text.slice(0, trimmed.start));
        if (!before || NEVER_NAME.has(before[1]!.toLowerCase()) || TITLES.test(`${before[1]} `)) break;
        const atStart = before.index === 0;
        // At a sentence's start a capital proves nothing, unless the word is a name elsewhere or
        // starts an organisation's name ("Environmental Protection Agency").
        const orgStart = kind === 'org' || ORG_WORDS.test(text.slice(trimmed.start, end));
        if (
          atStart &&
          !orgStart &&
          !names.has(before[1]!) &&
          !(kind === 'person' && nlp(before[1]!).has('(#FirstName|#Person)'))
        )
          break;
        trimmed.start -= before[1]!.length + 1;
      }
      value = text.slice(trimmed.start, end).replace(/(?:['’]s|['’])$/, '');
      end = trimmed.start + value.length;
      if (!looksLikeName(value) || isDemonym(value) || OTHER_NAME_WORDS.test(value)) continue;
      if (isPartOfLongerName(text, trimmed.start, end)) continue;
      const orgLike = ORG_WORDS.test(value) || (/^[\p{Lu}]{2,6}$/u.test(value) && !COUNTRY_ABBREVIATIONS.has(value));
      const resolvedKind = COUNTRY_ABBREVIATIONS.has(value) ? 'place' : kind !== 'org' && orgLike ? 'org' : kind;
      add({ kind: resolvedKind, text: value, start: trimmed.start, end, name: withoutTitle(value) });
    }
  }
  // Small places the tagger does not know: a capitalised name after a preposition of place.
  for (const match of text.matchAll(
    /\b(?:in|at|near|outside) ((?:the )?[\p{Lu}][\p{L}’'-]+(?: (?:[\p{Lu}][\p{L}’'-]+|of|de|la))*)/gu,
  )) {
    const trimmed = trimEntity(match[1]!, match.index + match[0].length - match[1]!.length);
    const value = trimmed.text.replace(/(?:['’]s)$/, '');
    if (!looksLikeName(value) || isDemonym(value) || ORG_WORDS.test(value) || OTHER_NAME_WORDS.test(value)) continue;
    if (/^[\p{Lu}]{2,6}$/u.test(value) && !COUNTRY_ABBREVIATIONS.has(value)) continue; // "according to AFP"
    if (isPartOfLongerName(text, trimmed.start, trimmed.start + value.length)) continue;
    if (new RegExp(`^(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`).test(value)) continue;
    add({
      kind: 'place',
      text: value,
      start: trimmed.start,
      end: trimmed.start + value.length,
      name: value,
      guessed: true,
    });
  }

  for (const match of text.matchAll(COUNT)) {
    const [whole, hedge, number, scale, percent, noun] = match;
    if (!number || /^(?:1[89]\d\d|20\d\d)$/.test(number)) continue; // a year
    const counted = percent
      ? 'per cent'
      : (noun ?? '')
          .split(' ')
          .filter((word, index) => index === 0 || !COUNT_NOUN_STOP.test(word))
          .join(' ');
    if (!percent && (counted === '' || COUNT_NOUN_STOP.test(counted.split(' ')[0]!))) continue;
    if (/^(?:one|a hundred)$/i.test(number) && !scale) continue; // "one of the…" is not a count
    if (/^[\p{Lu}]/u.test(number) && match.index > 0) continue; // "the Top Ten", "Catch Twenty-Two": a name
    if (
      /[\p{Lu}][\p{L}]* $/u.test(text.slice(0, match.index)) &&
      /^ [\p{Lu}]/u.test(text.slice(match.index + whole.length - (noun?.length ?? 0) - 1))
    )
      continue; // "Movimento 5 Stelle"
    const numberText = [number, scale, percent].filter(Boolean).join(' ');
    const start = match.index + (hedge ? hedge.length + 1 : 0);
    if (whole.startsWith(' ')) continue;
    // "the two leaders" refers back to people already named; it is not a count the article reports.
    if (
      /\b(?:the|these|those|both|its|their|his|her|our|all|every|each|other|another|first|last|next)\s+$/i.test(
        text.slice(0, match.index),
      )
    )
      continue;
    add({
      kind: 'count',
      text: numberText,
      start,
      end: start + numberText.length,
      hedge: hedge?.toLowerCase(),
      noun: counted,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
