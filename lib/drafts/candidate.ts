import type { Sentence } from '@/lib/content/text';
import type { Analysis } from './analysis';
import type { Draft, DraftKind, FilterReason, FilteredCandidate } from './types';

/**
 * A draft before ranking: what the question makers produce. `fact` names the fact it asks about
 * (two drafts on one fact compete), `features` are what the ranking model weighs (ranking.ts).
 */
export type Candidate = Omit<Draft, 'rank' | 'id' | 'category'> & {
  fact: string;
  features: Record<string, number>;
};

export type Context = {
  analysis: Analysis;
  filtered: FilteredCandidate[];
};

export function reject(
  context: Context,
  kind: DraftKind,
  sentence: Pick<Sentence, 'number'>,
  reason: FilterReason,
  answer: string,
  prompt: string,
): null {
  context.filtered.push({ kind, sentence: sentence.number, reason, answer, prompt });
  return null;
}
