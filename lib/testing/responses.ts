import type { CatalogQuestion } from '../content/types';
import type { QuizResponse } from '../quiz/response';

/** Answers for tests (unit, API and flows): right and wrong, of each question's own type. */

/** The right response to a question, as the learner would give it. */
export function rightResponse(question: CatalogQuestion): QuizResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: question.answer.slice() };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'typed':
      return { type: 'typed', text: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.answer.slice() };
  }
}

/** A wrong response of the question's own type. */
export function wrongResponse(question: CatalogQuestion): QuizResponse {
  const wrong = wrongAnswerFor(question);
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: wrong as string };
    case 'multiple':
      return { type: 'multiple', choices: wrong as string[] };
    case 'truefalse':
      return { type: 'truefalse', value: wrong as boolean };
    case 'typed':
      return { type: 'typed', text: wrong as string };
    case 'ordering':
      return { type: 'ordering', order: wrong as string[] };
  }
}

/** A wrong answer of the question's own type. */
export function wrongAnswerFor(question: CatalogQuestion): string | string[] | boolean {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o !== question.answer)!;
    case 'multiple':
      return question.options.filter((o) => !question.answer.includes(o)).slice(0, 1);
    case 'truefalse':
      return !question.answer;
    case 'typed':
      return 'definitely not this';
    case 'ordering':
      return question.answer.slice().reverse();
  }
}
