import type { Question } from '@/lib/content/schema';
import { booleanLabel, correctAnswerLines } from '@/lib/quiz/describe';

/**
 * A question as a flashcard: a short cue on the front, the answer on the back (the explanation
 * and the evidence are shown under it). The card's id is the question's id, so quiz answers and
 * card reviews of one fact are one history. An authored `card: { front, back }` wins.
 */
export type FlashCardText = { front: string; back: string; ordered: boolean; lines: string[] };

/** Instructions that make sense in a quiz but not on a card. */
const QUIZ_INSTRUCTION = /\s*(Select all that apply|Type (?:his|her|its|the|a|one)\b[^.?!]*|Choose one)[.?!]\s*$/i;

export function cardText(question: Question): FlashCardText {
  const lines = correctAnswerLines(question);
  if (question.card)
    return { front: question.card.front, back: question.card.back, ordered: false, lines: [question.card.back] };
  let front = question.prompt;
  while (QUIZ_INSTRUCTION.test(front)) front = front.replace(QUIZ_INSTRUCTION, '');
  switch (question.type) {
    case 'truefalse':
      return { front: `True or false? ${front}`, back: booleanLabel(question.answer), ordered: false, lines };
    case 'ordering':
      return {
        front: `${front.replace(/[.:]\s*$/, '')}: ${[...question.answer].sort((a, b) => a.localeCompare(b)).join(' · ')}`,
        back: lines.map((line, i) => `${i + 1}. ${line}`).join(' '),
        ordered: true,
        lines,
      };
    case 'multiple':
      return { front, back: lines.join('; '), ordered: false, lines };
    default:
      return { front, back: lines.join('; '), ordered: false, lines };
  }
}
