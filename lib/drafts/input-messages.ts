import { MAX_ARTICLE_CHARS } from './types';

/**
 * What the authoring screen says about an article before drafting: the limits in a person's words,
 * checked in the browser before anything is sent (the server checks the same with draftInputSchema
 * and its messages are replaced by these, field by field). Pure, so it is tested without a page.
 */

export const MIN_ARTICLE_WORDS = 40;
export const EARLIEST_ARTICLE_DATE = '1900-01-01';

export type InputProblem = { field: 'title' | 'date' | 'text'; message: string };

export const INPUT_MESSAGES: Record<InputProblem['field'], string> = {
  title: 'Give the article’s headline.',
  date: 'Enter the date the article was published: a real date, from 1900 to today.',
  text: `This is too short to draft questions from: paste the whole article, at least ${MIN_ARTICLE_WORDS} words (300 to 800 work best).`,
};

const TOO_LONG = `This is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters: paste one article at a time.`;

export function countArticleWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** A YYYY-MM-DD date that exists (no 31 February), with a four-digit year. */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The first problem with the article as typed, or null. `today` is the browser's YYYY-MM-DD. */
export function articleInputProblem(
  input: { title: string; date: string; text: string },
  today: string,
): InputProblem | null {
  if (input.title.trim() === '') return { field: 'title', message: INPUT_MESSAGES.title };
  if (!isRealDate(input.date) || input.date < EARLIEST_ARTICLE_DATE || input.date > today) {
    return { field: 'date', message: INPUT_MESSAGES.date };
  }
  if (input.text.length > MAX_ARTICLE_CHARS) return { field: 'text', message: TOO_LONG };
  if (countArticleWords(input.text) < MIN_ARTICLE_WORDS) return { field: 'text', message: INPUT_MESSAGES.text };
  return null;
}

/** A server's field error in the same words (its own wording is for API clients). */
export function personalMessage(field: string | undefined, message: string): string {
  if (field === 'title' || field === 'date') return INPUT_MESSAGES[field];
  if (field === 'text' || field === 'body') return /at most/.test(message) ? TOO_LONG : INPUT_MESSAGES.text;
  return message;
}
