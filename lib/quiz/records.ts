import {
  enum as _enum,
  array,
  boolean,
  gte,
  int,
  lte,
  minLength,
  nonnegative,
  nullable,
  number,
  object,
  record,
  refine,
  string,
  type infer as Infer,
} from 'zod/mini';
import { quizResponseSchema } from './response';

/**
 * The data an attempt leaves behind: the attempt in progress and the finished record. These are
 * what the browser stores, so each is a schema: a saved value that no longer fits is dropped on
 * load instead of crashing the page. zod/mini keeps the client bundle small.
 */

export const quizModeSchema = _enum(['practice', 'test']);
export type QuizMode = Infer<typeof quizModeSchema>;

export const answerStateSchema = object({
  response: quizResponseSchema,
  /** Practice mode: checked, so locked and its feedback shown. Test mode: not used (answers stay open until the end). */
  checked: boolean(),
});
export type AnswerState = Infer<typeof answerStateSchema>;

const timestamp = number().check(nonnegative());

export const quizSessionSchema = object({
  id: string(),
  setId: string(),
  mode: quizModeSchema,
  seed: string(),
  shuffle: boolean(),
  questionIds: array(string()).check(minLength(1)),
  /** Position of the question on screen, 0-based. */
  index: number().check(int(), nonnegative()),
  answers: record(string(), answerStateSchema),
  startedAt: timestamp,
  lastActiveAt: timestamp,
  /** Time spent answering; long idle gaps are capped (see IDLE_CAP_MS). */
  activeMs: timestamp,
  /** The attempt whose missed questions this session retries, if any. */
  retryOf: nullable(string()),
  /** How many questions the set had when the quiz started: says whether this was the whole set or a draw. */
  setSize: nullable(number().check(int(), nonnegative())),
  /** Test mode: questions the learner marked to come back to. */
  flagged: array(string()),
  /** Test mode: on the review list before finishing. */
  reviewing: boolean(),
}).check(refine((session) => session.index < session.questionIds.length, 'index is past the last question'));
export type QuizSession = Infer<typeof quizSessionSchema>;

/**
 * What the quiz view needs to know about an attempt, wherever it is kept: the study store for
 * self-study, the server for an assignment.
 */
export type QuizProgress = Pick<
  QuizSession,
  'mode' | 'questionIds' | 'index' | 'answers' | 'flagged' | 'reviewing' | 'retryOf'
>;

export const attemptRecordSchema = object({
  id: string(),
  setId: string(),
  mode: quizModeSchema,
  questionIds: array(string()),
  responses: record(string(), quizResponseSchema),
  scores: record(string(), number().check(gte(0), lte(1))),
  points: number().check(nonnegative()),
  total: number().check(int(), nonnegative()),
  percent: number().check(gte(0), lte(100)),
  startedAt: timestamp,
  finishedAt: timestamp,
  durationMs: timestamp,
  retryOf: nullable(string()),
  /** Questions in the set when the attempt started (null for attempts saved before this was kept). */
  setSize: nullable(number().check(int(), nonnegative())),
});
export type AttemptRecord = Infer<typeof attemptRecordSchema>;

export const bestScoreSchema = object({
  attemptId: string(),
  percent: number().check(gte(0), lte(100)),
  points: number().check(nonnegative()),
  total: number().check(int(), nonnegative()),
  finishedAt: timestamp,
});
export type BestScore = Infer<typeof bestScoreSchema>;

export const setHistorySchema = object({
  /** Newest first. */
  attempts: array(attemptRecordSchema),
  best: nullable(bestScoreSchema),
});
export type SetHistory = Infer<typeof setHistorySchema>;
