import { describe, expect, it } from 'vitest';
import type { OrderingQuestion, Question, SingleQuestion, TypedQuestion } from '@/lib/content/schema';
import type { QuizResponse } from './response';
import { finishSession, scoreResponses } from './scoring';
import {
  advance,
  canFinish,
  checkCurrent,
  currentQuestionId,
  IDLE_CAP_MS,
  isLastQuestion,
  missedQuestionIds,
  responseFitsQuestion,
  setResponse,
  startSession,
  reconcileSession,
  goBack,
  goTo,
  openReview,
  toggleFlag,
  unansweredIds,
  answeredCount,
  primaryStep,
  primaryLabel,
  stepNeedsAnswer,
  type QuizMode,
  type QuizSession,
} from './session';

const common = { prompt: 'P?', explanation: 'E.', evidence: 'Q' };
const q1: SingleQuestion = { ...common, id: 'q1', type: 'single', options: ['A', 'B', 'C', 'D'], answer: 'A' };
const q2: TypedQuestion = { ...common, id: 'q2', type: 'typed', answer: 'Khasan' };
const q3: OrderingQuestion = { ...common, id: 'q3', type: 'ordering', answer: ['x', 'y', 'z'] };
const QUESTIONS = new Map<string, Question>([q1, q2, q3].map((q) => [q.id, q]));
const IDS = ['q1', 'q2', 'q3'];

const RIGHT: Record<string, QuizResponse> = {
  q1: { type: 'single', choice: 'A' },
  q2: { type: 'typed', text: 'khasan' },
  q3: { type: 'ordering', order: ['x', 'y', 'z'] },
};

function start(mode: QuizMode, now = 0): QuizSession {
  return startSession({ id: 'attempt-1', setId: 'set', mode, questionIds: IDS, shuffle: false, seed: 's', now });
}

describe('startSession', () => {
  it('starts at the first question with no answers and no time spent', () => {
    const session = start('practice', 1000);
    expect(session).toMatchObject({
      id: 'attempt-1',
      setId: 'set',
      mode: 'practice',
      questionIds: IDS,
      index: 0,
      answers: {},
      startedAt: 1000,
      lastActiveAt: 1000,
      activeMs: 0,
      retryOf: null,
    });
    expect(currentQuestionId(session)).toBe('q1');
    expect(isLastQuestion(session)).toBe(false);
  });

  it('plans questions from count, shuffle and seed, and records a retry', () => {
    const session = startSession({
      id: 'r',
      setId: 'set',
      mode: 'test',
      questionIds: ['a', 'b', 'c', 'd', 'e'],
      count: 2,
      shuffle: true,
      seed: 'seed',
      now: 0,
      retryOf: 'attempt-0',
    });
    expect(session.questionIds).toHaveLength(2);
    expect(session.retryOf).toBe('attempt-0');
  });
});

describe('practice mode', () => {
  it('records, checks, then advances', () => {
    let session = start('practice');
    session = setResponse(session, { type: 'single', choice: 'B' }, 10);
    expect(session.answers.q1).toEqual({ response: { type: 'single', choice: 'B' }, checked: false });
    // The answer can still change before it is checked.
    session = setResponse(session, RIGHT.q1!, 20);
    expect(session.answers.q1).toEqual({ response: RIGHT.q1, checked: false });

    session = checkCurrent(session, 30);
    expect(session.answers.q1!.checked).toBe(true);

    session = advance(session, 40);
    expect(session.index).toBe(1);
    expect(currentQuestionId(session)).toBe('q2');
  });

  it('cannot advance without an answer or before checking it', () => {
    const fresh = start('practice');
    expect(advance(fresh, 5)).toBe(fresh);
    const answered = setResponse(fresh, RIGHT.q1!, 10);
    expect(advance(answered, 20)).toBe(answered);
    expect(answered.index).toBe(0);
  });

  it('does not check an empty answer', () => {
    let session = advance(checkCurrent(setResponse(start('practice'), RIGHT.q1!, 1), 2), 3);
    session = setResponse(session, { type: 'typed', text: '   ' }, 4);
    expect(checkCurrent(session, 5)).toBe(session);
  });

  it('locks a checked answer', () => {
    const checked = checkCurrent(setResponse(start('practice'), { type: 'single', choice: 'B' }, 1), 2);
    const changed = setResponse(checked, RIGHT.q1!, 3);
    expect(changed).toBe(checked);
    expect(changed.answers.q1!.response).toEqual({ type: 'single', choice: 'B' });
    expect(checkCurrent(checked, 4)).toBe(checked);
  });

  it('does not advance past the last question; can finish only when every answer is checked', () => {
    let session = start('practice');
    for (const id of IDS) {
      expect(canFinish(session)).toBe(false);
      session = setResponse(session, RIGHT[id]!, 1);
      session = checkCurrent(session, 2);
      session = advance(session, 3);
    }
    expect(session.index).toBe(2);
    expect(isLastQuestion(session)).toBe(true);
    expect(advance(session, 4)).toBe(session);
    expect(canFinish(session)).toBe(true);
  });

  it('cannot finish with the last answer unchecked', () => {
    let session = start('practice');
    for (const id of IDS.slice(0, 2)) session = advance(checkCurrent(setResponse(session, RIGHT[id]!, 1), 1), 1);
    session = setResponse(session, RIGHT.q3!, 1);
    expect(canFinish(session)).toBe(false);
  });
});

describe('test mode', () => {
  it('moves on without checking, and answers stay open to change until the end', () => {
    let session = start('test');
    session = setResponse(session, { type: 'single', choice: 'B' }, 10);
    session = advance(session, 20);
    expect(session.index).toBe(1);
    session = goBack(session, 30);
    expect(session.index).toBe(0);
    session = setResponse(session, RIGHT.q1!, 40);
    expect(session.answers.q1).toEqual({ response: RIGHT.q1, checked: false });
  });

  it('moves on from an unanswered question (it counts as unanswered)', () => {
    const session = advance(start('test'), 2);
    expect(session.index).toBe(1);
    expect(unansweredIds(session)).toEqual(IDS);
    expect(answeredCount(setResponse(session, RIGHT.q2!, 3))).toBe(1);
  });

  it('goes from the last question to the review, and from the review to any question', () => {
    let session = start('test');
    session = advance(advance(session, 1), 2);
    expect(primaryStep(session)).toBe('review');
    expect(primaryLabel(primaryStep(session), 'test')).toBe('Review answers');
    session = advance(session, 3);
    expect(session.reviewing).toBe(true);
    expect(primaryStep(session)).toBe('finish');
    expect(primaryLabel('finish', 'test')).toBe('Finish test');
    expect(setResponse(session, RIGHT.q3!, 4)).toBe(session); // no question on screen
    session = goTo(session, 1, 5);
    expect(session).toMatchObject({ index: 1, reviewing: false });
    expect(goTo(session, 7, 6)).toBe(session);
    session = openReview(session, 7);
    expect(session.reviewing).toBe(true);
    expect(goBack(session, 8)).toMatchObject({ reviewing: false, index: 1 });
  });

  it('flags and unflags questions', () => {
    let session = toggleFlag(start('test'), 'q2', 1);
    session = toggleFlag(session, 'q3', 2);
    expect(session.flagged).toEqual(['q2', 'q3']);
    session = toggleFlag(session, 'q2', 3);
    expect(session.flagged).toEqual(['q3']);
    expect(toggleFlag(session, 'not-in-quiz', 4)).toBe(session);
  });

  it('can finish only from the review, with or without every answer', () => {
    let session = start('test');
    expect(canFinish(session)).toBe(false);
    session = openReview(session, 1);
    expect(canFinish(session)).toBe(true);
  });

  it('has no check step, and practice-only moves do nothing', () => {
    const session = setResponse(start('test'), RIGHT.q1!, 1);
    expect(checkCurrent(session, 2)).toBe(session);
    expect(goBack(start('practice'), 1)).toEqual(start('practice'));
    expect(goTo(start('practice'), 1, 1)).toEqual(start('practice'));
  });
});

describe('the main button', () => {
  it('in Practice mode checks, then moves on, then finishes', () => {
    let session = start('practice');
    expect(primaryStep(session)).toBe('check');
    expect(stepNeedsAnswer('check')).toBe(true);
    session = checkCurrent(setResponse(session, RIGHT.q1!, 1), 2);
    expect(primaryStep(session)).toBe('next');
    expect(stepNeedsAnswer('next')).toBe(false);
    session = advance(checkCurrent(setResponse(advance(session, 3), RIGHT.q2!, 4), 5), 6);
    session = checkCurrent(setResponse(session, RIGHT.q3!, 7), 8);
    expect(primaryStep(session)).toBe('finish');
    expect(primaryLabel('finish', 'practice')).toBe('See results');
  });
});

describe('finishSession', () => {
  it('scores every question and records the attempt', () => {
    let session = start('test', 1_000);
    session = advance(setResponse(session, RIGHT.q1!, 2_000), 3_000);
    session = advance(setResponse(session, { type: 'typed', text: 'Vladivostok' }, 4_000), 5_000);
    session = setResponse(session, { type: 'ordering', order: ['x', 'z', 'y'] }, 6_000);
    const record = finishSession(session, QUESTIONS, 7_000);
    expect(record).toEqual({
      id: 'attempt-1',
      setId: 'set',
      mode: 'test',
      questionIds: IDS,
      responses: {
        q1: RIGHT.q1,
        q2: { type: 'typed', text: 'Vladivostok' },
        q3: { type: 'ordering', order: ['x', 'z', 'y'] },
      },
      scores: { q1: 1, q2: 0, q3: 2 / 3 },
      points: 1 + 2 / 3,
      total: 3,
      percent: 56,
      startedAt: 1_000,
      finishedAt: 7_000,
      durationMs: 6_000,
      retryOf: null,
      setSize: 3,
    });
    expect(missedQuestionIds(record)).toEqual(['q2', 'q3']);
  });

  it('caps every idle gap at IDLE_CAP_MS, including the one before finishing', () => {
    const hour = 60 * 60 * 1000;
    let session = start('practice', 0);
    session = setResponse(session, RIGHT.q1!, 10_000); // 10 s
    session = checkCurrent(session, 10_000 + hour); // capped
    session = advance(session, 20_000 + hour); // 10 s
    expect(session.activeMs).toBe(10_000 + IDLE_CAP_MS + 10_000);
    const record = finishSession(session, QUESTIONS, 20_000 + 3 * hour); // capped
    expect(record.durationMs).toBe(20_000 + 2 * IDLE_CAP_MS);
    expect(record.finishedAt - record.startedAt).toBe(20_000 + 3 * hour);
  });

  it('does not count time backwards when the clock goes back', () => {
    const session = setResponse(start('test', 5_000), RIGHT.q1!, 4_000);
    expect(session.activeMs).toBe(0);
  });

  it('scores unanswered questions and questions missing from the content 0', () => {
    let session = start('test');
    session = setResponse(session, RIGHT.q1!, 1);
    const withoutQ1 = new Map(QUESTIONS);
    withoutQ1.delete('q1');
    const record = finishSession(session, withoutQ1, 2);
    expect(record.scores).toEqual({ q1: 0, q2: 0, q3: 0 });
    expect(record.responses).toEqual({ q1: RIGHT.q1 });
    expect(record.percent).toBe(0);
    expect(missedQuestionIds(record)).toEqual(IDS);
  });
});

describe('scoreResponses', () => {
  it('adds up scores and rounds the percentage', () => {
    const scored = scoreResponses(IDS, RIGHT, QUESTIONS);
    expect(scored.points).toBe(3);
    expect(scored.percent).toBe(100);
    expect(scored.items.map((i) => i.grade.verdict)).toEqual(['correct', 'correct', 'correct']);
    expect(scoreResponses(['q1', 'q2'], { q1: RIGHT.q1! }, QUESTIONS).percent).toBe(50);
    expect(scoreResponses([], {}, QUESTIONS)).toMatchObject({ points: 0, total: 0, percent: 0 });
  });
});

describe('missedQuestionIds', () => {
  it('lists questions below full marks in the order asked', () => {
    expect(missedQuestionIds({ questionIds: ['c', 'a', 'b', 'd'], scores: { a: 1, b: 0.5, c: 0 } })).toEqual([
      'c',
      'b',
      'd',
    ]);
  });
});

describe('responses and sessions against changed content', () => {
  const single = {
    id: 'q-single',
    type: 'single',
    prompt: 'Which?',
    options: ['a', 'b', 'c', 'd'],
    answer: 'a',
    explanation: 'Because.',
    evidence: 'x',
  } as const satisfies Question;
  const ordering = {
    id: 'q-order',
    type: 'ordering',
    prompt: 'Order',
    answer: ['one', 'two', 'three'],
    explanation: 'Because.',
    evidence: 'x',
  } as const satisfies Question;

  it('a response fits only a question of its type with the same options or items', () => {
    expect(responseFitsQuestion(single, { type: 'single', choice: 'b' })).toBe(true);
    expect(responseFitsQuestion(single, { type: 'single', choice: 'gone' })).toBe(false);
    expect(responseFitsQuestion(single, { type: 'typed', text: 'a' })).toBe(false);
    expect(responseFitsQuestion(ordering, { type: 'ordering', order: ['three', 'one', 'two'] })).toBe(true);
    expect(responseFitsQuestion(ordering, { type: 'ordering', order: ['three', 'one'] })).toBe(false);
    expect(responseFitsQuestion(ordering, { type: 'ordering', order: ['three', 'one', 'four'] })).toBe(false);
  });

  const questions = new Map<string, Question>([
    [single.id, single],
    [ordering.id, ordering],
  ]);
  const base = () =>
    startSession({
      id: 's',
      setId: 'set',
      mode: 'test',
      questionIds: [single.id, ordering.id],
      shuffle: false,
      seed: 'seed',
      now: 0,
    });

  it('a session that still fits the content is returned as it is', () => {
    const session = setResponse(base(), { type: 'single', choice: 'b' }, 1);
    expect(reconcileSession(session, questions)).toEqual({ session, removedQuestions: 0, clearedAnswers: 0 });
  });

  it('an answer to a reworded question is cleared; the others are kept', () => {
    let session = setResponse(base(), { type: 'single', choice: 'b' }, 1);
    session = setResponse(advance(session, 2), { type: 'ordering', order: ['two', 'one', 'three'] }, 3);
    const changed = new Map(questions).set(single.id, { ...single, options: ['a', 'c', 'd', 'e'] });
    const result = reconcileSession(session, changed);
    expect(result.clearedAnswers).toBe(1);
    expect(Object.keys(result.session!.answers)).toEqual([ordering.id]);
    expect(result.session!.index).toBe(1);
  });

  it('a removed question leaves the quiz, and the learner stays on the question they were on', () => {
    let session = toggleFlag(setResponse(base(), { type: 'single', choice: 'b' }, 1), single.id, 2);
    session = advance(session, 3); // on the ordering question
    const removed = new Map(questions);
    removed.delete(single.id);
    const result = reconcileSession(session, removed);
    expect(result.removedQuestions).toBe(1);
    expect(result.session).toMatchObject({ questionIds: [ordering.id], index: 0, answers: {}, flagged: [] });
  });

  it('a quiz none of whose questions is left is closed', () => {
    expect(reconcileSession(base(), new Map()).session).toBeNull();
  });
});
