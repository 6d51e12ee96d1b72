import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { checkContent } from './check';
import { readContentFiles } from './files';
import { drawableCount } from '@/lib/quiz/draw';
import { gradeResponse } from '@/lib/quiz/grade';
import { reveals } from '@/lib/quiz/draw-rules';
import { planQuestionIds } from '@/lib/quiz/session';
import { SET_CATEGORIES } from './schema';

/** The real content in content/: it must pass the check and be big enough for the quiz. */

const files = readContentFiles();
const result = checkContent(files);

describe('real content', () => {
  it('lists every question removed so far as retired, and uses none of those ids', () => {
    expect(files.retired?.path).toBe('content/retired.yaml');
    const retired = (YAML.parse(files.retired!.text) as { retired: Array<{ id: string }> }).retired.map((r) => r.id);
    expect(retired.length).toBeGreaterThanOrEqual(14);
    for (const id of retired) expect(result.catalog!.questions.has(id), id).toBe(false);
  });

  it('finds the article and the five sets on disk', () => {
    expect(files.articles.map((f) => f.path)).toEqual(['content/articles/kim-jong-un-russia-visit.md']);
    expect(files.sets).toHaveLength(5);
  });

  it('passes checkContent with zero problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.catalog).not.toBeNull();
  });

  it('has no weaker questions: no giveaways across questions of a set, no word-for-word true/false', () => {
    expect(result.warnings.map((warning) => `${warning.item} › ${warning.field}: ${warning.message}`)).toEqual([]);
  });

  it('no quiz drawn from any set has a question that answers another, nor feedback that answers one still to come', () => {
    for (const set of result.catalog!.sets) {
      const ids = set.questions.map((q) => q.id);
      const byId = new Map(set.questions.map((q) => [q.id, q]));
      for (let seed = 0; seed < 200; seed += 1) {
        const drawn = planQuestionIds(ids, { shuffle: true, seed: `seed-${seed}`, rules: set.rules });
        const position = new Map(drawn.map((id, index) => [id, index]));
        for (const reveal of reveals(drawn.map((id) => byId.get(id)!))) {
          const where = `${set.id}, seed ${seed}: ${reveal.from} states the answer of ${reveal.reveals} in its ${reveal.where}`;
          if (reveal.where === 'feedback') expect(position.get(reveal.reveals), where).toBeLessThan(position.get(reveal.from)!);
          else expect.fail(where);
        }
      }
    }
  });

  it('asks every question of a single set in one quiz, and says how many a mix of all of them asks', () => {
    for (const set of result.catalog!.sets) {
      const count = drawableCount(set.questions.map((q) => q.id), set.rules);
      if (set.category === 'all') expect(count).toBeGreaterThanOrEqual(36);
      else expect(count, set.id).toBe(set.questions.length);
    }
  });

  it('accepts the reasonable forms a reader types for the typed questions', () => {
    const forms: Record<string, string[]> = {
      'who-summit-partner': ['Mr Putin', 'Mr. Putin', 'President Putin', 'Putin', 'Pres. Putin'],
      'where-khasan-station': ['Khasan, Russia', 'Khasan in Russia', 'at Khasan station', 'Khasan station in Russia'],
      'where-vostochny-name': [
        'Vostochny Space Centre',
        'Vostochny space center',
        'the Vostochny Cosmodrome',
        'Russia’s Vostochny',
      ],
      'when-arrival-day': ['on Tuesday', 'Tue'],
    };
    for (const [id, typed] of Object.entries(forms)) {
      const question = result.catalog!.questions.get(id)!;
      for (const text of typed) expect(gradeResponse(question, { type: 'typed', text }).score, `${id}: ${text}`).toBe(1);
    }
  });

  // 52 until issue 15 retired three that anyone could answer or every other prompt gave away (decision 025).
  it('has at least 49 distinct questions', () => {
    expect(result.catalog!.questions.size).toBeGreaterThanOrEqual(49);
  });

  it('has enough questions in each category, and a review set', () => {
    const counts = new Map<string, number>();
    for (const set of result.catalog!.sets) {
      counts.set(set.category, (counts.get(set.category) ?? 0) + new Set(set.questions.map((q) => q.id)).size);
    }
    expect(counts.get('who')).toBeGreaterThanOrEqual(12);
    expect(counts.get('where')).toBeGreaterThanOrEqual(11);
    expect(counts.get('when')).toBeGreaterThanOrEqual(9);
    expect(counts.get('what-why')).toBeGreaterThanOrEqual(12);
    expect(counts.get('review')).toBeGreaterThanOrEqual(1);
    // Sets come in the fixed category order.
    expect(result.catalog!.sets.map((s) => s.category)).toEqual([...SET_CATEGORIES, 'all']);
  });

  it('authors every question id exactly once across all set files', () => {
    const ids: string[] = [];
    for (const file of files.sets) {
      const doc = YAML.parse(file.text) as { questions: Array<{ id?: string; ref?: string }> };
      for (const item of doc.questions) if (item.id) ids.push(item.id);
    }
    expect(ids.length).toBe(result.catalog!.questions.size);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no question twice within a set', () => {
    for (const set of result.catalog!.sets) {
      const ids = set.questions.map((q) => q.id);
      expect(new Set(ids).size, set.id).toBe(ids.length);
    }
  });

  it('maps every citation to at least one existing sentence of its article', () => {
    const articles = new Map(result.catalog!.articles.map((a) => [a.id, a]));
    for (const question of result.catalog!.questions.values()) {
      const article = articles.get(question.articleId)!;
      const quotes = typeof question.evidence === 'string' ? [question.evidence] : question.evidence;
      expect(quotes, `${question.id}: the app's own questions all have evidence`).toBeDefined();
      expect(question.citations, question.id).toHaveLength(quotes!.length);
      for (const citation of question.citations) {
        expect(citation.sentences.length, question.id).toBeGreaterThanOrEqual(1);
        for (const n of citation.sentences) {
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(article.sentences.length);
        }
      }
    }
  });

  it('uses every question type', () => {
    const types = new Set([...result.catalog!.questions.values()].map((q) => q.type));
    expect([...types].sort()).toEqual(['multiple', 'ordering', 'single', 'truefalse', 'typed']);
  });
});
