import type { QuizResponse } from './response';

/**
 * Whether a response is complete enough to be checked (an empty typed answer is not). Apart from
 * the grader, so pages that only move through a quiz do not ship the text normaliser.
 */
export function isAnswerable(response: QuizResponse | undefined): response is QuizResponse {
  if (!response) return false;
  switch (response.type) {
    case 'single':
      return response.choice !== '';
    case 'multiple':
      return response.choices.length > 0;
    case 'truefalse':
      return true;
    case 'typed':
      return response.text.trim() !== '';
    case 'ordering':
      return response.order.length > 0;
  }
}
