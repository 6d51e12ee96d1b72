import type { Question } from '@/lib/content/schema';
import type { Citation } from '@/lib/content/types';
import { TRUE_FALSE_OPTIONS } from './describe';
import type { Grade } from './grade';
import type { QuizResponse } from './response';
import { displayedOptions, initialResponse } from './session';

/**
 * A question as the quiz view shows it: the prompt and what to choose from, in the order this
 * attempt shows them, and nothing that gives the answer away (no answer, no accepted spellings, no
 * explanation, no evidence). The same view runs self-study, where the browser has the whole
 * question, and a teacher's assignment, where only the server does.
 */
export type PublicQuestion =
  | { id: string; type: 'single' | 'multiple' | 'truefalse'; prompt: string; options: string[] }
  | { id: string; type: 'typed'; prompt: string }
  | { id: string; type: 'ordering'; prompt: string; items: string[] };

/** The public form of a question for one attempt: options shuffled, items scrambled, from the seed. */
export function toPublicQuestion(question: Question, seed: string): PublicQuestion {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        options: displayedOptions(question, seed),
      };
    case 'truefalse':
      return { id: question.id, type: 'truefalse', prompt: question.prompt, options: [...TRUE_FALSE_OPTIONS] };
    case 'typed':
      return { id: question.id, type: 'typed', prompt: question.prompt };
    case 'ordering': {
      const start = initialResponse(question, seed);
      return {
        id: question.id,
        type: 'ordering',
        prompt: question.prompt,
        items: start?.type === 'ordering' ? start.order : question.answer.slice(),
      };
    }
  }
}

/** The response a public question starts with: its items as shown, for an ordering question. */
export function startingResponse(question: PublicQuestion): QuizResponse | undefined {
  return question.type === 'ordering' ? { type: 'ordering', order: question.items.slice() } : undefined;
}

/** What Practice mode shows after a check: the verdict, the right answer, why, and where it says so. */
export type QuizFeedback = {
  grade: Grade;
  correct: string[];
  explanation: string;
  evidence: { articleId: string; questionId: string; citations: Citation[] };
};

export type QuizGrader = (questionId: string, response: QuizResponse) => QuizFeedback | null;
