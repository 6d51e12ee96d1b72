import type { Question } from '@/lib/content/schema';
import type { Draft } from './types';

/**
 * The question of a draft, without what only the authoring screen needs (rank, notes, pools).
 * Plain data: the content check validates it where it matters (publishing), so the authoring
 * screen's bundle carries no schema library for it.
 */
export function draftToQuestion(
  draft: Pick<Draft, 'id' | 'type' | 'prompt' | 'options' | 'answer' | 'accept' | 'explanation'> & {
    evidence?: Draft['evidence'];
  },
): Question {
  const base = {
    id: draft.id,
    prompt: draft.prompt,
    explanation: draft.explanation,
    ...(draft.evidence === undefined ? {} : { evidence: draft.evidence }),
  };
  switch (draft.type) {
    case 'single':
      return { ...base, type: 'single', options: draft.options ?? [], answer: String(draft.answer) };
    case 'multiple':
      return { ...base, type: 'multiple', options: draft.options ?? [], answer: [draft.answer].flat().map(String) };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: draft.answer === true };
    case 'typed':
      return {
        ...base,
        type: 'typed',
        answer: String(draft.answer),
        ...(draft.accept?.length ? { accept: draft.accept } : {}),
      };
    case 'ordering':
      return { ...base, type: 'ordering', answer: [draft.answer].flat().map(String) };
  }
}
