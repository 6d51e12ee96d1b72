import { z } from 'zod';
import { CORRECTIONS } from './settings';

/**
 * What a student's browser receives, as strict schemas: the server parses every student response
 * through them before sending, so a field that is not listed here (an answer key, accepted
 * spellings, an explanation, evidence) cannot leave the server before the attempt is submitted,
 * whatever the code that built the object put in it. Corrections exist only in a submitted
 * attempt's result, and only when the teacher's policy shows them.
 */

/** An answer as the server accepts it: the quiz's response shapes, with size limits. */
const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choice: z.string().max(500) }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(z.string().max(500)).max(20) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('typed'), text: z.string().max(500) }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(z.string().max(500)).max(20) }),
]);

const publicQuestionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: z.string(),
    type: z.enum(['single', 'multiple', 'truefalse']),
    prompt: z.string(),
    options: z.array(z.string()),
  }),
  z.strictObject({ id: z.string(), type: z.literal('typed'), prompt: z.string() }),
  z.strictObject({ id: z.string(), type: z.literal('ordering'), prompt: z.string(), items: z.array(z.string()) }),
]);

export const assignmentInfoSchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  questionCount: z.int(),
  timeLimitSeconds: z.int().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  state: z.enum(['not-open', 'open', 'closed']),
  attemptsAllowed: z.int(),
  corrections: z.enum(CORRECTIONS),
});
export type AssignmentInfo = z.infer<typeof assignmentInfoSchema>;

const correctionSchema = z.strictObject({
  questionId: z.string(),
  prompt: z.string(),
  given: z.array(z.string()),
  verdict: z.enum(['correct', 'partial', 'incorrect']),
  score: z.number(),
  correct: z.array(z.string()),
  explanation: z.string(),
  articleId: z.string(),
  evidence: z.array(z.string()),
  sentence: z.int().nullable(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const attemptResultSchema = z.strictObject({
  score: z.number(),
  maxScore: z.int(),
  submittedAt: z.string(),
  submittedBy: z.enum(['student', 'deadline', 'teacher']),
  /** Null when the teacher's policy hides them (for now or for good). */
  corrections: z.array(correctionSchema).nullable(),
  correctionsNote: z.string().nullable(),
});
export type AttemptResult = z.infer<typeof attemptResultSchema>;

export const studentAttemptSchema = z.strictObject({
  id: z.string(),
  number: z.int(),
  displayName: z.string(),
  questions: z.array(publicQuestionSchema),
  answers: z.record(z.string(), z.strictObject({ revision: z.int(), response: responseSchema.nullable() })),
  startedAt: z.string(),
  deadline: z.string().nullable(),
  /** The server's clock when this was sent: the browser counts down from it, not from its own clock. */
  serverNow: z.string(),
  result: attemptResultSchema.nullable(),
  /** Whether this student may start another attempt after this one. */
  canRetry: z.boolean(),
});
export type StudentAttempt = z.infer<typeof studentAttemptSchema>;

export const studentViewSchema = z.strictObject({
  assignment: assignmentInfoSchema,
  attempt: studentAttemptSchema.nullable(),
});
export type StudentView = z.infer<typeof studentViewSchema>;

/** A student's save of one answer: the idempotency key is (attempt, question, revision). */
export const saveAnswerSchema = z.strictObject({
  questionId: z.string().min(1).max(120),
  revision: z.int().min(1).max(1_000_000),
  response: responseSchema.nullable(),
});
export type SaveAnswer = z.infer<typeof saveAnswerSchema>;
