import { splitParagraphs } from '@/lib/content/text';

/**
 * Pasted article text → paragraphs. Text copied from a web page brings the page with it: share
 * buttons, bylines, photo credits, "Related stories", a dateline before the first sentence. Those
 * lines are dropped here so that no draft is made from them; everything else is kept as written.
 */

/** Lines that are page furniture, not article text (matched on the whole line, case-insensitive). */
const BOILERPLATE_LINE =
  /^(?:share(?: this)?(?: article| story)?|share on \w+|tweet|email|print|advertisement|advert|sponsored|read more|related(?: stories| news| articles)?|sources?|external links?|see also|comments?|sign up.*|subscribe.*|click here.*|follow us.*|image:.*|photo:.*|photograph:.*|credit:.*|file photo.*|©.*|copyright.*|all rights reserved.*|this article (?:features|is).*|have an opinion on this story\?.*|skip to (?:main )?content|cookies?.*|accept (?:all )?cookies.*|listen to this article.*|\d+ min(?:ute)?s? read|updated .*\d{4}.*|published .*\d{4}.*|by [\p{Lu}][\p{L}.' -]+(?:,? [\p{Lu}][\p{L}.' -]+)*)$/iu;

/** A weekday dateline ("Tuesday, March 1, 2011") on a line of its own. */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]+ \d{1,2},? \d{4}|\d{1,2} [a-z]+,? \d{4})\.?$/i;

/** "WASHINGTON (Reuters) — " or "LONDON, March 3 - " before the first sentence of a paragraph. */
const DATELINE_PREFIX =
  /^[\p{Lu}][\p{Lu} .,'-]{2,40}(?:\([^)]{1,40}\))?(?:,\s*[\p{Lu}][\p{L}]+\.? \d{1,2})?\s*[—–-]{1,2}\s+(?=[\p{Lu}"“])/u;

function isProse(line: string): boolean {
  // Menus and captions are short and unpunctuated; a paragraph of an article ends a sentence.
  const words = line.split(/\s+/).filter(Boolean).length;
  return words >= 6 || /[.!?]["”’)]?$/.test(line);
}

export function cleanArticleText(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .map((line) => (BOILERPLATE_LINE.test(line) || DATE_LINE.test(line) ? '' : line));
  // Copied from a web page, paragraphs come one per line; typed or wrapped text separates them
  // with a blank line and may wrap inside one.
  const hasBlankLines = /\n\s*\n/.test(lines.join('\n').trim());
  const blocks = hasBlankLines ? splitParagraphs(lines.join('\n')) : lines.filter((line) => line !== '');
  return blocks.filter(isProse).map((paragraph) => paragraph.replace(DATELINE_PREFIX, ''));
}
