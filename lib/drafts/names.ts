import nlp from 'compromise';
import { lookupPlace, isDemonym, type Place } from './gazetteer';
import { isEnglishWord } from './lexicon';
import { isCapitalised, tokenize, type Token } from './tokens';

/**
 * Whole names in a sentence. A name is first found as a run of capitalised words (with "of",
 * "for", initials, "U.S."-style abbreviations and a number that belongs to it, as in "Delta 4"),
 * so it is never a fragment; only then is its kind decided: a title makes a person, an
 * organisation word an organisation, the gazetteer a place, and otherwise compromise's tagger and
 * the words around it. A word at the start of a sentence is a name only when the article also
 * writes it with a capital elsewhere or the tagger knows it as one ("While", "According" never are).
 */

export type NameKind = 'person' | 'org' | 'place' | 'other';

export type NameSpan = {
  kind: NameKind;
  /** The whole span as written ("President George W. Bush"), offsets into the sentence. */
  text: string;
  start: number;
  end: number;
  /** The name without its title ("George W. Bush"), offsets into the sentence. */
  name: string;
  nameStart: number;
  title?: string;
  /** Organisations: what sort ("party", "government", "media", "school", "team", "company", "body"). */
  orgType?: string;
  place?: Place;
  /** Kind decided by a weak rule only (a capitalised word after "in"): no distractor for others. */
  guessed?: boolean;
};

/** Head words of titles that stand before a name ("Foreign Secretary David Miliband"). */
const TITLE_WORDS = new Set(
  `president vice prime minister premier chancellor king queen prince princess emperor empress pope senator sen
  governor gov mayor secretary general gen colonel col captain capt lieutenant lt sergeant sgt admiral adm commander
  cmdr judge justice dr doctor professor prof emeritus mr mrs ms miss sir dame lord lady rev reverend father bishop
  archbishop cardinal sheikh chairman chairwoman chief coach detective det officer ambassador representative rep
  speaker director inspector insp superintendent supt sheriff deputy constable agent attorney councillor councilor
  commissioner president-elect spokesman spokeswoman host anchor`.split(/\s+/),
);
/** Words that only modify a title ("Foreign", "Shadow Home"); a span of these and titles has no name. */
const TITLE_MODIFIERS = new Set(
  `foreign home shadow interior defence defense finance health education transport justice state acting former
  deputy vice assistant chief general senior junior associate executive managing`.split(/\s+/),
);

const ORG_TYPES: Array<[RegExp, string]> = [
  [/\b(?:Party|Camp|Front|Alliance|League|Congress)\b/, 'party'],
  [
    /\b(?:Department|Ministry|Agency|Commission|Council|Committee|Office|Bureau|Administration|Authority|Parliament|Senate|Assembly|Court|Police|Army|Navy|Force|Forces|Government|Cabinet|Service|Services|Board|Diet)\b/,
    'government',
  ],
  [
    /\b(?:News|Times|Post|Herald|Journal|Magazine|Gazette|Tribune|Telegraph|Press|Network|Television|Radio|Channel|Agency|Weekly)\b/,
    'media',
  ],
  [
    /\b(?:University|College|School|Academy|Institute|Observatory|Laboratory|Museum|Library|Hospital|Centre|Center)\b/,
    'institution',
  ],
  [/\b(?:Team|Club|FC|AFC|Rovers|Athletic|Panthers|Broncos|Steelers|Blacks)\b|\b(?<!the )(?:United|City)$/, 'team'],
  [
    /\b(?:Company|Corporation|Corp|Inc|Ltd|LLC|Group|Bank|Airlines|Airways|Motors|Records|Studios|Holdings|Industries|Technologies)\b/,
    'company',
  ],
  [
    /\b(?:Association|Organi[sz]ation|Foundation|Society|Federation|Union|Church|Order|Movement|Coalition|Network|Fund|Trust|Commission)\b/,
    'body',
  ],
];
/** Laws, prizes, events, products: names, but neither people, organisations nor places. */
const OTHER_NAME =
  /\b(?:Act|Law|Bill|Treaty|Agreement|Accord|Convention|Protocol|Prize|Award|Awards|Medal|Cup|Games|Olympics|Championships?|Tournament|Festival|Day|Week|Month|Year|War|Revolution|Project|Program|Programme|Plan|Index|Report|Series|Bowl|Final|Finals|League|Expo|Fair|Show|Summit|Conference|Flight|Station|Award|Prize|Mission)$/;
const PLACE_WORDS =
  /\b(?:Street|Road|Avenue|Square|Park|Bridge|Island|Islands|River|Lake|Mountain|Mount|Bay|Coast|Valley|Airport|Stadium|Arena|Hall|Tower|Towers|Temple|Mosque|Cathedral|Palace|Harbour|Harbor|Province|State|County|District|Region|Territory|Peninsula|Sea|Ocean|Gulf|Strait|Desert|Forest|Reef|Canal)$/;
const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'la',
  'du',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'da',
  'del',
  'dos',
  'di',
  'le',
]);
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
/** Organisation words that outweigh a place name inside them ("Bank of England", "University of Calgary"). */
const STRONG_ORG =
  /\b(?:Party|Department|Ministry|Agency|Commission|Council|Committee|University|College|School|Institute|Museum|Hospital|Bank|Company|Corporation|Association|Foundation|Church|Police|Army|Navy|Court|Times|Post|News|Herald|Airlines|Airways)\b/;
/** Acronyms that are units, time zones, jobs or things, not organisations. */
const NOT_ORG_ACRONYMS =
  /^(?:UTC|GMT|EST|EDT|PST|PDT|CET|BST|AEST|CEO|CFO|COO|MP|MPs|TV|DNA|HIV|AIDS|GDP|AM|PM|OK|ID|IQ|PC|UK|US|EU|UN)$/;
const COUNTRY_ACRONYMS = new Set(['US', 'U.S.', 'UK', 'U.K.', 'USA', 'U.S.A.', 'UAE', 'EU', 'E.U.', 'DRC', 'PRC']);

export type Tags = Map<number, string[]>;

/** compromise's tags for the words of a text, by the offset where each word starts. */
export function tagsByOffset(text: string): Tags {
  return tagsOf(nlp(text));
}

/** The same from a parsed document (the article is parsed once: a parse per sentence costs twice as much). */
export function tagsOf(doc: ReturnType<typeof nlp>): Tags {
  const out: Tags = new Map();
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ offset: { start: number }; tags: string[] }>;
  }>;
  for (const sentence of json) for (const term of sentence.terms) out.set(term.offset.start, term.tags);
  return out;
}

const hasTag = (tags: Tags, token: Token, ...names: string[]) =>
  (tags.get(token.start) ?? []).some((tag) => names.includes(tag));

const plainWord = (token: Token) => token.text.toLowerCase().replace(/\.$/, '');
const isInitial = (token: Token) => /^\p{Lu}\.$/u.test(token.text);
const isAbbreviation = (token: Token) => /^(?:\p{Lu}\.){2,}$/u.test(token.text);
const isNameWord = (token: Token) =>
  isCapitalised(token.text) && /^[\p{L}]/u.test(token.text) && token.text !== 'I' && !MONTH_OR_DAY.test(token.text);

/**
 * "University of Calgary", "Secretary of State", "Daughters of the American Revolution": "of" joins
 * two names into one only after an organisation's, a title's, a place's or an event's head word, or
 * after a plural ("Daughters"); never after a person ("Elizabeth Quat of DAB" is two names).
 */
function headsAnOfName(left: Token[]): boolean {
  const last = left.at(-1)!.text;
  if (TITLE_WORDS.has(last.toLowerCase())) return true;
  if (orgType(last) || OTHER_NAME.test(last) || PLACE_WORDS.test(last)) return true;
  return /^(?:Republic|Kingdom|Union|Commonwealth|State|States|Isle|Isles|Cape|Duke|Earl|House|Friends|Daughters|Sons|Bank|Museum|Hall|Book|Battle|Siege|Gulf|Bay|Sea|Lake|Mount|City|Province|Governor|Ministry|Department|Office)$/.test(
    last,
  );
}

/** Whether a capitalised word at the start of a sentence (or after a quote) begins a name. */
function startsName(token: Token, tags: Tags, names: ReadonlySet<string>): boolean {
  if (names.has(token.text) || isAbbreviation(token) || isInitial(token)) return true;
  if (TITLE_WORDS.has(plainWord(token))) return true;
  if (
    hasTag(
      tags,
      token,
      'Determiner',
      'Preposition',
      'Conjunction',
      'Pronoun',
      'Adverb',
      'Verb',
      'Auxiliary',
      'QuestionWord',
      'Adjective',
    )
  )
    return hasTag(tags, token, 'ProperNoun', 'Person', 'Place', 'Organization', 'FirstName', 'Country', 'City');
  return hasTag(
    tags,
    token,
    'ProperNoun',
    'Person',
    'Place',
    'Organization',
    'FirstName',
    'LastName',
    'Country',
    'City',
    'Region',
  );
}

function orgType(text: string): string | undefined {
  for (const [pattern, type] of ORG_TYPES) if (pattern.test(text)) return type;
  return undefined;
}

/** Splits "UK Foreign Secretary David Miliband" into a title and a name. */
function splitTitle(tokens: Token[]): { titleEnd: number } {
  let last = -1;
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const word = plainWord(tokens[i]!);
    if (TITLE_WORDS.has(word)) last = i;
    // "Secretary of State", "Minister of Transportation": the "of" phrase belongs to the title.
    if (last === i - 1 && word === 'of' && i + 1 < tokens.length - 1) last = i + 1;
  }
  if (last < 0) return { titleEnd: 0 };
  // Everything before the last title word must be a title, a modifier, a demonym, an org or a place ("UK", "FTU's").
  return { titleEnd: last + 1 };
}

/**
 * Every name in a sentence. `names` holds the words the article writes with a capital inside a
 * sentence somewhere (so "Shafik" at a sentence's start is a name when the article also has "…
 * said Shafik").
 */
export function findNames(sentence: string, names: ReadonlySet<string>, given?: Tags): NameSpan[] {
  const tokens = tokenize(sentence);
  const tags = given ?? tagsByOffset(sentence);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const atStart = i === 0 || /^["“‘'(:—–-]$/.test(tokens[i - 1]!.text);
    if (!(isNameWord(token) || isAbbreviation(token)) || (atStart && !startsName(token, tags, names))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next) break;
      if (isNameWord(next) || isInitial(next) || isAbbreviation(next)) {
        j += 1;
        continue;
      }
      // "Delta 4", "Flight 17", "Super Bowl 50": a number right after a name is part of it.
      if (
        /^\d{1,3}$/.test(next.text) &&
        !/^[-–—:]/.test(tokens[j + 1]?.text ?? '') &&
        !MONTH_OR_DAY.test(tokens[j - 1]!.text)
      ) {
        j += 1;
        continue;
      }
      // "University of Calgary", "Daughters of the American Revolution", "Secretary of State".
      const connector = next.text.toLowerCase();
      const afterThe = tokens[j + 1]?.text === 'the' ? 2 : 1;
      if (
        CONNECTORS.has(connector) &&
        next.text === connector &&
        isNameWord(tokens[j + afterThe] ?? { text: '', start: 0, end: 0 }) &&
        (connector !== 'of' && connector !== 'for' ? true : headsAnOfName(tokens.slice(i, j)))
      ) {
        j += afterThe + 1;
        continue;
      }
      // "Nationwide Children's Hospital": a possessive inside a name, when what owns is no place or person.
      if (
        /^['’]s$/.test(next.text) &&
        isNameWord(tokens[j + 1] ?? { text: '', start: 0, end: 0 }) &&
        STRONG_ORG.test(sentence.slice(tokens[j + 1]!.start, tokens[Math.min(j + 3, tokens.length - 1)]!.end)) &&
        !lookupPlace(sentence.slice(token.start, tokens[j - 1]!.end)) &&
        !tokens.slice(i, j).some((t) => hasTag(tags, t, 'Person', 'FirstName', 'LastName', 'Place', 'Country', 'City'))
      ) {
        j += 2;
        continue;
      }
      // "Institute of Geophysics and Volcanology", "Trinidad and Tobago": "and" inside one name.
      if ((connector === 'and' || connector === '&') && isNameWord(tokens[j + 1] ?? { text: '', start: 0, end: 0 })) {
        const left = sentence.slice(token.start, tokens[j - 1]!.end);
        let k = j + 1;
        while (tokens[k] && isNameWord(tokens[k]!)) k += 1;
        const whole = sentence.slice(token.start, tokens[k - 1]!.end);
        const right = sentence.slice(tokens[j + 1]!.start, tokens[k - 1]!.end);
        if (
          (orgType(left) && / of /.test(left) && !orgType(tokens[j - 1]!.text)) ||
          // "Foreign and Commonwealth Office", "Centrum Wiskunde & Informatica": one name around "and" or "&".
          (orgType(right) &&
            !orgType(left) &&
            !lookupPlace(left) &&
            !tokens.slice(i, j).some((t) => hasTag(tags, t, 'Person', 'FirstName'))) ||
          (connector === '&' && !tokens.slice(i, j).some((t) => hasTag(tags, t, 'Person', 'FirstName'))) ||
          lookupPlace(whole)?.kind === 'country' ||
          lookupPlace(whole)?.kind === 'state'
        ) {
          j = k;
          continue;
        }
      }
      break;
    }
    // A trailing connector or number-less "of" never ends a name.
    while (j - 1 > i && CONNECTORS.has(tokens[j - 1]!.text)) j -= 1;
    const run = tokens.slice(i, j);
    i = j;
    const span = classify(sentence, run, tokens, tags);
    if (span) spans.push(span);
  }
  return spans;
}

function classify(sentence: string, run: Token[], all: Token[], tags: Tags): NameSpan | null {
  const start = run[0]!.start;
  const end = run.at(-1)!.end;
  const text = sentence.slice(start, end);
  const words = run.map(plainWord);
  // A span of titles and modifiers only ("Prime Minister", "Foreign Secretary") names nobody.
  if (words.every((word) => TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word) || word === 'of')) return null;
  // "Kenyan", "North Korean": an adjective of a country, not a name.
  if (run.length <= 2 && isDemonym(text)) return null;
  const { titleEnd } = splitTitle(run);
  const nameTokens = run.slice(titleEnd);
  const nameStart = nameTokens[0]!.start;
  const name = sentence.slice(nameStart, end);
  const title = titleEnd > 0 ? sentence.slice(start, run[titleEnd - 1]!.end) : undefined;
  const before = all[all.indexOf(run[0]!) - 1]?.text.toLowerCase() ?? '';
  const base = { text, start, end, name, nameStart, ...(title ? { title } : {}) };

  // "the LA Sheriff('s office)", "Prime Minister": a role, nobody's name; "Queen of Soul": a nickname.
  if (TITLE_WORDS.has(words.at(-1)!) || /^(?:of|for|the)\b/.test(name)) return { ...base, kind: 'other' };
  if (title && !orgType(name) && !lookupPlace(name)) return { ...base, kind: 'person' };
  // "Boeing 777", "Delta 4", "Flight 17": a product or an event, not an organisation.
  if (OTHER_NAME.test(text.replace(/ \d+$/, '')) || / \d+$/.test(text)) return { ...base, kind: 'other' };
  const place = lookupPlace(text);
  const type = orgType(text);
  // "United States", "Mexico City": the gazetteer knows the place before "United" or "City" makes it a team.
  // A one-word city is a place only where the sentence puts a place ("in Warwick"), or a big city:
  // "Warwick", "Sevilla" and "Ajax" are also people and clubs.
  const cityInDoubt =
    place?.kind === 'city' &&
    run.length === 1 &&
    (place.population ?? 0) < 1_000_000 &&
    !['in', 'at', 'near', 'outside', 'from', 'of', 'to', 'into', 'across'].includes(before) &&
    !/^,\s*\p{Lu}/u.test(sentence.slice(end));
  if (place && !cityInDoubt && !(type && STRONG_ORG.test(text))) return { ...base, kind: 'place', place };
  if (type && !PLACE_WORDS.test(text)) return { ...base, kind: 'org', orgType: type };
  const personTagged = run.some((token) =>
    hasTag(tags, token, 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'),
  );
  if (PLACE_WORDS.test(text)) return { ...base, kind: 'place', guessed: true };
  // An acronym is an organisation when the article treats it as one ("the FTU", "FTU's", "(WHO)"),
  // not a time zone after a time ("10:15 UTC") or a job ("CEO").
  if (/^(?:\p{Lu}|\p{Lu}\.){2,6}$/u.test(text) && !COUNTRY_ACRONYMS.has(text)) {
    const after = all[all.indexOf(run.at(-1)!) + 1]?.text ?? '';
    const orgLike =
      run.some((token) => hasTag(tags, token, 'Organization')) ||
      before === 'the' ||
      before === '(' ||
      before === 'of' ||
      /^['’]s$/.test(after) ||
      after === ')';
    if (orgLike && !/^\d/.test(before) && !NOT_ORG_ACRONYMS.test(text))
      return { ...base, kind: 'org', orgType: 'body' };
    return { ...base, kind: 'other' };
  }
  if (personTagged) return { ...base, kind: 'person' };
  if (run.some((token) => hasTag(tags, token, 'Place', 'Country', 'City', 'Region')))
    return { ...base, kind: 'place', guessed: true };
  if (run.some((token) => hasTag(tags, token, 'Organization'))) return { ...base, kind: 'org', orgType: 'body' };
  if (['in', 'at', 'near', 'outside', 'from', 'to', 'across'].includes(before))
    return { ...base, kind: 'place', guessed: true };
  // "Essam Sharaf", "Mu Li": two to four capitalised words that are no ordinary English words are a
  // person's name the tagger's lexicon does not know, the more so when a verb of speech or a role
  // follows or precedes them.
  if (run.length >= 2 && run.length <= 4 && run.every((token) => /^[\p{Lu}][\p{Ll}'’-]+$/u.test(token.text))) {
    const ordinary = run.filter((token) => isOrdinaryWord(token.text)).length;
    const afterWord = all[all.indexOf(run.at(-1)!) + 1]?.text.toLowerCase() ?? '';
    const speaks = /^(?:said|says|told|added|stated|thanked|wrote|explained|argued|noted|warned|announced)$/.test(
      afterWord,
    );
    if (ordinary === 0 || (ordinary < run.length && speaks)) return { ...base, kind: 'person' };
  }
  return { ...base, kind: 'other' };
}

/** A word English has as an ordinary noun, verb or adjective ("Group", "Supreme"), by WordNet. */
function isOrdinaryWord(word: string): boolean {
  return isEnglishWord(word);
}

/** Words written with a capital inside sentences somewhere in the article: names, not sentence openers. */
export function midSentenceCapitals(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(/(?<=[\p{L}\p{N},;] )[\p{Lu}][\p{L}’'-]+/gu)) out.add(match[0]);
  }
  return out;
}
