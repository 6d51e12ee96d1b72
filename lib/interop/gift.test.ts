import { describe, expect, it } from 'vitest';
import { listSets } from '@/lib/content/catalog.server';
import { fromGift, toGift } from './gift';
import { portableOf } from './portable';

describe('GIFT', () => {
  it('every shipped set exported and read back is unchanged (ordering questions are listed, not exported)', () => {
    for (const set of listSets()) {
      const questions = set.questions.map(portableOf);
      const text = toGift({ title: set.title, category: `newsquiz/${set.articleId}/${set.id}`, questions });
      const read = fromGift(text);
      expect(read.errors, set.id).toEqual([]);
      expect(read.notImported, set.id).toEqual([]);
      const exportable = questions.filter((q) => q.type !== 'ordering');
      expect(
        read.questions.map(({ line: _line, ...q }) => q),
        set.id,
      ).toEqual(exportable);
      for (const q of questions.filter((q) => q.type === 'ordering'))
        expect(text).toContain(`(${q.id}) puts items in order`);
    }
  });

  it('special characters survive: ~ = # { } : \\ and new lines', () => {
    const question = {
      id: 'odd-characters',
      type: 'single' as const,
      prompt: 'What did {the} “sign” say: a=b #1 ~ c\\d?',
      options: ['a=b', 'x: {y}', '#3 ~ 4'],
      answer: 'x: {y}',
      explanation: 'Line one.\nLine two: with = and #.',
      evidence: [{ quote: 'It said: x {y}.', sentence: 4 }],
    };
    const read = fromGift(toGift({ title: 'T', category: 'c', questions: [question] }));
    expect(read.errors).toEqual([]);
    expect(read.questions.map(({ line: _line, ...q }) => q)).toEqual([question]);
  });

  it('reads a file written by hand: every kind it can hold, the others listed by line, broken ones named by line', () => {
    const file = [
      '// A bank from another tool',
      '$CATEGORY: history',
      '',
      '::Capital::What is the capital of France? {=Paris ~London ~Berlin}',
      '',
      'Grant was buried in Grant’s tomb.{F}',
      '',
      'Who wrote Hamlet? {=Shakespeare =William Shakespeare}',
      '',
      '::Match::Match the capitals {=France -> Paris =Italy -> Rome =Spain -> Madrid}',
      '',
      'Which are primes? {~%50%2 ~%50%3 ~%-100%4}',
      '',
      'Broken question {=yes ~no',
      '',
      'When was Ulysses S. Grant born?{#1822:5}',
    ].join('\n');
    const read = fromGift(file);
    expect(read.questions.map((q) => [q.line, q.type, q.id])).toEqual([
      [4, 'single', 'capital'],
      [6, 'truefalse', 'grant-was-buried-in-grants-tomb'],
      [8, 'typed', 'who-wrote-hamlet'],
      [12, 'multiple', 'which-are-primes'],
    ]);
    expect(read.questions[2]).toMatchObject({ answer: 'Shakespeare', accept: ['William Shakespeare'], reject: [] });
    expect(read.questions[3]).toMatchObject({ options: ['2', '3', '4'], answer: ['2', '3'] });
    expect(read.notImported.map((n) => [n.line, n.title])).toEqual([
      [10, 'Match'],
      [16, 'When was Ulysses S. Grant born?'],
    ]);
    expect(read.errors).toEqual([{ line: 14, message: expect.stringMatching(/^expected .*“}”.* but found the end/) }]);
  });
});
