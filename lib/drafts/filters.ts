import type { Sentence } from '@/lib/content/text';
import { salience, type Analysis, type Identity } from './analysis';
import { countryOfDemonym } from './gazetteer';
import type { Mention } from './mentions';
import type { FilterReason } from './types';

/**
 * Every rule that keeps a candidate from being offered, once each. A rule returns the reason
 * (FILTER_REASONS) or null; the question makers ask the rules that apply to them.
 */

/** A sentence that leans on an earlier one: "It", "This", "However", "The other". */
const CONTEXT_OPENER =
  /^["“‘(]?(?:It|He|She|They|We|I|You|This|These|That|Those|Its|His|Her|Their|Our|Such|However|But|And|Also|Meanwhile|Instead|Still|Then|There|Both|Another|Neither|Either|Nevertheless|Furthermore|Moreover|In addition|As a result|Despite this|After that|Later|Yet|Other|The other|The former|The latter|The first|The second|The same|The rest|The two|The three|The team|The game|The match|The company|The group|The country|The city)\b/;
/** Words whose referent is outside the sentence. */
const DEICTIC =
  /\b(?:this year|last year|next year|this week|last week|this month|last month|yesterday|today|tomorrow|tonight|the game|the match|the latter|the former|this constituency|this district|the incident|the said)\b/i;
/** Match minutiae a strict teacher calls trivia. */
const MINUTIAE =
  /\b(?:yellow card|red card|booked|referee|possession|corner kick|free kick|substituted|injury time|stoppage time|header|shots? on target|kick-?off|half-?time|lap \d+|caution flag|pole position|batters?|innings?|punt(?:ed|s)?|\d+(?:st|nd|rd|th) minute|minutes? later|led off|base hit|stole|struck out|strike|saved|passes|shot-stopper|goalkeeper|fumble|touchdown|field goal|quarter|restart|bunted|bunt|pitch(?:ed|ing)?|grounded out|at bat|run scored|base|stolen|double play|assist(?:ed)?|rebound|free throw|penalty kick|offside|own goal|second half|first half)\b/i;

export function needsContext(sentence: Sentence): FilterReason | null {
  return CONTEXT_OPENER.test(sentence.text) ? 'needs-context' : null;
}

export function deictic(text: string): boolean {
  return DEICTIC.test(text);
}

export function isMinutiae(sentence: Sentence): boolean {
  return MINUTIAE.test(sentence.text);
}

export function words(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** A question, a fragment, a quotation, or too long to ask about in one question. */
export function unfitSentence(sentence: Sentence, maxWords = 45): FilterReason | null {
  const count = words(sentence.text);
  if (/[?:]["”]?$/.test(sentence.text) || count < 6) return 'trivial';
  if (count > maxWords) return 'too-long';
  if (hasUnbalancedQuote(sentence.text)) return 'broken-grammar';
  // A pull quote's attribution ("… —Central Discipline Inspection Committee") or an unfinished list ("Muslim / non-Muslim").
  if (/\s—\S|\s\/\s/.test(sentence.text)) return 'broken-grammar';
  // A doubled word ("by the the Court") is a typo of the source: no question quotes it.
  if (/\b(\w+) \1\b/i.test(sentence.text.replace(/\b(\d+) \1\b/g, ''))) return 'broken-grammar';
  if (/^["“]/.test(sentence.text) || /["”]\s*$/.test(sentence.text)) return 'side-phrase';
  return null;
}

export function hasUnbalancedQuote(text: string): boolean {
  return (
    (text.match(/"/g) ?? []).length % 2 === 1 || (text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length
  );
}

/** Inside brackets or quoted speech: not what the article reports. */
export function insideQuotes(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const opened = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  const curly = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  return opened || straight || curly;
}

export function hasQuotedSpeech(text: string): boolean {
  return /["“][^"”]{12,}["”]/.test(text);
}

/** Cutting the mention out would cut a word or a compound ("Russia-Ukraine talks"). */
export function cutsAWord(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const before = text[mention.start - 1] ?? ' ';
  const after = text[mention.end] ?? ' ';
  return (
    /[\p{L}\p{N}-]/u.test(before) ||
    /[\p{L}\p{N}$€£]/u.test(after) ||
    (after === '-' && /\p{L}/u.test(text[mention.end + 1] ?? '')) ||
    // "Batman: Arkham VR": a title goes on after the colon.
    /^:\s*[\p{Lu}]/u.test(text.slice(mention.end))
  );
}

/** "Stevie Wonder, ___, and Lionel Richie": one item of a list of three or more is trivia. */
export function isListItem(analysis: Analysis, sentence: Sentence, mention: Mention): boolean {
  const same = analysis.mentions.filter(
    (m) =>
      m.sentence === sentence.number &&
      (m.kind === mention.kind ||
        (m.kind !== 'date' && m.kind !== 'count' && mention.kind !== 'date' && mention.kind !== 'count')),
  );
  const joined = (a: Mention, b: Mention) =>
    /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|;\s*)$/.test(sentence.text.slice(a.end, b.start)) ||
    /^'s [a-z]+(?: [a-z]+)?,\s*(?:and\s+)?$/.test(sentence.text.slice(a.end, b.start));
  const ordered = [...same].sort((a, b) => a.start - b.start);
  const at = ordered.indexOf(mention);
  let size = 1;
  for (let i = at; i + 1 < ordered.length && joined(ordered[i]!, ordered[i + 1]!); i += 1) size += 1;
  for (let i = at; i - 1 >= 0 && joined(ordered[i - 1]!, ordered[i]!); i -= 1) size += 1;
  return size >= 3;
}

/** "58,825 votes": an exact figure to memorise, not the news (round numbers and small counts are). */
export function isExactFigure(mention: Mention): boolean {
  const value = mention.value;
  return value !== undefined && value >= 1000 && value % 100 !== 0 && !/million|billion/i.test(mention.text);
}

/** The article's subject, named in its title: anyone knows it without reading. */
export function isHeadlineSubject(identity: Identity): boolean {
  return identity.inTitle && identity.kind !== 'date' && identity.kind !== 'count';
}

/**
 * What the whole article is about even when the headline does not name it: the one name the story
 * keeps coming back to (in four sentences or more, twice as many as any other). A question whose
 * answer it is can be answered by anyone who has skimmed the story.
 */
export function isArticleSubject(analysis: Analysis, identity: Identity): boolean {
  if (identity.kind === 'date' || identity.kind === 'count') return false;
  // A country counts its demonym's sentences too ("Chilean", "Malaysian").
  const spread = (i: Identity) => {
    const sentences = new Set(i.mentions.map((m) => m.sentence));
    const place = i.mentions.find((m) => m.place)?.place;
    if (place?.kind === 'country')
      for (const sentence of analysis.sentences)
        if (sentence.text.split(/[^\p{L}]+/u).some((word) => countryOfDemonym(word)?.name === place.name))
          sentences.add(sentence.number);
    return sentences.size;
  };
  const mine = spread(identity);
  if (mine < 4) return false;
  return analysis.identities.every(
    (other) => other === identity || other.kind === 'date' || other.kind === 'count' || spread(other) * 2 <= mine,
  );
}

/** "the Libyan capital, ___", "the capital of Libya": general knowledge gives the city. */
export function namesACapital(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const around = `${text.slice(Math.max(0, mention.start - 30), mention.start)}___${text.slice(mention.end, mention.end + 30)}`;
  return /\bcapital(?: city)?(?: of [\p{Lu}][\p{L}]+)?,?\s+___|___,?\s+(?:the )?[\p{Lu}][\p{L}]+ capital\b|___,?\s+(?:the )?capital of\b/u.test(
    around,
  );
}

/** "___ passengers and 15 crew … all 298": a count the other numbers of the sentence add up to. */
export function isArithmetic(text: string, mention: Pick<Mention, 'start' | 'end' | 'value'>): boolean {
  if (mention.value === undefined) return false;
  const others = [...`${text.slice(0, mention.start)} ${text.slice(mention.end)}`.matchAll(/\b\d[\d,]*\b/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
  for (let i = 0; i < others.length; i += 1)
    for (let j = 0; j < others.length; j += 1) {
      if (i === j) continue;
      if (mention.value + others[i]! === others[j]! || others[i]! + others[j]! === mention.value) return true;
    }
  return false;
}

/** Someone or something named once, late, in passing: a referee, a spokesperson. */
export function isPassing(identity: Identity, sentence: Sentence): boolean {
  return salience(identity) <= 1 && sentence.number > 4;
}

/** A number given in another unit beside it ("ten miles (16 km)", "800 km (500 miles)"): the conversion gives it away. */
export function conversionGivesAway(text: string, mention: Mention): boolean {
  const after = text.slice(mention.end);
  const before = text.slice(0, mention.start);
  return (
    /^\s*[\p{L}°%]*\s*\(\s*(?:about |around |some )?[\d,.]+/u.test(after) ||
    /[\d,.]+\s*[\p{L}°%]*\s*\(\s*(?:about |around |some )?$/u.test(before)
  );
}

/** "the ___ state of South Carolina", "billions of ___ dollars": a name used as a modifier of the noun after it. */
export function isModifier(
  text: string,
  mention: Pick<Mention, 'end'>,
  nextIsNoun: (word: string) => boolean,
): boolean {
  const next = /^ ([\p{Ll}][\p{L}-]*)/u.exec(text.slice(mention.end))?.[1];
  return next !== undefined && nextIsNoun(next);
}

/**
 * A mention that only says where the news came from: "according to Reuters", "told LA Weekly",
 * "the Los Angeles Times reports", "Yonhap news agency". Who reported it is trivia.
 */
export function isAttribution(text: string, mention: Pick<Mention, 'start' | 'end' | 'kind' | 'orgType'>): boolean {
  if (mention.kind === 'org' && mention.orgType === 'media') return true;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 40);
  return (
    /\b(?:according to|told|quoted by|reported by|cited by|speaking to|interviewed by|in an interview with|writing (?:in|for))\s+(?:the\s+)?$/i.test(
      before,
    ) || /^(?:'s)?\s+(?:news agency|newspaper|reported|reports|said in a report|quoted|cited)\b/i.test(after)
  );
}

/** "between 1990 and 2011", "from 2006 to 2009": one end of a range is a detail, not the news. */
export function isRangeEnd(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, mention.start - 12), mention.start);
  const after = text.slice(mention.end, mention.end + 12);
  return (
    /\b(?:between|from)\s+$/i.test(before) ||
    /^\s+(?:and|to|until|through|[-–])\s+\d/i.test(after) ||
    /\d+\s+(?:to|and|[-–])\s+$/i.test(before) ||
    (/\b(?:and|to|until|through)\s+$/i.test(before) &&
      /\b(?:between|from)\b/i.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
  );
}

/** Words before a person's name that make them a bit player ("publicist ___", "a spokesman, ___"). */
const MINOR_ROLE =
  /\b(?:publicist|spokes(?:man|woman|person)|representative|interviewer|reporter|journalist|correspondent|blogger|passenger|witness|resident|neighbour|neighbor|student|member|fan|attendee|assistant|deputy|aide|official|employee|worker|volunteer|survivor|driver|teammate|player)\s*,?\s*$/i;
const MAJOR_ROLE =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|pope|governor|mayor|minister|secretary|chairman|chairwoman|chief executive|ceo|founder|leader|director|head|commander|judge|captain|coach|manager|ambassador)\b/i;

/** How the article presents a person: a major role, a minor one, or nothing said. */
export function personRole(
  text: string,
  mention: Pick<Mention, 'start' | 'end' | 'title'>,
): 'major' | 'minor' | 'none' {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 50);
  const appositive = /^,\s*([^,]{3,50}),/.exec(after)?.[1] ?? '';
  if (
    MINOR_ROLE.test(before) ||
    /^(?:a|an|the)?\s*(?:publicist|spokes|representative|passenger|witness|resident|student|member|official|assistant)/i.test(
      appositive,
    )
  )
    return 'minor';
  if (
    (mention.title && MAJOR_ROLE.test(mention.title)) ||
    MAJOR_ROLE.test(before.slice(-25)) ||
    MAJOR_ROLE.test(appositive)
  )
    return 'major';
  return 'none';
}

/** "Cleopatra and ___", "North and ___": one of a pair is completed by the other. */
export function isPair(text: string, mention: Pick<Mention, 'start' | 'end'>): boolean {
  return (
    /\b(?:and|or|&)\s+$/.test(text.slice(Math.max(0, mention.start - 6), mention.start)) ||
    /^\s+(?:and|or|&)\s+[\p{Lu}]/u.test(text.slice(mention.end, mention.end + 8))
  );
}
