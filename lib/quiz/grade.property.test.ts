import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TypedQuestion } from '@/lib/content/schema';
import { gradeTyped } from './grade';
import { normaliseAnswer } from './normalise';

/**
 * Properties of the typed-answer grader, over generated answers: the variations it must forgive
 * are always forgiven, and a different number is never accepted, whatever else is typed.
 */

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million and the first second third fourth fifth sixth seventh eighth ninth tenth'.split(
    ' ',
  ),
);

/** Ordinary words: ASCII letters, never number words (those are rewritten as digits). */
const word = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 9 })
  .filter((w) => !NUMBER_WORDS.has(w));
const words = fc.array(word, { minLength: 1, maxLength: 5 });

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ô', u: 'ü', c: 'ç', n: 'ñ' };

function typed(answer: string, accept: string[] = []): TypedQuestion {
  return { id: 'q', type: 'typed', prompt: 'P?', answer, accept, explanation: 'E.', evidence: 'x' };
}

describe('normaliseAnswer (properties)', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const once = normaliseAnswer(text);
        expect(normaliseAnswer(once)).toBe(once);
      }),
    );
  });

  it('ignores case, accents, punctuation between words and runs of spaces', () => {
    fc.assert(
      fc.property(
        words,
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.constantFrom(' ', '  ', '-', ', ', ' – ', '. '),
        (ws, flips, separator) => {
          const plain = ws.join(' ');
          let i = 0;
          const varied = ws
            .map((w) =>
              [...w]
                .map((ch) => {
                  const flip = flips[i++ % flips.length];
                  const accented = flip && ACCENTED[ch] ? ACCENTED[ch] : ch;
                  return flip ? accented.toUpperCase() : accented;
                })
                .join(''),
            )
            .join(separator);
          expect(normaliseAnswer(`  ${varied}! `)).toBe(normaliseAnswer(plain));
        },
      ),
    );
  });
});

describe('gradeTyped (properties)', () => {
  it('accepts every accepted answer typed with other case, accents, spacing or punctuation', () => {
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        fc.constantFrom(' ', '-', '  ', ''),
        (answers, pick, separator) => {
          const spelled = answers.map((ws) => ws.join(' '));
          const question = typed(spelled[0]!, spelled.slice(1));
          const chosen = answers[pick % answers.length]!;
          const variant = chosen.map((w, k) => (k % 2 === 0 ? w.toUpperCase() : w)).join(separator);
          const grade = gradeTyped(question, `${variant}.`);
          expect(grade.verdict).toBe('correct');
          expect(grade.spelling).toBeUndefined();
        },
      ),
    );
  });

  it('never accepts an answer whose number differs, whatever words surround it', () => {
    const number = fc.integer({ min: 0, max: 3000 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 3 }),
        fc.array(word, { maxLength: 3 }),
        number,
        number,
        fc.constantFrom('digits', 'words'),
        fc.nat(),
        (before, after, expected, given, style, typoAt) => {
          fc.pre(expected !== given);
          const answer = [...before, String(expected), ...after].join(' ');
          const question = typed(answer, [[...before, 'exactly', String(expected), ...after].join(' ')]);
          const givenNumber = style === 'digits' || given > 99 ? String(given) : spellOut(given);
          const rest = [...before, givenNumber, ...after];
          // Also with a typo in one of the other words: the number still decides.
          const withTypo = rest.map((w, k) =>
            k === typoAt % rest.length && w.length > 6 && w !== givenNumber ? `${w}x` : w,
          );
          expect(gradeTyped(question, rest.join(' ')).verdict).toBe('incorrect');
          expect(gradeTyped(question, withTypo.join(' ')).verdict).toBe('incorrect');
        },
      ),
    );
  });

  it('never accepts an answer that only adds or drops "not"', () => {
    fc.assert(
      fc.property(words, (ws) => {
        const answer = ws.join(' ');
        expect(gradeTyped(typed(answer), `not ${answer}`).verdict).toBe('incorrect');
        expect(gradeTyped(typed(`not ${answer}`), answer).verdict).toBe('incorrect');
      }),
    );
  });
});

const SMALL =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function spellOut(n: number): string {
  if (n < 20) return SMALL[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${SMALL[n % 10]}`;
}
