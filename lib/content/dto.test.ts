import { describe, expect, it } from 'vitest';
import { checkContent } from './check';
import type { CatalogQuestion } from './types';
import { toArticleDto, toQuestionDto, toSetDetail, toSetSummary } from './dto';
import { readContentFiles } from './files';

const { catalog } = checkContent(readContentFiles());
const sets = catalog!.sets;
const article = catalog!.articles[0]!;
const questions = [...catalog!.questions.values()];

function firstOfType<T extends CatalogQuestion['type']>(type: T): Extract<CatalogQuestion, { type: T }> {
  return questions.find((q) => q.type === type) as Extract<CatalogQuestion, { type: T }>;
}

const base = { prompt: 'P?', explanation: 'E.', evidence: 'Kim Jong Un', articleId: article.id, citations: [] };

describe('toSetSummary', () => {
  it('gives id, title, category, question count and article id only', () => {
    const set = sets.find((s) => s.category === 'review')!;
    expect(toSetSummary(set)).toEqual({
      id: 'kim-russia-review',
      title: set.title,
      category: 'review',
      questionCount: set.questions.length,
      articleId: 'kim-jong-un-russia-visit',
    });
    expect(toSetSummary(set).questionCount).toBe(17);
  });
});

describe('toSetDetail', () => {
  it('gives the article as id, title and date, and every question as a DTO in set order', () => {
    const set = sets[0]!;
    const detail = toSetDetail(set, article);
    expect(Object.keys(detail).sort()).toEqual(['article', 'category', 'id', 'questions', 'title']);
    expect(detail.article).toEqual({
      id: 'kim-jong-un-russia-visit',
      title: article.title,
      date: '2023-11-07',
    });
    expect(detail.questions.map((q) => q.id)).toEqual(set.questions.map((q) => q.id));
    expect(detail.questions[0]).toEqual(toQuestionDto(set.questions[0]!));
  });
});

describe('toQuestionDto', () => {
  it('includes options for single and multiple questions', () => {
    const single = firstOfType('single');
    expect(toQuestionDto(single)).toEqual({
      id: single.id,
      type: 'single',
      prompt: single.prompt,
      options: single.options,
      answer: single.answer,
      explanation: single.explanation,
      evidence: single.evidence,
    });
    const multiple = toQuestionDto(firstOfType('multiple'));
    expect(multiple.options!.length).toBeGreaterThanOrEqual(4);
    expect(Array.isArray(multiple.answer)).toBe(true);
  });

  it('gives a true/false answer as a boolean, without options', () => {
    const dto = toQuestionDto(firstOfType('truefalse'));
    expect(typeof dto.answer).toBe('boolean');
    expect(dto).not.toHaveProperty('options');
    expect(dto).not.toHaveProperty('accept');
  });

  it('gives an ordering answer as the list in order, without options', () => {
    const ordering = firstOfType('ordering');
    const dto = toQuestionDto(ordering);
    expect(dto.answer).toEqual(ordering.answer);
    expect(dto).not.toHaveProperty('options');
  });

  it('includes accept for a typed question only when it lists alternatives', () => {
    const withAccept: CatalogQuestion = { ...base, id: 't1', type: 'typed', answer: 'Putin', accept: ['Vladimir Putin'] };
    const withoutAccept: CatalogQuestion = { ...base, id: 't2', type: 'typed', answer: 'Khasan' };
    expect(toQuestionDto(withAccept).accept).toEqual(['Vladimir Putin']);
    expect(toQuestionDto(withoutAccept)).not.toHaveProperty('accept');
    expect(toQuestionDto(withoutAccept)).not.toHaveProperty('options');
  });

  it('never leaks catalog-only fields', () => {
    for (const question of questions) {
      const dto = toQuestionDto(question);
      expect(dto).not.toHaveProperty('citations');
      expect(dto).not.toHaveProperty('articleId');
      expect(Object.keys(dto).every((key) => ['id', 'type', 'prompt', 'options', 'answer', 'accept', 'explanation', 'evidence'].includes(key))).toBe(true);
    }
  });
});

describe('toArticleDto', () => {
  it('gives id, title, date and text only', () => {
    expect(toArticleDto(article)).toEqual({ id: article.id, title: article.title, date: article.date, text: article.text });
  });
});
