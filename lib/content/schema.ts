import { z } from 'zod';
import { QUESTION_TYPES, SET_CATEGORIES } from './categories';
import { SLUG_PATTERN } from './slug';

/**
 * The authored shape of articles and question sets (content/). Types elsewhere come from these
 * schemas with z.infer, so there is one declaration of each shape.
 */

export { SLUG_PATTERN };
export { QUESTION_TYPES, SET_CATEGORIES, type SetCategory } from './categories';

export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, 'must use lower-case letters, digits and single hyphens (like "who-welcomed-kim")');

const textSchema = z.string().trim().min(1, 'must not be empty');

export const questionTypeSchema = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const setCategorySchema = z.enum(SET_CATEGORIES);

/** One verbatim span of the article, or several. */
export const evidenceSchema = z.union([textSchema, z.array(textSchema).min(1, 'needs at least one quote')]);

/**
 * How a question reads as a flashcard, when its quiz prompt does not (it says "Select all that
 * apply", or "these" about options a card does not show). Without it, lib/srs/cards.ts derives one.
 */
export const cardTextSchema = z.strictObject({
  front: textSchema.max(200, 'must be at most 200 characters: a card front is a short cue'),
  back: textSchema.max(300, 'must be at most 300 characters: the explanation and evidence are shown below it'),
});

const questionBase = {
  id: slugSchema,
  prompt: textSchema,
  explanation: textSchema,
  /**
   * Required in the app's own content. A teacher's imported question may have none when no sentence
   * of the article supports it (the teacher chose to keep it so): it is flagged wherever "Show in
   * article" would be (checkContent's `evidenceOptional`).
   */
  evidence: evidenceSchema.optional(),
  card: cardTextSchema.optional(),
  /**
   * Questions that ask the same fact (a "who" and a true/false on one sentence) share a fact id: a
   * quiz asks at most one of them (lib/quiz/draw-rules.ts), so neither gives the other away.
   */
  fact: slugSchema.optional(),
  /**
   * Words besides the answer whose mention answers this question ("Kyodo" for "Which agency…"; the
   * claim a true/false makes): another question's prompt or options that say one are kept apart
   * from it, and feedback that says one comes after it (lib/quiz/draw-rules.ts).
   */
  cues: z.array(z.string().trim().min(3, 'a cue needs at least 3 letters').max(80)).max(8).optional(),
};

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(textSchema),
  answer: textSchema,
});

export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(textSchema),
  answer: z.array(textSchema).min(1, 'needs at least one correct option'),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: 'must be true or false' }),
});

export const typedQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('typed'),
  answer: textSchema,
  /** Other right answers: different wordings, not spellings (typos and case are forgiven anyway). */
  accept: z.array(textSchema).optional(),
  /** Near misses that are wrong ("Kim Jong Il"): never accepted, not even as a typo of a right answer. */
  reject: z.array(textSchema).optional(),
});

export const orderingQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('ordering'),
  /** The items in the order the article gives or implies. */
  answer: z
    .array(textSchema)
    .min(3, 'needs 3 to 5 items to put in order')
    .max(5, 'needs 3 to 5 items to put in order'),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  typedQuestionSchema,
  orderingQuestionSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type SingleQuestion = z.infer<typeof singleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof multipleQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
export type TypedQuestion = z.infer<typeof typedQuestionSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;

/** A question set may reuse a question authored in another set by id (the Review set does). */
export const questionRefSchema = z.strictObject({ ref: slugSchema });

export const setFileSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  category: setCategorySchema,
  article: slugSchema,
  description: textSchema,
  /** Items are checked one by one (see check.ts) so each problem can name its question. */
  questions: z.array(z.unknown()).min(1, 'needs at least one question'),
});

/** A calendar date written YYYY-MM-DD: an article's date (content/ and a teacher's own). */
export const isoDateSchema = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  // abort: a badly written date is not also reported as "not a real date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written as YYYY-MM-DD', abort: true })
  // Date.parse rolls 2023-02-30 over to March 2, so the parsed date must read back unchanged.
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'is not a real date');

export const articleFrontMatterSchema = z.strictObject({
  id: slugSchema,
  title: textSchema,
  date: isoDateSchema,
  source: textSchema.optional(),
});

/** content/retired.yaml: question ids removed from the sets, never to be reused. */
export const retiredFileSchema = z.strictObject({
  retired: z.array(z.strictObject({ id: slugSchema, why: textSchema })),
});
