import type { Question } from '@/lib/content/schema';
import { gradeResponse, isAnswerable, type Grade } from './grade';
import type { AttemptRecord, QuizMode, QuizSession } from './records';
import type { QuizResponse } from './response';
import { scrambledOrder, seededShuffle } from './shuffle';

/**
 * An attempt at a question set, as plain data, and the pure transitions between its states.
 * The zustand store (stores/study-store.ts) keeps these objects and calls these functions; it adds
 * nothing to the rules.
 */

export type { AnswerState, AttemptRecord, QuizMode, QuizSession } from './records';

export const IDLE_CAP_MS = 5 * 60 * 1000;

export type StartOptions = {
  id: string;
  setId: string;
  mode: QuizMode;
  /** Ids to draw from, in authored order. */
  questionIds: readonly string[];
  /** How many to ask; all when omitted or larger than the pool. */
  count?: number;
  shuffle: boolean;
  seed: string;
  now: number;
  retryOf?: string | null;
};

/** Which questions an attempt asks, in which order. */
export function planQuestionIds(
  ids: readonly string[],
  options: { count?: number; shuffle: boolean; seed: string },
): string[] {
  const ordered = options.shuffle ? seededShuffle(ids, `${options.seed}:questions`) : ids.slice();
  const count = options.count === undefined ? ordered.length : Math.max(1, Math.min(options.count, ordered.length));
  return ordered.slice(0, count);
}

export function startSession(options: StartOptions): QuizSession {
  return {
    id: options.id,
    setId: options.setId,
    mode: options.mode,
    seed: options.seed,
    shuffle: options.shuffle,
    questionIds: planQuestionIds(options.questionIds, options),
    index: 0,
    answers: {},
    startedAt: options.now,
    lastActiveAt: options.now,
    activeMs: 0,
    retryOf: options.retryOf ?? null,
  };
}

/** Options in the order this attempt shows them. Always shuffled: authors tend to list the answer first. */
export function displayedOptions(question: Question, seed: string): string[] {
  if (question.type === 'single' || question.type === 'multiple') {
    return seededShuffle(question.options, `${seed}:${question.id}`);
  }
  if (question.type === 'truefalse') return ['True', 'False'];
  return [];
}

/** The response a question starts with: ordering questions start scrambled, others start empty. */
export function initialResponse(question: Question, seed: string): QuizResponse | undefined {
  if (question.type === 'ordering') {
    return { type: 'ordering', order: scrambledOrder(question.answer, `${seed}:${question.id}`) };
  }
  return undefined;
}

export function currentQuestionId(session: QuizSession): string | undefined {
  return session.questionIds[session.index];
}

export function isLastQuestion(session: QuizSession): boolean {
  return session.index >= session.questionIds.length - 1;
}

function touch(session: QuizSession, now: number): Pick<QuizSession, 'activeMs' | 'lastActiveAt'> {
  const gap = Math.max(0, now - session.lastActiveAt);
  return { activeMs: session.activeMs + Math.min(gap, IDLE_CAP_MS), lastActiveAt: now };
}

/** Records the learner's current (not yet locked) answer to the question on screen. */
export function setResponse(session: QuizSession, response: QuizResponse, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id || session.answers[id]?.checked) return session;
  return { ...session, ...touch(session, now), answers: { ...session.answers, [id]: { response, checked: false } } };
}

/** Practice mode: locks the current answer so its feedback shows. */
export function checkCurrent(session: QuizSession, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id) return session;
  const answer = session.answers[id];
  if (!answer || answer.checked || !isAnswerable(answer.response)) return session;
  return { ...session, ...touch(session, now), answers: { ...session.answers, [id]: { ...answer, checked: true } } };
}

/**
 * Moves to the next question. In Practice mode the current answer must have been checked; in
 * Test mode moving on locks it in. Returns the session unchanged when it cannot move.
 */
export function advance(session: QuizSession, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id || isLastQuestion(session)) return session;
  const answer = session.answers[id];
  if (!answer || !isAnswerable(answer.response)) return session;
  if (session.mode === 'practice' && !answer.checked) return session;
  return {
    ...session,
    ...touch(session, now),
    index: session.index + 1,
    answers: { ...session.answers, [id]: { ...answer, checked: true } },
  };
}

/** Whether the attempt can be finished now: every question answered, and checked in Practice mode. */
export function canFinish(session: QuizSession): boolean {
  return session.questionIds.every((id) => {
    const answer = session.answers[id];
    if (!answer || !isAnswerable(answer.response)) return false;
    return session.mode === 'test' || answer.checked;
  });
}

export type ScoredQuestion = { questionId: string; response: QuizResponse | undefined; grade: Grade };

/** Grades every question of an attempt; a question that is missing from the content scores 0. */
export function scoreResponses(
  questionIds: readonly string[],
  responses: Readonly<Record<string, QuizResponse>>,
  questions: ReadonlyMap<string, Question>,
): { items: ScoredQuestion[]; points: number; total: number; percent: number } {
  const items = questionIds.map((questionId) => {
    const question = questions.get(questionId);
    const response = responses[questionId];
    const grade: Grade = question && response ? gradeResponse(question, response) : { score: 0, verdict: 'incorrect' };
    return { questionId, response, grade };
  });
  const points = items.reduce((sum, item) => sum + item.grade.score, 0);
  const total = questionIds.length;
  return { items, points, total, percent: total === 0 ? 0 : Math.round((points / total) * 100) };
}

/** Turns a finished session into the record kept in history. */
export function finishSession(
  session: QuizSession,
  questions: ReadonlyMap<string, Question>,
  now: number,
): AttemptRecord {
  const responses: Record<string, QuizResponse> = {};
  for (const id of session.questionIds) {
    const answer = session.answers[id];
    if (answer) responses[id] = answer.response;
  }
  const scored = scoreResponses(session.questionIds, responses, questions);
  const { activeMs } = touch(session, now);
  return {
    id: session.id,
    setId: session.setId,
    mode: session.mode,
    questionIds: session.questionIds.slice(),
    responses,
    scores: Object.fromEntries(scored.items.map((item) => [item.questionId, item.grade.score])),
    points: scored.points,
    total: scored.total,
    percent: scored.percent,
    startedAt: session.startedAt,
    finishedAt: now,
    durationMs: activeMs,
    retryOf: session.retryOf,
  };
}

/** Questions of an attempt that did not score full marks, in the order they were asked. */
export function missedQuestionIds(attempt: Pick<AttemptRecord, 'questionIds' | 'scores'>): string[] {
  return attempt.questionIds.filter((id) => (attempt.scores[id] ?? 0) < 1);
}

/**
 * Whether a saved response still fits its question: same type, chosen options still offered, the
 * same items to order. Content can change between a reload and the next visit; a response that no
 * longer fits would be graded against a question the learner never saw.
 */
export function responseFitsQuestion(question: Question, response: QuizResponse): boolean {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && question.options.includes(response.choice);
    case 'multiple':
      return response.type === 'multiple' && response.choices.every((choice) => question.options.includes(choice));
    case 'truefalse':
      return response.type === 'truefalse';
    case 'typed':
      return response.type === 'typed';
    case 'ordering':
      return (
        response.type === 'ordering' &&
        response.order.length === question.answer.length &&
        question.answer.every((item) => response.order.includes(item))
      );
  }
}

/** Whether a saved session can still be shown: every question exists and every answer still fits. */
export function sessionFitsContent(session: QuizSession, questions: ReadonlyMap<string, Question>): boolean {
  return session.questionIds.every((id) => {
    const question = questions.get(id);
    if (!question) return false;
    const answer = session.answers[id];
    return !answer || responseFitsQuestion(question, answer.response);
  });
}
