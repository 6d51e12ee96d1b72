import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle, listSets } from '@/lib/content/catalog.server';
import type { AuthoringDraft } from '@/lib/drafts/authoring';
import { draftToQuestion } from '@/lib/drafts/question';
import { fromGift } from './gift';
import { ground, importedCategory, importedDrafts } from './grounding';
import { confirmGrounding, keptAfterRedraft, needsGrounding, regrounded, withoutEvidence } from './grounding-state';
import { portableOf, type PortableQuestion } from './portable';
import { detectFormat, readBank } from './read-bank';

const unique = [...new Map(listSets().flatMap((s) => s.questions.map((q) => [q.id, q]))).values()];
const article = getArticle(unique[0]!.articleId)!;
const sentences = article.sentences.map((s) => s.text);

describe('grounding imported questions', () => {
  it('finds the cited sentence of the shipped questions from their words alone, and is never sure and wrong', () => {
    // The quotes are taken away: the match must come from the prompt and the answer.
    const outcomes = unique.map((q) => {
      const found = ground({ ...portableOf(q), evidence: [] }, sentences);
      const cited = q.citations.flatMap((c) => c.sentences);
      return { right: found !== null && cited.includes(found.sentence), confidence: found?.grounding.confidence };
    });
    const right = outcomes.filter((o) => o.right).length;
    // Measured 44 of 49 (90 %) when written; high confidence 27 of 27.
    expect(right / outcomes.length).toBeGreaterThanOrEqual(0.85);
    const sure = outcomes.filter((o) => o.confidence === 'high');
    expect(sure.length).toBeGreaterThan(outcomes.length / 3);
    expect(sure.every((o) => o.right)).toBe(true);
  });

  it('a question that quotes the article (our own export read back) is grounded on that sentence', () => {
    for (const q of unique) {
      const found = ground(portableOf(q), sentences)!;
      expect(q.citations[0]!.sentences, q.id).toContain(found.sentence);
      expect(found.grounding.confidence).toBe('high');
    }
  });

  it('a question the article says nothing about has no match, and must be decided before it is accepted', () => {
    const report = fromGift('::Capital::What is the capital of Australia? {=Canberra ~Sydney ~Melbourne ~Perth}');
    const [draft] = importedDrafts(report, sentences, []);
    expect(draft!.sentence).toBe(0);
    expect(draft!.evidence).toBeUndefined();
    expect(needsGrounding(draft!)).toBe(true);
    const kept = withoutEvidence(draft!);
    expect(kept.grounding!.state).toBe('none');
    expect(needsGrounding(kept)).toBe(false);
    expect('evidence' in draftToQuestion(kept)).toBe(false);
    const picked = regrounded(draft!, 3, sentences);
    expect([picked.sentence, picked.evidence, picked.grounding!.state]).toEqual([3, sentences[2], 'confirmed']);
  });

  it('drafts keep their ids apart from those on the screen, and go to the set their question suggests', () => {
    const report = fromGift(
      [
        '::Leader::Who visited Russia? {=Kim Jong Un ~Xi Jinping ~Moon Jae-in ~Kim Yo Jong}',
        '::Leader::Who welcomed him? {=An honour guard ~A band}',
        'Kim Jong Un travelled by train. {T}',
      ].join('\n\n'),
    );
    const drafts = importedDrafts(report, sentences, ['leader']);
    expect(drafts.map((d) => d.id)).toEqual(['leader-2', 'leader-3', 'kim-jong-un-travelled-by-train']);
    expect(drafts.map((d) => d.category)).toEqual(['who', 'who', 'review']);
    expect(drafts[0]!.highlight).toBe('Kim Jong Un');
    const confirmed = confirmGrounding(drafts[0]!);
    expect(confirmed.grounding!.state).toBe('confirmed');
  });

  it('after the article text changes, a kept sentence is followed to its new number; a lost one is asked again', () => {
    const [draft] = importedDrafts(
      fromGift('::Train::How did Kim travel to Russia? {=By private train ~By plane ~By ship ~By car}'),
      sentences,
      [],
    ) as [AuthoringDraft];
    const moved = keptAfterRedraft(draft, ['A new first sentence.', ...sentences]);
    expect(moved.sentence).toBe(draft.sentence + 1);
    const lost = keptAfterRedraft(draft, ['Something else entirely.']);
    expect([lost.sentence, lost.evidence, needsGrounding(lost)]).toEqual([0, undefined, true]);
  });

  it('guesses the set from the question', () => {
    const q = (prompt: string, type: PortableQuestion['type'] = 'typed') =>
      importedCategory({
        type,
        prompt,
        answer: 'x',
        accept: [],
        reject: [],
        id: 'x',
        explanation: '',
        evidence: [],
      } as PortableQuestion);
    expect([q('Who met Putin?'), q('Where did he arrive?'), q('In what year was it?'), q('Why did he go?')]).toEqual([
      'who',
      'where',
      'when',
      'what-why',
    ]);
  });
});

describe('reading a bank of any format', () => {
  const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

  it('tells the formats apart from the file’s name and its first lines', () => {
    expect(detectFormat(fixture('gift-pegjs-format-php-examples.gift'))).toBe('gift');
    expect(detectFormat(fixture('moodle-nested-categories-with-questions.xml'))).toBe('moodle-xml');
    expect(detectFormat(fixture('moodle-aiken-questions.txt'))).toBe('aiken');
    expect(detectFormat('type,question,answer\nsingle,Who?,Kim')).toBe('csv');
    expect(detectFormat('anything', 'bank.csv')).toBe('csv');
    expect(detectFormat('Kim Jong Un\tNorth Korea’s leader\nPutin\tRussia’s president')).toBe('quizlet');
  });

  it('every format reads through one door, with the same report', () => {
    const report = readBank(fixture('moodle-aiken-questions.txt'), 'aiken');
    expect(report.questions.length).toBeGreaterThan(0);
    expect(readBank('Kim\tleader', 'quizlet').questions).toHaveLength(1);
  });
});
