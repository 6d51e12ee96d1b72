import { describe, expect, it } from 'vitest';
import type {
  MultipleQuestion,
  OrderingQuestion,
  Question,
  SingleQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from '@/lib/content/schema';
import {
  acceptedAnswers,
  gradeMultiple,
  gradeOrdering,
  gradeResponse,
  gradeSingle,
  gradeTrueFalse,
  gradeTyped,
  orderingPairScore,
} from './grade';
import { isAnswerable } from './answerable';
import type { QuizResponse } from './response';

const common = { prompt: 'Prompt?', explanation: 'Because.', evidence: 'Quote' };

const single: SingleQuestion = {
  ...common,
  id: 'single',
  type: 'single',
  options: ['Kim Jong Un', 'Kim Jong Il', 'Kim Il Sung', 'Kim Yo Jong'],
  answer: 'Kim Jong Un',
};
const multiple: MultipleQuestion = {
  ...common,
  id: 'multiple',
  type: 'multiple',
  options: ['A', 'B', 'C', 'D', 'E'],
  answer: ['A', 'B', 'C'],
};
const truefalse: TrueFalseQuestion = { ...common, id: 'tf', type: 'truefalse', answer: false };
const ordering: OrderingQuestion = { ...common, id: 'order', type: 'ordering', answer: ['a', 'b', 'c'] };

function typed(answer: string, accept?: string[]): TypedQuestion {
  return { ...common, id: 'typed', type: 'typed', answer, ...(accept ? { accept } : {}) };
}

const CORRECT = { score: 1, verdict: 'correct' };
const INCORRECT = { score: 0, verdict: 'incorrect' };

describe('gradeSingle', () => {
  it('is correct only for the answer option, written exactly', () => {
    expect(gradeSingle(single, 'Kim Jong Un')).toEqual(CORRECT);
    expect(gradeSingle(single, 'Kim Jong Il')).toEqual(INCORRECT);
    expect(gradeSingle(single, '')).toEqual(INCORRECT);
  });
});

describe('gradeTrueFalse', () => {
  it('compares with the boolean answer', () => {
    expect(gradeTrueFalse(truefalse, false)).toEqual(CORRECT);
    expect(gradeTrueFalse(truefalse, true)).toEqual(INCORRECT);
    expect(gradeTrueFalse({ ...truefalse, answer: true }, true)).toEqual(CORRECT);
  });
});

describe('gradeMultiple', () => {
  it('is correct (1) for exactly the right options, in any order', () => {
    expect(gradeMultiple(multiple, ['C', 'A', 'B'])).toEqual(CORRECT);
  });

  it('gives (hits − wrong picks) ÷ correct count as partial credit', () => {
    expect(gradeMultiple(multiple, ['A', 'B'])).toEqual({ score: 2 / 3, verdict: 'partial' });
    expect(gradeMultiple(multiple, ['A'])).toEqual({ score: 1 / 3, verdict: 'partial' });
    expect(gradeMultiple(multiple, ['A', 'B', 'D'])).toEqual({ score: 1 / 3, verdict: 'partial' });
    // All right plus one wrong is not full marks.
    expect(gradeMultiple(multiple, ['A', 'B', 'C', 'D'])).toEqual({ score: 2 / 3, verdict: 'partial' });
  });

  it('never goes below 0', () => {
    expect(gradeMultiple(multiple, ['A', 'D', 'E'])).toEqual(INCORRECT);
    expect(gradeMultiple(multiple, ['D', 'E'])).toEqual(INCORRECT);
    expect(gradeMultiple(multiple, [])).toEqual(INCORRECT);
  });

  it('counts a repeated choice once and ignores choices that are not options', () => {
    expect(gradeMultiple(multiple, ['A', 'A', 'A'])).toEqual({ score: 1 / 3, verdict: 'partial' });
    expect(gradeMultiple(multiple, ['A', 'B', 'C', 'Z'])).toEqual(CORRECT);
  });
});

describe('gradeOrdering and orderingPairScore', () => {
  it('is correct for the exact order', () => {
    expect(gradeOrdering(ordering, ['a', 'b', 'c'])).toEqual(CORRECT);
  });

  it('gives the share of pairs in the right relative order', () => {
    expect(gradeOrdering(ordering, ['a', 'c', 'b'])).toEqual({ score: 2 / 3, verdict: 'partial' });
    expect(gradeOrdering(ordering, ['b', 'a', 'c'])).toEqual({ score: 2 / 3, verdict: 'partial' });
    expect(gradeOrdering(ordering, ['c', 'a', 'b'])).toEqual({ score: 1 / 3, verdict: 'partial' });
    expect(gradeOrdering(ordering, ['c', 'b', 'a'])).toEqual(INCORRECT);
    expect(orderingPairScore(['1', '2', '3', '4'], ['1', '3', '2', '4'])).toBe(5 / 6);
    expect(orderingPairScore(['1', '2', '3', '4'], ['4', '3', '2', '1'])).toBe(0);
  });

  it('scores 0 when items are missing, extra or different', () => {
    expect(gradeOrdering(ordering, ['a', 'b'])).toEqual(INCORRECT);
    expect(gradeOrdering(ordering, ['a', 'b', 'c', 'd'])).toEqual(INCORRECT);
    expect(gradeOrdering(ordering, ['a', 'b', 'x'])).toEqual(INCORRECT);
    expect(gradeOrdering(ordering, ['a', 'a', 'b'])).toEqual(INCORRECT);
    expect(gradeOrdering(ordering, [])).toEqual(INCORRECT);
  });
});

describe('gradeTyped', () => {
  it('ignores case and accents', () => {
    expect(gradeTyped(typed('Pyongyang'), 'Pyöngyang')).toEqual(CORRECT);
    expect(gradeTyped(typed('Pyöngyang'), 'PYONGYANG')).toEqual(CORRECT);
  });

  it('ignores punctuation, hyphens and extra spaces', () => {
    const question = typed('Kim Jong Un');
    expect(gradeTyped(question, 'kim jong-un')).toEqual(CORRECT);
    expect(gradeTyped(question, '  Kim   Jong  Un. ')).toEqual(CORRECT);
    expect(gradeTyped(question, 'KimJongUn')).toEqual(CORRECT);
    expect(gradeTyped(typed('Workers’ Party of Korea'), "workers' party of korea")).toEqual(CORRECT);
  });

  it('ignores a leading "the" on either side', () => {
    expect(gradeTyped(typed('Kremlin'), 'The Kremlin')).toEqual(CORRECT);
    expect(gradeTyped(typed('The Vostochny cosmodrome'), 'Vostochny Cosmodrome')).toEqual(CORRECT);
  });

  it('accepts listed alternatives, without marking a spelling', () => {
    const question = typed('Vladimir Putin', ['Putin', 'President Putin']);
    expect(acceptedAnswers(question)).toEqual(['Vladimir Putin', 'Putin', 'President Putin']);
    expect(gradeTyped(question, 'putin')).toEqual(CORRECT);
    expect(gradeTyped(question, 'President  Putin')).toEqual(CORRECT);
    expect(gradeTyped(question, 'Medvedev')).toEqual(INCORRECT);
  });

  it('accepts exactly one typo in an answer of 6 or more letters, naming the spelling', () => {
    const question = typed('Vostochny');
    expect(gradeTyped(question, 'Vostchny')).toEqual({ ...CORRECT, spelling: 'Vostochny' }); // deletion
    expect(gradeTyped(question, 'Vostochnyy')).toEqual({ ...CORRECT, spelling: 'Vostochny' }); // insertion
    expect(gradeTyped(question, 'Vostichny')).toEqual({ ...CORRECT, spelling: 'Vostochny' }); // substitution
    expect(gradeTyped(typed('Khasan'), 'Khasn')).toEqual({ ...CORRECT, spelling: 'Khasan' }); // exactly 6 letters
  });

  it('counts an adjacent transposition as one typo', () => {
    expect(gradeTyped(typed('Vostochny'), 'Vostohcny')).toEqual({ ...CORRECT, spelling: 'Vostochny' });
  });

  it('sets spelling to the accepted alternative the typo was matched to', () => {
    const question = typed('Khasan', ['Khasan station']);
    expect(gradeTyped(question, 'Khasan staton')).toEqual({ ...CORRECT, spelling: 'Khasan station' });
  });

  it('does not accept two typos', () => {
    expect(gradeTyped(typed('Vostochny'), 'Vstohcny')).toEqual(INCORRECT);
    expect(gradeTyped(typed('Vostochny'), 'Vostchy')).toEqual(INCORRECT);
    expect(gradeTyped(typed('Vladimir Putin'), 'Vladimr Putn')).toEqual(INCORRECT);
  });

  it('does not accept a typo in an answer shorter than 6 letters', () => {
    expect(gradeTyped(typed('Putin'), 'Putn')).toEqual(INCORRECT);
    expect(gradeTyped(typed('Japan'), 'Japon')).toEqual(INCORRECT);
    expect(gradeTyped(typed('21'), '22')).toEqual(INCORRECT);
    // The short alternative gets no allowance even though the main answer is long.
    expect(gradeTyped(typed('Vladimir Putin', ['Putin']), 'Putn')).toEqual(INCORRECT);
  });

  it('matches numbers written as words or digits', () => {
    expect(gradeTyped(typed('2'), 'two')).toEqual(CORRECT);
    expect(gradeTyped(typed('two'), '2')).toEqual(CORRECT);
    expect(gradeTyped(typed('21'), 'twenty-one')).toEqual(CORRECT);
    expect(gradeTyped(typed('twenty-one'), '21')).toEqual(CORRECT);
    expect(gradeTyped(typed('first'), '1st')).toEqual(CORRECT);
    expect(gradeTyped(typed('1st'), 'First')).toEqual(CORRECT);
    expect(gradeTyped(typed('At least two'), 'at least 2')).toEqual(CORRECT);
    expect(gradeTyped(typed('2'), 'three')).toEqual(INCORRECT);
    expect(gradeTyped(typed('1st'), 'second')).toEqual(INCORRECT);
  });

  it('never lets a typo allowance change a number (the missile count)', () => {
    const count = typed('two', ['at least two', 'two missiles', 'at least two missiles']);
    for (const wrong of [
      'at least three',
      'at least 3',
      '3 missiles',
      'at least 12',
      'three',
      'at least 22',
      'at lest 3',
    ]) {
      expect(gradeTyped(count, wrong), wrong).toEqual(INCORRECT);
    }
    expect(gradeTyped(count, 'at least 2')).toEqual(CORRECT);
    expect(gradeTyped(count, 'At least two missiles')).toEqual(CORRECT);
    // A typo in a word next to the number is still forgiven.
    expect(gradeTyped(count, 'two missils')).toEqual({ ...CORRECT, spelling: 'two missiles' });
    expect(gradeTyped(typed('1945'), '1954')).toEqual(INCORRECT);
    expect(gradeTyped(typed('the 21st century'), 'the 22nd century')).toEqual(INCORRECT);
  });

  it('never lets a typo allowance add, drop or change a negation', () => {
    const question = typed('not confirmed');
    expect(gradeTyped(question, 'now confirmed')).toEqual(INCORRECT);
    expect(gradeTyped(question, 'confirmed')).toEqual(INCORRECT);
    expect(gradeTyped(question, 'not confirmd')).toEqual({ ...CORRECT, spelling: 'not confirmed' });
    expect(gradeTyped(typed('were denied'), 'werent denied')).toEqual(INCORRECT);
  });

  it('never turns one word into another with a different first letter or a short word into another', () => {
    // "east" / "west": a 4-letter word is never a typo; "Prussia" is not "Russia" misspelt.
    expect(gradeTyped(typed('the sea off its east coast'), 'the sea off its west coast')).toEqual(INCORRECT);
    expect(gradeTyped(typed('Russia'), 'Prussia')).toEqual(INCORRECT);
    expect(gradeTyped(typed('Kim Jong Un'), 'Kim Jong Il')).toEqual(INCORRECT);
  });

  it('never accepts a listed wrong answer, even one typo away from a right one', () => {
    const question: TypedQuestion = { ...typed('Vostochny cosmodrome'), reject: ['Vostochny airport'] };
    expect(gradeTyped(question, 'Vostochny cosmodrom')).toEqual({ ...CORRECT, spelling: 'Vostochny cosmodrome' });
    expect(gradeTyped({ ...typed('Khasan'), reject: ['Khasa'] }, 'khasa')).toEqual(INCORRECT);
    expect(gradeTyped({ ...typed('Pyongyang'), reject: ['Pyongyand'] }, 'Pyongyand')).toEqual(INCORRECT);
  });

  it('marks empty input (or input with no letters or digits) incorrect', () => {
    const question = typed('Khasan');
    expect(gradeTyped(question, '')).toEqual(INCORRECT);
    expect(gradeTyped(question, '   ')).toEqual(INCORRECT);
    expect(gradeTyped(question, '?!')).toEqual(INCORRECT);
  });
});

describe('gradeResponse', () => {
  const cases: Array<[Question, QuizResponse]> = [
    [single, { type: 'single', choice: 'Kim Jong Un' }],
    [multiple, { type: 'multiple', choices: ['A', 'B', 'C'] }],
    [truefalse, { type: 'truefalse', value: false }],
    [typed('Khasan'), { type: 'typed', text: 'khasan' }],
    [ordering, { type: 'ordering', order: ['a', 'b', 'c'] }],
  ];

  it('grades each question type with its own response', () => {
    for (const [question, response] of cases) {
      expect(gradeResponse(question, response), question.type).toEqual(CORRECT);
    }
    expect(gradeResponse(multiple, { type: 'multiple', choices: ['A'] })).toEqual({ score: 1 / 3, verdict: 'partial' });
  });

  it('scores a response of the wrong type 0', () => {
    expect(gradeResponse(single, { type: 'typed', text: 'Kim Jong Un' })).toEqual(INCORRECT);
    expect(gradeResponse(typed('Khasan'), { type: 'single', choice: 'Khasan' })).toEqual(INCORRECT);
    expect(gradeResponse(truefalse, { type: 'single', choice: 'False' })).toEqual(INCORRECT);
    expect(gradeResponse(multiple, { type: 'ordering', order: ['A', 'B', 'C'] })).toEqual(INCORRECT);
    expect(gradeResponse(ordering, { type: 'multiple', choices: ['a', 'b', 'c'] })).toEqual(INCORRECT);
  });
});

describe('isAnswerable', () => {
  it('rejects a missing or empty response', () => {
    expect(isAnswerable(undefined)).toBe(false);
    expect(isAnswerable({ type: 'single', choice: '' })).toBe(false);
    expect(isAnswerable({ type: 'multiple', choices: [] })).toBe(false);
    expect(isAnswerable({ type: 'typed', text: '  \n ' })).toBe(false);
    expect(isAnswerable({ type: 'ordering', order: [] })).toBe(false);
  });

  it('accepts a response with something in it, including "false"', () => {
    expect(isAnswerable({ type: 'single', choice: 'Khasan' })).toBe(true);
    expect(isAnswerable({ type: 'multiple', choices: ['A'] })).toBe(true);
    expect(isAnswerable({ type: 'truefalse', value: false })).toBe(true);
    expect(isAnswerable({ type: 'typed', text: 'x' })).toBe(true);
    expect(isAnswerable({ type: 'ordering', order: ['a'] })).toBe(true);
  });

  it('an answer spelled like an abbreviation still equals itself in capitals (fast-check found "un a")', () => {
    const question = {
      id: 'q',
      type: 'typed',
      prompt: 'P?',
      answer: 'un a',
      explanation: 'E.',
      evidence: 'S.',
    } as const;
    expect(gradeTyped(question as never, 'UN A.').verdict).toBe('correct');
    // Written in lower case, "un" is not the United Nations.
    expect(gradeTyped(question as never, 'united nations a').verdict).toBe('incorrect');
  });
});
