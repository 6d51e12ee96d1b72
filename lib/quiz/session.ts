import type { Question } from '@/lib/content/schema';
import { isAnswerable } from './answerable';
import type { AttemptRecord, QuizMode, QuizProgress, QuizSession } from './records';
import type { QuizResponse } from './response';
import { applyRules, NO_RULES, type DrawRules } from './draw';
import { scrambledOrder, seededShuffle } from './shuffle';

/**
 * An attempt at a question set, as plain data, and the pure transitions between its states.
 * The zustand store (stores/study-store.ts) keeps these objects and calls these functions; it adds
 * nothing to the rules.
 *
 * Practice mode: answer, check (feedback shows, the answer locks), next. Test mode: answer in any
 * order, go back, skip, flag; a review list before finishing; nothing is graded until the end
 * (docs/decisions/006-quiz-flow-choices.md).
 */

export type { AnswerState, AttemptRecord, QuizMode, QuizProgress, QuizSession } from './records';

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
  /** Questions in the whole set (the pool may be smaller: a retry, or some parts of a combined set). */
  setSize?: number;
  /** Which questions are kept apart, and which asked first, so none answers another (the set's rules). */
  rules?: DrawRules;
};

/** Which questions an attempt asks, in which order. */
export function planQuestionIds(
  ids: readonly string[],
  options: { count?: number; shuffle: boolean; seed: string; rules?: DrawRules },
): string[] {
  const ordered = options.shuffle ? seededShuffle(ids, `${options.seed}:questions`) : ids.slice();
  const count = options.count === undefined ? ordered.length : Math.max(1, Math.min(options.count, ordered.length));
  return applyRules(ordered, count, options.rules ?? NO_RULES);
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
    setSize: options.setSize ?? options.questionIds.length,
    flagged: [],
    reviewing: false,
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

export function currentQuestionId(session: QuizProgress): string | undefined {
  return session.questionIds[session.index];
}

export function isLastQuestion(session: QuizProgress): boolean {
  return session.index >= session.questionIds.length - 1;
}

function touch(session: QuizSession, now: number): Pick<QuizSession, 'activeMs' | 'lastActiveAt'> {
  return { activeMs: activeTimeAt(session, now), lastActiveAt: now };
}

/** Time spent answering up to `now`: idle gaps count as IDLE_CAP_MS at most. */
export function activeTimeAt(session: Pick<QuizSession, 'activeMs' | 'lastActiveAt'>, now: number): number {
  const gap = Math.max(0, now - session.lastActiveAt);
  return session.activeMs + Math.min(gap, IDLE_CAP_MS);
}

/** Whether the answer to a question can still change: always in Test mode, until checked in Practice mode. */
export function isLocked(session: QuizProgress, questionId: string): boolean {
  return session.mode === 'practice' && (session.answers[questionId]?.checked ?? false);
}

/** Records the learner's answer to the question on screen (not in Practice mode once it is checked). */
export function setResponse(session: QuizSession, response: QuizResponse, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id || session.reviewing || isLocked(session, id)) return session;
  return { ...session, ...touch(session, now), answers: { ...session.answers, [id]: { response, checked: false } } };
}

/** Practice mode: locks the current answer so its feedback shows. */
export function checkCurrent(session: QuizSession, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id || session.mode !== 'practice') return session;
  const answer = session.answers[id];
  if (!answer || answer.checked || !isAnswerable(answer.response)) return session;
  return { ...session, ...touch(session, now), answers: { ...session.answers, [id]: { ...answer, checked: true } } };
}

/**
 * Moves on. Practice mode: to the next question, once the current answer is checked. Test mode:
 * to the next question whether or not this one is answered, and from the last one to the review.
 * Returns the session unchanged when it cannot move.
 */
export function advance(session: QuizSession, now: number): QuizSession {
  const id = currentQuestionId(session);
  if (!id || session.reviewing) return session;
  if (session.mode === 'test') {
    if (isLastQuestion(session)) return { ...session, ...touch(session, now), reviewing: true };
    return { ...session, ...touch(session, now), index: session.index + 1 };
  }
  if (isLastQuestion(session) || !session.answers[id]?.checked) return session;
  return { ...session, ...touch(session, now), index: session.index + 1 };
}

/** Test mode: back to the previous question (or from the review to the last question). */
export function goBack(session: QuizSession, now: number): QuizSession {
  if (session.mode !== 'test') return session;
  if (session.reviewing) return { ...session, ...touch(session, now), reviewing: false };
  if (session.index === 0) return session;
  return { ...session, ...touch(session, now), index: session.index - 1 };
}

/** Test mode: straight to any question, from the review list. */
export function goTo(session: QuizSession, index: number, now: number): QuizSession {
  if (session.mode !== 'test' || !Number.isInteger(index) || index < 0 || index >= session.questionIds.length) {
    return session;
  }
  return { ...session, ...touch(session, now), index, reviewing: false };
}

/** Test mode: to the review list before finishing. */
export function openReview(session: QuizSession, now: number): QuizSession {
  if (session.mode !== 'test' || session.reviewing) return session;
  return { ...session, ...touch(session, now), reviewing: true };
}

/** Marks (or unmarks) a question to come back to. */
export function toggleFlag(session: QuizSession, questionId: string, now: number): QuizSession {
  if (!session.questionIds.includes(questionId)) return session;
  const flagged = session.flagged.includes(questionId)
    ? session.flagged.filter((id) => id !== questionId)
    : [...session.flagged, questionId];
  return { ...session, ...touch(session, now), flagged };
}

export function isAnswered(session: QuizProgress, questionId: string): boolean {
  return isAnswerable(session.answers[questionId]?.response);
}

/** Questions with no answer yet, in the order asked. */
export function unansweredIds(session: QuizProgress): string[] {
  return session.questionIds.filter((id) => !isAnswered(session, id));
}

/** Progress as the learner sees it: checked answers in Practice mode, given answers in Test mode. */
export function answeredCount(session: QuizProgress): number {
  return session.questionIds.filter((id) =>
    session.mode === 'practice' ? (session.answers[id]?.checked ?? false) : isAnswered(session, id),
  ).length;
}

/**
 * Whether the attempt can be finished now. Practice mode: every question checked. Test mode: from
 * the review list, even with unanswered questions (which score 0; the page asks first).
 */
export function canFinish(session: QuizSession): boolean {
  if (session.mode === 'test') return session.reviewing;
  return session.questionIds.every((id) => session.answers[id]?.checked ?? false);
}

/** What the main button does now. */
export type PrimaryStep = 'check' | 'next' | 'review' | 'finish';

export function primaryStep(session: QuizProgress): PrimaryStep {
  if (session.mode === 'test') {
    if (session.reviewing) return 'finish';
    return isLastQuestion(session) ? 'review' : 'next';
  }
  const id = currentQuestionId(session);
  if (!id || !session.answers[id]?.checked) return 'check';
  return isLastQuestion(session) ? 'finish' : 'next';
}

/** Whether the step needs an answer on screen first ("Choose an answer first"). */
export function stepNeedsAnswer(step: PrimaryStep): boolean {
  return step === 'check';
}

export function primaryLabel(step: PrimaryStep, mode: QuizMode): string {
  switch (step) {
    case 'check':
      return 'Check answer';
    case 'next':
      return 'Next question';
    case 'review':
      return 'Review answers';
    case 'finish':
      return mode === 'practice' ? 'See results' : 'Finish test';
  }
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

export type Reconciled = {
  /** The session without what no longer exists, or null when none of its questions is left. */
  session: QuizSession | null;
  /** Questions that were removed from the set since the quiz started. */
  removedQuestions: number;
  /** Saved answers that no longer fit their (reworded) question and were cleared. */
  clearedAnswers: number;
};

/**
 * Fits a saved quiz to the content as it is now, keeping everything that still fits: a question
 * removed from the set leaves the quiz (and the learner stays on the question they were on), an
 * answer to a reworded question is cleared, every other answer is kept.
 */
export function reconcileSession(session: QuizSession, questions: ReadonlyMap<string, Question>): Reconciled {
  const kept = session.questionIds.filter((id) => questions.has(id));
  const removedQuestions = session.questionIds.length - kept.length;
  let clearedAnswers = 0;
  const answers: QuizSession['answers'] = {};
  for (const id of kept) {
    const answer = session.answers[id];
    if (!answer) continue;
    if (responseFitsQuestion(questions.get(id)!, answer.response)) answers[id] = answer;
    else clearedAnswers += 1;
  }
  if (removedQuestions === 0 && clearedAnswers === 0) return { session, removedQuestions, clearedAnswers };
  if (kept.length === 0) return { session: null, removedQuestions, clearedAnswers };
  // Stay on the question that was on screen, or the next one still there.
  const onScreen = session.questionIds.slice(session.index).find((id) => questions.has(id));
  const index = onScreen ? kept.indexOf(onScreen) : kept.length - 1;
  return {
    session: {
      ...session,
      questionIds: kept,
      index,
      answers,
      flagged: session.flagged.filter((id) => questions.has(id)),
    },
    removedQuestions,
    clearedAnswers,
  };
}
