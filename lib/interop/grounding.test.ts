import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle, listSets } from '@/lib/content/catalog.server';
import type { AuthoringDraft } from '@/lib/drafts/authoring';
import { draftToQuestion } from '@/lib/drafts/question';
import { fromGift } from './gift';
import { ground, importedCategory, importedDrafts } from './grounding';
import {
  afterRedraft,
  confirmGrounding,
  keptAfterRedraft,
  needsGrounding,
  regrounded,
  withoutEvidence,
} from './grounding-state';
import { itemsFromDrafts, type AuthoringItem } from '@/lib/drafts/authoring';
import { draftQuestions } from '@/lib/drafts/generate';
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
    const confidences = unique.map((q) => {
      const found = ground(portableOf(q), sentences)!;
      expect(q.citations[0]!.sentences, q.id).toContain(found.sentence);
      return found.grounding.confidence;
    });
    // A quote that is most of one sentence is sure; a short one (found in several, or a phrase) is to check.
    expect(confidences.filter((c) => c === 'low')).toEqual([]);
    expect(confidences.filter((c) => c === 'high').length).toBeGreaterThan(unique.length / 2);
    const short = ground({ ...portableOf(unique[0]!), evidence: [{ quote: 'Kim', sentence: null }] }, sentences)!;
    expect(short.grounding.confidence).toBe('medium');
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

  it('drafting again sends an accepted question whose sentence is gone back to review, and renames clashing drafts', () => {
    const [draft] = importedDrafts(
      fromGift('::Train::How did Kim travel to Russia? {=By private train ~By plane ~By ship ~By car}'),
      sentences,
      [],
    ) as [AuthoringDraft];
    const accepted: AuthoringItem = {
      draft: confirmGrounding(draft),
      status: 'accepted',
      edited: false,
      setKey: 'when',
    };
    const changed = sentences.map((s, i) => (i === draft.sentence - 1 ? `${s} (updated)` : s));
    const engine = itemsFromDrafts(draftQuestions({ title: 'Kim', date: '2023-11-07', text: article.text }).drafts);
    // A bank exported from this app holds the engine's own ids.
    const clash: AuthoringItem = { ...accepted, draft: { ...accepted.draft, id: engine[0]!.draft.id } };
    const [kept, clashing, ...fresh] = afterRedraft([accepted, clash], changed, engine);
    expect([kept!.status, kept!.draft.sentence, kept!.draft.evidence]).toEqual(['pending', 0, undefined]);
    expect(needsGrounding(kept!.draft)).toBe(true);
    const ids = [kept, clashing, ...fresh].map((item) => item!.draft.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fresh[0]!.draft.id).toBe(`${engine[0]!.draft.id}-2`);
    // Unchanged text: it follows its sentence and stays accepted.
    const [same] = afterRedraft([accepted], sentences, []);
    expect([same!.status, same!.draft.sentence]).toEqual(['accepted', draft.sentence]);
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
    // Cells copied from a spreadsheet (tabs), a European Excel file (semicolons), a .tsv file.
    expect(detectFormat('type\tquestion\tanswer\nsingle\tWho?\tKim')).toBe('csv');
    expect(detectFormat('Question;Answer;Options\nWho?;Kim;Kim | Putin')).toBe('csv');
    expect(detectFormat('anything', 'bank.tsv')).toBe('csv');
    expect(readBank('type\tquestion\tanswer\ntyped\tWho visited Russia?\tKim Jong Un', 'csv').questions).toHaveLength(
      1,
    );
  });

  it('every format reads through one door, with the same report', () => {
    const report = readBank(fixture('moodle-aiken-questions.txt'), 'aiken');
    expect(report.questions.length).toBeGreaterThan(0);
    expect(readBank('Kim\tleader', 'quizlet').questions).toHaveLength(1);
  });
});
