import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TypedQuestion } from '@/lib/content/schema';
import { canonicalAnswer, sameAnswer, withoutTitle } from './equivalence';
import { gradeTyped } from './grade';

/**
 * The equivalences the grader learned for drafted answers (issue 14): forms that mean the same are
 * accepted whatever else varies, and a changed number or a negation never is.
 */

function typed(answer: string, accept: string[] = []): TypedQuestion {
  return { id: 'q', type: 'typed', prompt: 'P?', answer, accept, explanation: 'E.', evidence: 'x' };
}
const right = (answer: string, given: string) => gradeTyped(typed(answer), given).verdict === 'correct';

const MONTHS = [
  ['January', 'Jan'],
  ['February', 'Feb.'],
  ['March', 'Mar'],
  ['April', 'Apr.'],
  ['May', 'May'],
  ['June', 'Jun'],
  ['July', 'Jul.'],
  ['August', 'Aug'],
  ['September', 'Sept.'],
  ['October', 'Oct'],
  ['November', 'Nov.'],
  ['December', 'Dec.'],
] as const;
const ordinal = (day: number) =>
  `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;

const date = fc.record({
  month: fc.integer({ min: 0, max: 11 }),
  day: fc.integer({ min: 1, max: 28 }),
  year: fc.option(fc.integer({ min: 1900, max: 2030 }), { nil: undefined }),
});

describe('dates', () => {
  it('accepts either order, abbreviations, ordinals and "of"', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 5 }), ({ month, day, year }, style) => {
        const [name, short] = MONTHS[month]!;
        const y = year ? ` ${year}` : '';
        const key = `${name} ${day}${year ? `, ${year}` : ''}`;
        const forms = [
          `${day} ${name}${y}`,
          `${short} ${day}${y}`,
          `${ordinal(day)} ${name}${y}`,
          `the ${ordinal(day)} of ${name}${y}`,
          `${name} ${ordinal(day)}${year ? `, ${year}` : ''}`,
          `${day} ${short}${y}`,
        ];
        expect(right(key, forms[style]!)).toBe(true);
      }),
    );
  });

  it('never accepts another day, month or year', () => {
    fc.assert(
      fc.property(date, date, ({ month, day, year }, other) => {
        fc.pre(month !== other.month || day !== other.day || (year ?? 0) !== (other.year ?? 0));
        const key = `${MONTHS[month]![0]} ${day}${year ? ` ${year}` : ''}`;
        const given = `${other.day} ${MONTHS[other.month]![0]}${other.year ? ` ${other.year}` : ''}`;
        expect(right(key, given)).toBe(false);
      }),
    );
  });
});

describe('magnitudes', () => {
  const scales = [
    ['thousand', 3],
    ['million', 6],
    ['billion', 9],
  ] as const;
  const withCommas = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  it('accepts "30 million", "30,000,000" and "30000000" alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 2 }), (n, s) => {
        const [word, zeros] = scales[s]!;
        const digits = `${n}${'0'.repeat(zeros)}`;
        expect(right(`${n} ${word}`, withCommas(digits))).toBe(true);
        expect(right(withCommas(digits), `${n} ${word}`)).toBe(true);
        expect(right(`${n} ${word}`, digits)).toBe(true);
      }),
    );
  });

  it('accepts decimals with a scale exactly ("2.5 million" = 2,500,000)', () => {
    expect(right('2.5 million', '2,500,000')).toBe(true);
    expect(right('$1.25 billion', '$1,250,000,000')).toBe(true);
    expect(right('2.5 million', '2,400,000')).toBe(false);
  });

  it('never accepts another value or another scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 2 }),
        (a, b, s, t) => {
          fc.pre(a * 10 ** scales[s]![1] !== b * 10 ** scales[t]![1]);
          expect(right(`${a} ${scales[s]![0]}`, `${b} ${scales[t]![0]}`)).toBe(false);
          expect(right(`${a} ${scales[s]![0]}`, withCommas(`${b}${'0'.repeat(scales[t]![1])}`))).toBe(false);
        },
      ),
    );
  });

  it('reads %, per cent and percent as one', () => {
    expect(right('56 percent', '56%')).toBe(true);
    expect(right('56%', '56 per cent')).toBe(true);
    expect(right('56 percent', '65%')).toBe(false);
  });
});

describe('abbreviations', () => {
  const families = [
    ['US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America', 'the US', 'us'],
    ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'the UK', 'uk'],
    ['UN', 'U.N.', 'United Nations', 'the UN'],
    ['EU', 'E.U.', 'European Union', 'the EU'],
  ];

  it('accepts every form of the same body, and none of another', () => {
    families.forEach((family, i) => {
      for (const key of family) {
        for (const given of family) expect(right(key, given), `${key} / ${given}`).toBe(true);
        for (const other of families[(i + 1) % families.length]!) expect(right(key, other)).toBe(false);
      }
    });
  });

  it('works inside a longer name', () => {
    expect(right('U.S. Department of Agriculture', 'United States Department of Agriculture')).toBe(true);
    expect(right('UN Security Council', 'United Nations Security Council')).toBe(true);
  });

  it('does not read the pronoun "us" inside a sentence as the country', () => {
    expect(canonicalAnswer('tell us more')).toBe('tell us more');
  });
});

describe('titles', () => {
  const title = fc.constantFrom(
    'President',
    'Prime Minister',
    'Dr',
    'Dr.',
    'Mr',
    'Professor',
    'Emeritus Professor',
    'Senator',
    'Pope',
  );
  const name = fc.constantFrom('George W. Bush', 'Wangari Maathai', 'John Burrows', 'Barack Obama', 'Francis');

  it('accepts a name without its title, and with it', () => {
    fc.assert(
      fc.property(title, name, (t, n) => {
        expect(right(`${t} ${n}`, n)).toBe(true);
        expect(right(n, `${t} ${n}`)).toBe(true);
      }),
    );
  });

  it('never accepts a title alone or another name', () => {
    expect(right('President Barack Obama', 'President')).toBe(false);
    expect(right('President Barack Obama', 'President George W. Bush')).toBe(false);
    expect(withoutTitle('president')).toBeNull();
  });
});

describe('British and American spellings', () => {
  // Each pair as a reader in Britain and one in the United States would type it.
  const pairs = fc.constantFrom(
    ['Metro Toronto Convention Centre', 'Metro Toronto Convention Center'],
    ['World Health Organisation', 'World Health Organization'],
    ['the Labour Party', 'the Labor Party'],
    ['Ministry of Defence', 'Ministry of Defense'],
    ['her favourite colour', 'her favorite color'],
    ['30 metres', '30 meters'],
    ['optical fibre', 'optical fiber'],
    ['the theatres were organised', 'the theaters were organized'],
    ['a training programme', 'a training program'],
  );

  it('accepts either spelling for the other, in any case', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), ([british, american], upper) => {
        const given = upper ? american.toUpperCase() : american;
        expect(right(british, given)).toBe(true);
        expect(right(american, upper ? british.toUpperCase() : british)).toBe(true);
      }),
    );
  });

  it('never lets a spelling rule join two different words, a number or a negation', () => {
    for (const [a, b] of [
      ['four', 'for'],
      ['hour', 'hor'],
      ['your', 'yor'],
      ['rise', 'rize'],
      ['filled', 'filed'],
    ])
      expect(sameAnswer(a!, b!)).toBe(false);
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 99 }), ([british, american], n) => {
        expect(right(`${n} ${british}`, `${n + 1} ${american}`)).toBe(false);
        expect(right(british, `not ${american}`)).toBe(false);
      }),
    );
  });
});

describe('strictness', () => {
  it('a negation is never an equivalent form', () => {
    fc.assert(
      fc.property(fc.constantFrom('guilty', 'the UK', 'December 8', '30 million', 'President Obama'), (key) => {
        expect(right(key, `not ${key}`)).toBe(false);
        expect(sameAnswer(key, `no ${key}`)).toBe(false);
      }),
    );
  });
});
