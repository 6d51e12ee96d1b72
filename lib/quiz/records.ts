import * as z from 'zod/mini';
import { quizResponseSchema } from './response';

/**
 * The data an attempt leaves behind: the attempt in progress and the finished record. These are
 * what the browser stores, so each is a schema: a saved value that no longer fits is dropped on
 * load instead of crashing the page. zod/mini keeps the client bundle small.
 */

export const quizModeSchema = z.enum(['practice', 'test']);
export type QuizMode = z.infer<typeof quizModeSchema>;

export const answerStateSchema = z.object({
  response: quizResponseSchema,
  /** Locked in: checked in Practice mode, or moved past in Test mode. */
  checked: z.boolean(),
});
export type AnswerState = z.infer<typeof answerStateSchema>;

const timestamp = z.number().check(z.nonnegative());

export const quizSessionSchema = z
  .object({
    id: z.string(),
    setId: z.string(),
    mode: quizModeSchema,
    seed: z.string(),
    shuffle: z.boolean(),
    questionIds: z.array(z.string()).check(z.minLength(1)),
    /** Position of the question on screen, 0-based. */
    index: z.number().check(z.int(), z.nonnegative()),
    answers: z.record(z.string(), answerStateSchema),
    startedAt: timestamp,
    lastActiveAt: timestamp,
    /** Time spent answering; long idle gaps are capped (see IDLE_CAP_MS). */
    activeMs: timestamp,
    /** The attempt whose missed questions this session retries, if any. */
    retryOf: z.nullable(z.string()),
  })
  .check(z.refine((session) => session.index < session.questionIds.length, 'index is past the last question'));
export type QuizSession = z.infer<typeof quizSessionSchema>;

export const attemptRecordSchema = z.object({
  id: z.string(),
  setId: z.string(),
  mode: quizModeSchema,
  questionIds: z.array(z.string()),
  responses: z.record(z.string(), quizResponseSchema),
  scores: z.record(z.string(), z.number().check(z.gte(0), z.lte(1))),
  points: z.number().check(z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  percent: z.number().check(z.gte(0), z.lte(100)),
  startedAt: timestamp,
  finishedAt: timestamp,
  durationMs: timestamp,
  retryOf: z.nullable(z.string()),
});
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;

export const bestScoreSchema = z.object({
  attemptId: z.string(),
  percent: z.number().check(z.gte(0), z.lte(100)),
  points: z.number().check(z.nonnegative()),
  total: z.number().check(z.int(), z.nonnegative()),
  finishedAt: timestamp,
});
export type BestScore = z.infer<typeof bestScoreSchema>;

export const setHistorySchema = z.object({
  /** Newest first. */
  attempts: z.array(attemptRecordSchema),
  best: z.nullable(bestScoreSchema),
});
export type SetHistory = z.infer<typeof setHistorySchema>;
