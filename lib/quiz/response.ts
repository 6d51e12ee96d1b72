import * as z from 'zod/mini';

/**
 * What a learner gave as an answer, one shape per question type. Options are recorded by their
 * text, not their position, so a response survives shuffling. The same schema parses responses
 * loaded from the browser's storage and, later, responses posted to the server for grading.
 * zod/mini keeps this small enough to ship in the quiz page's client bundle.
 */
export const quizResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: z.string() }),
  z.object({ type: z.literal('multiple'), choices: z.array(z.string()) }),
  z.object({ type: z.literal('truefalse'), value: z.boolean() }),
  z.object({ type: z.literal('typed'), text: z.string() }),
  z.object({ type: z.literal('ordering'), order: z.array(z.string()) }),
]);

export type QuizResponse = z.infer<typeof quizResponseSchema>;
