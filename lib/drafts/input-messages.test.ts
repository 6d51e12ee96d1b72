import { describe, expect, it } from 'vitest';
import { articleInputProblem, personalMessage } from './input-messages';

const TODAY = '2026-12-07';
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const ok = { title: 'A headline', date: '2026-12-01', text: words(40) };

describe('what the authoring screen says before drafting', () => {
  it('accepts a headline, a real date up to today and 40 words', () => {
    expect(articleInputProblem(ok, TODAY)).toBeNull();
    expect(articleInputProblem({ ...ok, date: TODAY }, TODAY)).toBeNull();
  });

  it('refuses six-digit years, dates that do not exist, future dates and dates before 1900, in words', () => {
    for (const date of ['202026-12-07', '2026-02-31', '2026-12-08', '1899-12-31', '', '12/07/2026']) {
      expect(articleInputProblem({ ...ok, date }, TODAY), date).toEqual({
        field: 'date',
        message: 'Enter the date the article was published: a real date, from 1900 to today.',
      });
    }
  });

  it('says a short text is too short and how long works best; an empty headline is asked for', () => {
    expect(articleInputProblem({ ...ok, text: words(39) }, TODAY)?.message).toMatch(/at least 40 words \(300 to 800/);
    expect(articleInputProblem({ ...ok, title: '  ' }, TODAY)).toEqual({
      field: 'title',
      message: 'Give the article’s headline.',
    });
  });

  it('puts the server’s field errors in the same words, and keeps other messages', () => {
    expect(personalMessage('date', 'must be a date written as YYYY-MM-DD')).toMatch(/^Enter the date/);
    expect(personalMessage('text', 'must be an article of at least 40 words')).toMatch(/too short/);
    expect(personalMessage('text', 'must be at most 30,000 characters')).toMatch(/longer than 30,000/);
    expect(personalMessage(undefined, 'Too many drafts')).toBe('Too many drafts');
  });
});
