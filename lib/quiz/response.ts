import { array, boolean, discriminatedUnion, literal, object, string, type infer as Infer } from 'zod/mini';

/**
 * What a learner gave as an answer, one shape per question type. Options are recorded by their
 * text, not their position, so a response survives shuffling. The same schema parses responses
 * loaded from the browser's storage and, later, responses posted to the server for grading.
 * zod/mini keeps this small enough to ship in the quiz page's client bundle.
 */
export const quizResponseSchema = discriminatedUnion('type', [
  object({ type: literal('single'), choice: string() }),
  object({ type: literal('multiple'), choices: array(string()) }),
  object({ type: literal('truefalse'), value: boolean() }),
  object({ type: literal('typed'), text: string() }),
  object({ type: literal('ordering'), order: array(string()) }),
]);

export type QuizResponse = Infer<typeof quizResponseSchema>;
