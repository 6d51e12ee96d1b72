import type { Sentence } from '@/lib/content/text';
import { salience, type Analysis, type Identity } from './analysis';
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
  /\b(?:yellow card|red card|booked|referee|possession|corner kick|free kick|substituted|injury time|stoppage time|header|shot on target|kick-?off|half-?time|lap \d+|caution flag|pole position|batter|inning|punt)\b/i;

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
    /[\p{L}\p{N}]/u.test(after) ||
    (after === '-' && /\p{L}/u.test(text[mention.end + 1] ?? ''))
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
