import { normaliseAnswer } from '@/lib/quiz/normalise';
import type { Draft } from './types';

/**
 * What code can check of any draft, the engine's or a teacher's edit: the evidence contains the
 * answer (true/false: the fact the statement is about), and the prompt does not give it away.
 */

function containsPhrase(haystack: string, needle: string): boolean {
  // "Party's" and "Party" are the same words here.
  const fold = (text: string) => normaliseAnswer(text.replace(/['’]s\b/g, ''));
  const n = fold(needle);
  return n !== '' && ` ${fold(haystack)} `.includes(` ${n} `);
}

export function answerCheck(draft: Pick<Draft, 'type' | 'answer' | 'accept' | 'evidence' | 'prompt' | 'highlight'>): {
  evidenceHasAnswer: boolean;
  promptHasAnswer: boolean;
} {
  const evidence = typeof draft.evidence === 'string' ? draft.evidence : draft.evidence.join(' … ');
  if (draft.type === 'truefalse')
    return { evidenceHasAnswer: containsPhrase(evidence, draft.highlight), promptHasAnswer: false };
  if (draft.type === 'ordering') {
    return { evidenceHasAnswer: true, promptHasAnswer: false };
  }
  // A reason or a means is keyed with its connective ("Because of its election defeat" for the
  // article's "due to its election defeat"): the evidence must contain what follows it.
  const answers = (Array.isArray(draft.answer) ? draft.answer.map(String) : [String(draft.answer)]).map((answer) =>
    answer.replace(/^(?:Because of|Because|In response to|To|So that|By|That) /i, ''),
  );
  const forms = draft.type === 'typed' ? [...answers, ...(draft.accept ?? [])] : answers;
  return {
    evidenceHasAnswer: answers.every((answer) => containsPhrase(evidence, answer)),
    promptHasAnswer: forms.some((form) => containsPhrase(draft.prompt, form)),
  };
}
