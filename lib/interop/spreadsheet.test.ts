import { describe, expect, it } from 'vitest';
import { CSV_TEMPLATE, fromCsv } from './csv';
import { fromQuizlet } from './quizlet';

describe('CSV', () => {
  it('the template a teacher downloads imports whole, one question of each type', () => {
    const read = fromCsv(CSV_TEMPLATE);
    expect(read.errors).toEqual([]);
    expect(read.questions.map((q) => [q.line, q.type])).toEqual([
      [2, 'single'],
      [3, 'truefalse'],
      [4, 'typed'],
      [5, 'multiple'],
      [6, 'ordering'],
    ]);
    expect(read.questions[2]).toMatchObject({
      answer: 'the Russian Far East',
      accept: ['Far East', 'Russian Far East'],
    });
    expect(read.questions[3]).toMatchObject({ answer: ['Russia', 'Japan'] });
  });

  it('columns in any order and case, quoted cells over several lines; each bad row named by line and field', () => {
    const file = [
      'Answer,QUESTION,Options',
      '"Paris","What is the capital',
      'of France?","Paris | London"',
      '',
      'Rome,What is the capital of Italy?,Paris | London',
      ',Empty answer?,',
    ].join('\n');
    const read = fromCsv(file);
    expect(read.questions).toMatchObject([
      { line: 2, type: 'single', prompt: 'What is the capital\nof France?', answer: 'Paris' },
    ]);
    expect(read.errors).toEqual([
      { line: 5, message: 'answer: “Rome” is not one of the options' },
      { line: 6, message: 'answer: is empty' },
    ]);
    expect(fromCsv('a,b\n1,2').errors).toEqual([
      { line: 1, message: 'the first row must name the columns, with at least “question” and “answer” (found: a, b)' },
    ]);
  });
});

describe('Quizlet text', () => {
  it('tab-separated cards (Quizlet’s export) become typed questions: the definition asks, the term answers', () => {
    const read = fromQuizlet('Vladimir Putin\tRussian president Kim met\nVostochny\tThe cosmodrome they visited\n');
    expect(read.errors).toEqual([]);
    expect(read.questions).toMatchObject([
      { line: 1, type: 'typed', prompt: 'Russian president Kim met', answer: 'Vladimir Putin' },
      { line: 2, type: 'typed', prompt: 'The cosmodrome they visited', answer: 'Vostochny' },
    ]);
  });

  it('custom separators, and a row without one named by its line', () => {
    const read = fromQuizlet('Putin:: president;Kim:: leader;no separator here', { between: '::', rows: ';' });
    expect(read.questions.map((q) => q.answer)).toEqual(['Putin', 'Kim']);
    expect(read.errors).toEqual([{ line: 1, message: 'expected a term, “::”, then its definition' }]);
  });
});
