import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/content/schema';
import { drawRules, reveals } from './draw-rules';

const base = { explanation: 'Because the article says so.', evidence: 'A sentence.' };
const q = (question: Partial<Question> & Pick<Question, 'id' | 'type' | 'prompt'>): Question =>
  ({ ...base, ...question }) as Question;

const typedPlace = q({
  id: 'place',
  type: 'typed',
  prompt: 'Where did the images show him?',
  answer: 'Khasan',
} as Question);
const promptGiveaway = q({
  id: 'agency',
  type: 'single',
  prompt: 'Who released the images of Kim in Khasan?',
  options: ['The agency', 'Other'],
  answer: 'The agency',
} as Question);
const optionGiveaway = q({
  id: 'images',
  type: 'single',
  prompt: 'What did the images show?',
  options: ['Kim at Khasan station', 'Kim at sea'],
  answer: 'Kim at Khasan station',
} as Question);
const orderingGiveaway = q({
  id: 'order',
  type: 'ordering',
  prompt: 'Put in order.',
  answer: ['Kim reaches Khasan', 'Images released', 'Summit'],
} as Question);
const feedbackOnly = q({
  id: 'venue',
  type: 'truefalse',
  prompt: 'The images show the summit venue.',
  answer: false,
  explanation: 'False: they show Khasan.',
} as Question);

describe('what one question gives away of another', () => {
  it('finds an answer in a prompt, in a choice option or an item to order (for a typed answer), and in feedback', () => {
    const found = reveals([typedPlace, promptGiveaway, optionGiveaway, orderingGiveaway, feedbackOnly]);
    expect(found.map((r) => `${r.from}>${r.reveals}:${r.where}`).sort()).toEqual([
      'agency>place:prompt',
      'images>place:options',
      'order>place:options',
      'venue>place:feedback',
    ]);
  });

  it('a choice question is given away by an option stating its answer in a claim, not by the bare answer as an option', () => {
    const reporter = q({
      id: 'reporter',
      type: 'single',
      prompt: 'Who reported the expected venue?',
      options: ['Kyodo news', 'Reuters', 'Tass'],
      answer: 'Kyodo news',
    } as Question);
    const claim = q({
      id: 'claim',
      type: 'single',
      prompt: 'Why are some worried?',
      options: ['Speculation about arms talks', 'A report by Kyodo news on the agenda'],
      answer: 'Speculation about arms talks',
    } as Question);
    const list = q({
      id: 'list',
      type: 'single',
      prompt: 'Which agency is Japanese?',
      options: ['Kyodo news', 'Xinhua'],
      answer: 'Kyodo news',
    } as Question);
    expect(reveals([reporter, claim, list]).map((r) => `${r.from}>${r.reveals}:${r.where}`)).toEqual([
      'claim>reporter:options',
      'claim>list:options',
    ]);
  });

  it('ignores answers too short to give anything away, and those the asked prompt already states', () => {
    const short = q({ id: 'short', type: 'typed', prompt: 'Which day?', answer: 'Tue' } as Question);
    const stated = q({
      id: 'stated',
      type: 'typed',
      prompt: 'Kim went to Khasan: which place?',
      answer: 'Khasan',
    } as Question);
    const other = q({
      id: 'other',
      type: 'single',
      prompt: 'On Tue, at Khasan, who came?',
      options: ['A', 'B'],
      answer: 'A',
    } as Question);
    expect(reveals([short, stated, other])).toEqual([]);
  });

  it('keeps apart what is given away while answering, and same-fact questions; orders what feedback gives away', () => {
    const sameFact = [
      q({
        id: 'who',
        type: 'single',
        prompt: 'Who confirmed it?',
        options: ['Japan', 'China'],
        answer: 'Japan',
        fact: 'eez',
      } as Question),
      q({ id: 'tf', type: 'truefalse', prompt: 'It was confirmed.', answer: true, fact: 'eez' } as Question),
    ];
    const rules = drawRules([typedPlace, promptGiveaway, feedbackOnly, ...sameFact]);
    expect(rules.apart.map((group) => group.sort())).toEqual([
      ['agency', 'place'],
      ['tf', 'who'],
    ]);
    expect(rules.before).toEqual([['place', 'venue']]);
  });

  it('keeps apart two questions whose feedback answers each other', () => {
    const a = q({
      id: 'a',
      type: 'typed',
      prompt: 'Which day?',
      answer: 'Tuesday',
      explanation: 'He came to the Far East.',
    } as Question);
    const b = q({
      id: 'b',
      type: 'typed',
      prompt: 'Which region?',
      answer: 'Far East',
      explanation: 'He came on Tuesday.',
    } as Question);
    expect(drawRules([a, b])).toEqual({ apart: [['a', 'b']], before: [] });
  });
});
