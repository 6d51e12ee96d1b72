import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromAiken } from './aiken';

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('Aiken', () => {
  it('Moodle’s own Aiken bank imports whole', () => {
    const read = fromAiken(fixture('moodle-aiken-questions.txt'));
    expect(read.errors).toEqual([]);
    expect(read.questions).toHaveLength(2);
    expect(read.questions).toMatchObject([
      {
        line: 1,
        type: 'single',
        prompt: 'The Moodle project was started by:',
        options: ['Petr Skoda', 'Martin Dougiamas', 'Eloy Lafuente', 'Tim Hunt'],
        answer: 'Martin Dougiamas',
      },
      {
        line: 8,
        type: 'single',
        prompt: 'Moodle\'s abilities include handling user input that includes <html class="cool"> & images:',
        options: ['True', 'False'],
        answer: 'True',
      },
    ]);
  });

  it('Moodle’s Aiken error bank: the good questions kept, each error on the line Moodle names', () => {
    const read = fromAiken(fixture('moodle-aiken-errors.txt'));
    expect(read.questions).toMatchObject([
      { line: 9, prompt: 'A good question', options: ['Correct', 'Incorrect'], answer: 'Correct' },
      {
        line: 18,
        prompt: 'A second good question',
        options: ['Incorrect (No space)', 'Correct (No space)'],
        answer: 'Correct (No space)',
      },
    ]);
    expect(read.questions).toHaveLength(2);
    expect(read.errors.map((e) => e.line)).toEqual([3, 5, 7, 18]);
    expect(read.errors[0]!.message).toBe('“A question with too few answers” needs at least 2 options (A) …, B) …)');
    expect(read.errors[3]!.message).toBe('the question on line 14 has no ANSWER line before this next question');
  });

  it('an answer letter that is not an option, and a file that ends mid-question, say so', () => {
    const read = fromAiken('Which?\nA. One\nB. Two\nANSWER: C\n\nAnd this?\nA. Yes\nB. No\n');
    expect(read.questions).toEqual([]);
    expect(read.errors).toEqual([
      { line: 4, message: 'expected the letter of one of the options (A, B) after ANSWER:' },
      { line: 9, message: 'the question on line 6 ends without its ANSWER line' },
    ]);
  });
});
