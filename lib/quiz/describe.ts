import type { Question, QuestionType } from '@/lib/content/schema';
import type { Grade, Verdict } from './grade';
import type { QuizMode } from './records';
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

export const MODE_LABELS: Record<QuizMode, string> = { practice: 'Practice', test: 'Test' };

/** The two options of a true/false question, in the order shown. */
export const TRUE_FALSE_OPTIONS = ['True', 'False'] as const;

export function booleanLabel(value: boolean): (typeof TRUE_FALSE_OPTIONS)[number] {
  return value ? 'True' : 'False';
}

/** The heading of the feedback after a check. */
export function verdictText(grade: Grade): string {
  if (grade.verdict === 'correct') return grade.spelling ? 'Correct — watch the spelling' : 'Correct';
  if (grade.verdict === 'partial') return `Partly right — ${Math.round(grade.score * 100)}% credit`;
  return 'Not quite';
}

/** A question's verdict in the list of results. */
export function resultLabel(verdict: Verdict, score: number, spelling?: string): string {
  if (verdict === 'correct') return spelling ? 'Correct (watch the spelling)' : 'Correct';
  if (verdict === 'partial') return `Partly right (${Math.round(score * 100)}%)`;
  return 'Wrong';
}

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
      return [booleanLabel(question.answer)];
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
      return [booleanLabel(response.value)];
    case 'typed':
      return response.text.trim() ? [response.text.trim()] : [];
    case 'ordering':
      return response.order.slice();
  }
}
