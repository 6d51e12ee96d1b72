import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGift } from './gift';
import { fromMoodleXml } from './moodle-xml';

/** Banks written by other projects (lib/interop/fixtures/README.md): every kind we have kept, every other listed by line. */

const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('banks written by others', () => {
  it('Moodle’s GIFT examples (via gift-pegjs’s tests)', () => {
    const read = fromGift(fixture('gift-pegjs-format-php-examples.gift'));
    expect(read.errors).toEqual([]);
    expect(read.questions.map((q) => [q.line, q.type, q.prompt])).toEqual([
      [5, 'single', 'Who’s buried in Grant’s tomb?'.replace(/’/g, "'")],
      [7, 'single', "Grant is _____ in Grant's tomb."],
      [9, 'truefalse', "Grant is buried in Grant's tomb."],
      [11, 'typed', "Who's buried in Grant's tomb?"],
      [22, 'single', "Grant is _____ in Grant's tomb."],
      [28, 'single', 'Difficult multiple choice question.'],
      [33, 'typed', 'Jesus Christ was from _____ .'],
    ]);
    expect(read.questions[0]).toMatchObject({ options: ['Grant', 'Jefferson', 'no one'], answer: 'no one' });
    expect(read.questions[2]).toMatchObject({ answer: false });
    expect(read.questions[3]).toMatchObject({ answer: 'no one', accept: ['nobody'] });
    expect(read.questions[4]).toMatchObject({ id: 'grants-tomb' });
    expect(read.questions[6]).toMatchObject({ answer: 'Nazareth', accept: [], reject: [] });
    expect(read.notImported.map((n) => [n.line, n.reason.split(':')[0]])).toEqual([
      [13, 'a numeric answer with a tolerance'],
      [15, 'matching pairs'],
      [40, 'a numeric answer with a tolerance'],
    ]);
    expect(read.notes.map((n) => [n.line, n.note])).toEqual([
      [28, '“half credit answer” earned partial credit there; here it counts as wrong'],
      [33, '“Nazereth” earned partial credit there; here it is not accepted'],
      [33, '“Bethlehem” earned partial credit there; here it is not accepted'],
    ]);
  });

  it('Moodle’s own XML test bank (nested categories)', () => {
    const read = fromMoodleXml(fixture('moodle-nested-categories-with-questions.xml'));
    expect(read.errors).toEqual([]);
    expect(read.questions.map((q) => [q.line, q.type, q.id, q.prompt, q.answer])).toEqual([
      [15, 'truefalse', 'iota-question', 'Testing Iota Question', true],
      [83, 'truefalse', 'kappa-question', 'Testing Kappa Question', true],
      [123, 'truefalse', 'lambda-question', 'Testing Lambda Question', true],
      [163, 'truefalse', 'mu-question', 'Testing Mu Question', true],
    ]);
    expect(read.notImported).toEqual([
      { line: 55, title: 'Kappa Essay Question', reason: 'an essay: there is no such type here' },
    ]);
  });
});
