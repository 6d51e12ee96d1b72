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

/** What the teacher's dashboard receives about the assignment: the student's view plus the teacher's settings. */
export const teacherAssignmentSchema = assignmentInfoSchema.extend({
  poolSize: z.int(),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  createdAt: z.string(),
  /** Closed to new students while those still answering finish. */
  finishing: z.boolean(),
});
export type TeacherAssignment = z.infer<typeof teacherAssignmentSchema>;

export const STUDENT_STATUSES = ['in-progress', 'submitted', 'timed-out', 'closed'] as const;

/** The teacher's live results: one row per attempt, item analysis per question, the score histogram. */
export const teacherResultsSchema = z.strictObject({
  assignment: teacherAssignmentSchema,
  students: z.array(
    z.strictObject({
      attemptId: z.string(),
      name: z.string(),
      number: z.int(),
      status: z.enum(STUDENT_STATUSES),
      answered: z.int(),
      asked: z.int(),
      score: z.number().nullable(),
      percent: z.int().nullable(),
      startedAt: z.string(),
      submittedAt: z.string().nullable(),
      deadline: z.string().nullable(),
      seconds: z.int().nullable(),
    }),
  ),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      prompt: z.string(),
      correct: z.array(z.string()),
      attempts: z.int(),
      facility: z.int().nullable(),
      discrimination: z.number().nullable(),
      wrongAnswers: z.array(z.strictObject({ answer: z.string(), count: z.int() })),
    }),
  ),
  histogram: z.array(z.strictObject({ from: z.int(), to: z.int(), count: z.int() })),
  serverNow: z.string(),
});
export type TeacherResults = z.infer<typeof teacherResultsSchema>;

/** One student's entry as the teacher opens it (GET /api/assignments/{id}/attempts/{attemptId}). */
export const teacherAttemptSchema = z.strictObject({
  attemptId: z.string(),
  name: z.string(),
  number: z.int(),
  submittedAt: z.string().nullable(),
  submittedBy: z.enum(['student', 'deadline', 'teacher']).nullable(),
  score: z.number().nullable(),
  maxScore: z.int(),
  /** Null while the student is still answering: answers are shown once submitted. */
  corrections: z.array(correctionSchema).nullable(),
});
export type TeacherAttempt = z.infer<typeof teacherAttemptSchema>;

/** What a teacher may do to an assignment's window (PATCH /api/assignments/{id}). */
export const windowActionSchema = z.discriminatedUnion('type', [
  // What happens to the attempts still running: submitted as they stand (the default), or left to finish.
  z.strictObject({ type: z.literal('close'), running: z.enum(['submit', 'finish']).default('submit') }),
  z.strictObject({ type: z.literal('reopen') }),
  z.strictObject({
    type: z.literal('extend'),
    minutes: z
      .int()
      .min(1)
      .max(7 * 24 * 60),
  }),
]);
export type WindowAction = z.output<typeof windowActionSchema>;

export const windowChangeSchema = z.strictObject({
  assignment: teacherAssignmentSchema,
  /** Running attempts the change concerned: submitted, left to finish, or given more time. */
  running: z.int(),
});
export type WindowChange = z.infer<typeof windowChangeSchema>;
