import { describe, expect, it } from 'vitest';
import { editDistance, letterCount, normaliseAnswer, normaliseQuoteChar } from './normalise';

describe('normaliseAnswer', () => {
  it.each([
    ['Pyöngyang', 'pyongyang'],
    ['  KIM   Jong-Un!! ', 'kim jong un'],
    ['Workers’ Party', 'workers party'],
    ["Japan's", 'japans'],
    ['The Kremlin', 'kremlin'],
    ['the', 'the'],
    ['Rock & roll', 'rock and roll'],
    ['Two', '2'],
    ['twenty-one', '21'],
    ['one hundred and five', '105'],
    ['two thousand and twenty-three', '2023'],
    ['first', '1th'],
    ['1st', '1th'],
    ['twenty-first', '21th'],
    ['21st', '21th'],
    ['at least two missiles', 'at least 2 missiles'],
    ['!!!', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });

  it('reads every ordinal word as its number, and words that only end in "th" as words', () => {
    const ordinals =
      'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
        ' ',
      );
    ordinals.forEach((word, index) => expect(normaliseAnswer(word)).toBe(`${index + 1}th`));
    expect(['thirtieth', 'fortieth', 'fiftieth', 'ninetieth'].map(normaliseAnswer)).toEqual([
      '30th',
      '40th',
      '50th',
      '90th',
    ]);
    expect(['hundredth', 'one thousandth', 'millionth'].map(normaliseAnswer)).toEqual(['100th', '1000th', '1000000th']);
    expect(['teeth', 'month', 'north', 'fifth avenue'].map(normaliseAnswer)).toEqual([
      'teeth',
      'month',
      'north',
      '5th avenue',
    ]);
  });

  it('keeps runs of number words that are not one number as words', () => {
    // "one two" is not 3, "nineteen ninety" is not 109.
    expect(normaliseAnswer('one two')).toBe('one two');
    expect(normaliseAnswer('one and two')).toBe('one and two');
    expect(normaliseAnswer('nineteen ninety')).toBe('nineteen ninety');
    expect(normaliseAnswer('twenty twelve')).toBe('twenty twelve');
    expect(normaliseAnswer('one first')).toBe('one first');
  });
});

describe('normaliseQuoteChar', () => {
  it('folds typographic quotes, dashes and whitespace', () => {
    expect(['’', '‘', 'ʼ'].map(normaliseQuoteChar)).toEqual(["'", "'", "'"]);
    expect(['“', '”'].map(normaliseQuoteChar)).toEqual(['"', '"']);
    expect(['–', '—', '‑'].map(normaliseQuoteChar)).toEqual(['-', '-', '-']);
    expect(['\n', '\t', '\u00a0'].map(normaliseQuoteChar)).toEqual([' ', ' ', ' ']);
    expect(normaliseQuoteChar('a')).toBe('a');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'kitten')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('vostochny', 'vostchny')).toBe(1);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('vostochny', 'vostohcny')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcdef', 'badcfe')).toBe(3);
  });

  it('stops at max + 1 once the distance is certainly larger', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('vostochny', 'vostohcny', 1)).toBe(1);
  });
});

describe('letterCount', () => {
  it('counts letters and digits, not spaces', () => {
    expect(letterCount('kim jong un')).toBe(9);
  });
});
