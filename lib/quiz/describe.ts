import type { Question, QuestionType } from '@/lib/content/schema';
import type { QuizResponse } from './response';

/** Words for questions and answers, used by the quiz, the results and the set overview. */

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Single choice',
  multiple: 'Select all that apply',
  truefalse: 'True or false',
  typed: 'Type the answer',
  ordering: 'Put in order',
};

export const QUESTION_TYPE_HINTS: Record<QuestionType, string> = {
  single: 'Choose one answer.',
  multiple: 'Select every option that is right, then check.',
  truefalse: 'Is this true or false, according to the article?',
  typed: 'Type your answer.',
  ordering: 'Put these in order, first at the top.',
};

/** The right answer as lines of text (one line, or one per item for lists). */
export function correctAnswerLines(question: Question): string[] {
  switch (question.type) {
    case 'single':
    case 'typed':
      return [question.answer];
    case 'multiple':
    case 'ordering':
      return question.answer.slice();
    case 'truefalse':
      return [question.answer ? 'True' : 'False'];
  }
}

/** What the learner answered, as lines of text; empty when there is no answer. */
export function responseLines(response: QuizResponse | undefined): string[] {
  if (!response) return [];
  switch (response.type) {
    case 'single':
      return response.choice ? [response.choice] : [];
    case 'multiple':
      return response.choices.slice();
    case 'truefalse':
      return [response.value ? 'True' : 'False'];
    case 'typed':
      return response.text.trim() ? [response.text.trim()] : [];
    case 'ordering':
      return response.order.slice();
  }
}
