import model from './ranking-model.json';
import type { Candidate } from './candidate';
import { COMPREHENSION_KINDS } from './types';

/**
 * Ranking: a logistic model, fitted on the train split's judgements (scripts/drafts-fit-ranking.ts
 * writes ranking-model.json), gives each draft the probability that a strict teacher uses it as it
 * is. Drafts are then picked greedily, best first, so that the list also covers the article: a
 * second draft on the same sentence or fact counts for less, true/false stays at most 30 % with
 * as many false statements as true ones, and questions of understanding (why, how, what) make up a fifth of the list
 * when the article gives enough good ones.
 */

const WEIGHTS: Record<string, number> = model.weights;

export function probability(features: Record<string, number>): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(features)) z += (WEIGHTS[name] ?? 0) * value;
  // A last resort (the lead event's weekday, a count deep in the story) comes after every other draft.
  if (features.last_resort) z -= 6;
  return 1 / (1 + Math.exp(-z));
}

const logit = (p: number) => Math.log(p / (1 - p));

export const TRUE_FALSE_SHARE = 0.3;
export const COMPREHENSION_SHARE = 0.2;

type Scored = { candidate: Candidate; p: number };

function pick(pool: Scored[], picked: Scored[], allowed: (c: Candidate) => boolean): number {
  const trueCount = picked.filter((s) => s.candidate.type === 'truefalse' && s.candidate.answer === true).length;
  const falseCount = picked.filter((s) => s.candidate.type === 'truefalse' && s.candidate.answer === false).length;
  let best = -1;
  let bestScore = -Infinity;
  pool.forEach((entry, index) => {
    const candidate = entry.candidate;
    if (!allowed(candidate)) return;
    let score = logit(entry.p);
    for (const chosen of picked) {
      const spans = chosen.candidate.kind === 'ordering' || candidate.kind === 'ordering';
      // A strict teacher rejects the second question on one fact as a duplicate: never two.
      if (chosen.candidate.fact === candidate.fact || sameKey(chosen.candidate, candidate)) return;
      // A statement about a sentence another draft asks about repeats its fact.
      if (
        chosen.candidate.sentence === candidate.sentence &&
        (chosen.candidate.type === 'truefalse' || candidate.type === 'truefalse')
      )
        return;
      if (chosen.candidate.sentence === candidate.sentence && !spans) score -= 1.2;
      // Dates and figures are the weakest kinds: a second one of either counts for much less.
      if (chosen.candidate.kind === candidate.kind)
        score -= candidate.kind === 'when' || candidate.kind === 'how-many' ? 0.6 : 0.1;
    }
    if (candidate.type === 'truefalse') {
      if ((trueCount + falseCount + 1) / (picked.length + 1) > TRUE_FALSE_SHARE && picked.length >= 3) return;
      // Keys balanced in every article, the true one first: no more false than true statements.
      const key = candidate.answer === true;
      if ((key && trueCount > falseCount) || (!key && falseCount >= trueCount)) return;
    }
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  });
  return best;
}

/** Two choice or typed drafts with the same key ask the same thing ("Gloria" five times). */
function sameKey(a: Candidate, b: Candidate): boolean {
  if (a.type === 'truefalse' || b.type === 'truefalse' || a.type === 'ordering' || b.type === 'ordering') return false;
  return String(a.answer).toLowerCase() === String(b.answer).toLowerCase();
}

export function rankCandidates(
  candidates: readonly Candidate[],
  limit: number,
): { best: Candidate[]; more: Candidate[] } {
  const pool: Scored[] = candidates.map((candidate) => ({ candidate, p: probability(candidate.features) }));
  const picked: Scored[] = [];
  // Understanding first, up to its share, when good enough to stand beside the rest.
  const comprehensionTarget = Math.ceil(limit * COMPREHENSION_SHARE);
  while (picked.length < comprehensionTarget) {
    const index = pick(pool, picked, (c) => COMPREHENSION_KINDS.has(c.kind));
    if (index < 0 || pool[index]!.p < 0.1) break;
    picked.push(pool.splice(index, 1)[0]!);
  }
  while (picked.length < limit) {
    const index = pick(pool, picked, () => true);
    if (index < 0) break;
    picked.push(pool.splice(index, 1)[0]!);
  }
  // A true statement without a false one beside it would make "true" the safe guess across
  // articles (22 true to 14 false on the train split): it goes back to "More drafts", and the
  // next best draft of another kind takes its place.
  const isTrue = (s: Scored) => s.candidate.type === 'truefalse' && s.candidate.answer === true;
  const isFalse = (s: Scored) => s.candidate.type === 'truefalse' && s.candidate.answer === false;
  while (picked.filter(isTrue).length > picked.filter(isFalse).length) {
    const unpaired = picked.reduce(
      (worst, s) => (isTrue(s) && (!worst || s.p < worst.p) ? s : worst),
      null as Scored | null,
    )!;
    picked.splice(picked.indexOf(unpaired), 1);
    pool.push(unpaired);
    const index = pick(pool, picked, (c) => c.type !== 'truefalse');
    if (index >= 0) picked.push(pool.splice(index, 1)[0]!);
  }
  const best = [...picked].sort((a, b) => b.p - a.p).map((s) => s.candidate);
  const more: Candidate[] = [];
  const rest = [...pool];
  const shown = [...picked];
  while (more.length < limit && rest.length > 0) {
    const index = pick(rest, shown, () => true);
    if (index < 0) break;
    const next = rest.splice(index, 1)[0]!;
    shown.push(next);
    more.push(next.candidate);
  }
  return { best, more };
}
