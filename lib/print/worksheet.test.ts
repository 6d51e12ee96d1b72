import { describe, expect, it } from 'vitest';
import { getArticle, listSets } from '@/lib/content/catalog.server';
import { drawableCount } from '@/lib/quiz/draw';
import { numberedParagraphs, printOptions, worksheetOf } from './worksheet';

const sets = listSets();

describe('worksheets', () => {
  it('every shipped set: versions A and B ask the same questions, as many as one attempt could', () => {
    for (const set of sets) {
      const a = worksheetOf(set.questions, 'A', set.id, set.rules);
      const b = worksheetOf(set.questions, 'B', set.id, set.rules);
      const ids = set.questions.map((q) => q.id);
      expect(a.items.length, set.id).toBe(drawableCount(ids, set.rules));
      expect(new Set(b.items.map((i) => i.questionId)), set.id).toEqual(new Set(a.items.map((i) => i.questionId)));
      expect(a.items.map((i) => i.number)).toEqual(a.items.map((_, i) => i + 1));
      expect(a.key.map((k) => k.number)).toEqual(a.items.map((i) => i.number));
      // No two questions of a group kept apart on one sheet; every "asked before" holds.
      const on = new Set(a.items.map((i) => i.questionId));
      for (const group of set.rules.apart) expect(group.filter((id) => on.has(id)).length).toBeLessThanOrEqual(1);
      for (const sheet of [a, b]) {
        const position = new Map(sheet.items.map((item, index) => [item.questionId, index]));
        for (const [first, then] of set.rules.before)
          if (position.has(first) && position.has(then))
            expect(position.get(first)!, `${set.id} ${first} before ${then}`).toBeLessThan(position.get(then)!);
      }
    }
  });

  it('version B differs from A in order or options wherever the set has two questions', () => {
    for (const set of sets.filter((s) => s.questions.length > 1)) {
      const a = worksheetOf(set.questions, 'A', set.id, set.rules);
      const b = worksheetOf(set.questions, 'B', set.id, set.rules);
      expect(JSON.stringify(b.items), set.id).not.toBe(JSON.stringify(a.items));
    }
  });

  it('the key names the right option by its letter on that version, and the supporting sentences', () => {
    for (const set of sets) {
      for (const version of ['A', 'B'] as const) {
        const sheet = worksheetOf(set.questions, version, set.id, set.rules);
        sheet.items.forEach((item, index) => {
          const question = set.questions.find((q) => q.id === item.questionId)!;
          const entry = sheet.key[index]!;
          const cited = question.citations.flatMap((c) => c.sentences);
          expect(entry.sentences.length, question.id).toBeGreaterThan(0);
          for (const n of entry.sentences) expect(cited).toContain(n);
          if (item.answer.kind === 'circle-one' && question.type === 'single') {
            const letter = item.answer.options.find((o) => o.text === question.answer)!.letter;
            expect(entry.answer).toBe(`${letter}. ${question.answer}`);
          }
          if (item.answer.kind === 'order' && question.type === 'ordering') {
            // "A 2 · B 3 · C 1": the number to write beside each printed item.
            const printed = item.answer.items;
            const written = entry.answer.split(' · ').map((pair) => pair.split(' '));
            expect(written.map(([letter]) => letter)).toEqual(printed.map((o) => o.letter));
            const byNumber = new Map(
              written.map(([letter, n]) => [Number(n), printed.find((o) => o.letter === letter)!.text]),
            );
            expect(question.answer.map((_, i) => byNumber.get(i + 1))).toEqual(question.answer);
            // The printed order is never already the answer.
            expect(item.answer.items.map((o) => o.text)).not.toEqual(question.answer);
          }
          if (question.type === 'truefalse') expect(entry.answer).toBe(question.answer ? 'True' : 'False');
          if (question.type === 'typed') {
            const accept = question.accept ?? [];
            expect(entry.alsoAccepted).toEqual(accept.slice(0, 4));
            expect(entry.alsoAccepted.length + entry.moreAccepted).toBe(accept.length);
          }
        });
      }
    }
  });

  it('is the same every time it is printed', () => {
    const set = sets[0]!;
    expect(worksheetOf(set.questions, 'B', set.id, set.rules)).toEqual(
      worksheetOf(set.questions, 'B', set.id, set.rules),
    );
  });

  it('prints every sentence of the article once, numbered as the reader numbers them', () => {
    const article = getArticle(sets[0]!.articleId)!;
    const printed = numberedParagraphs(article).flat();
    expect(printed.map((s) => s.number)).toEqual(article.sentences.map((s) => s.number));
    expect(printed.map((s) => s.text)).toEqual(article.sentences.map((s) => s.text));
  });

  it('reads its settings from the address, with defaults for anything else', () => {
    expect(printOptions({})).toEqual({ paper: 'a4', versions: ['A'] });
    expect(printOptions({ paper: 'letter', versions: 'ab' })).toEqual({ paper: 'letter', versions: ['A', 'B'] });
    expect(printOptions({ paper: ['letter'], versions: 'zz' })).toEqual({ paper: 'a4', versions: ['A'] });
    expect(printOptions({ versions: 'b' }).versions).toEqual(['B']);
  });
});
