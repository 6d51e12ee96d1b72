import { analyseArticle } from './analysis';
import type { Candidate, Context } from './candidate';
import { entityCandidates } from './make-entity';
import { orderingCandidate } from './make-ordering';
import { trueFalseCandidates } from './make-true-false';
import { causeCandidates, comprehensionCandidates, reportCandidates, speakerCandidates } from './make-why';
import { answerCheck } from './quality';
import { rankCandidates } from './ranking';
import { toSlug } from './ids';
import { normaliseAnswer } from '@/lib/quiz/normalise';
import { KIND_CATEGORY, type Draft, type DraftInput, type DraftResult } from './types';

/**
 * Drafting: an article in, draft questions out, each citing the sentence its answer stands on (the
 * evidence is that sentence, verbatim). The work is split by job:
 * - analysis.ts reads the article once: sentences (lib/content/sentences.ts, the reader's
 *   numbering), names (names.ts), dates and counts (mentions.ts), and which mentions are the same
 *   thing;
 * - make-entity.ts (who, where, when, how many), make-why.ts (why, how, what caused or followed),
 *   make-true-false.ts and make-ordering.ts make candidates; filters.ts holds every rule that drops
 *   one, distractors.ts and kinds.ts every rule for wrong options, accept.ts the forms a typed
 *   answer accepts;
 * - ranking.ts orders them by a model fitted on judged drafts and picks a list that covers the
 *   article.
 */

/** Drafts shown per 400 words of article (at least MIN_DRAFTS); as many again are folded under "More drafts". */
export const DRAFTS_PER_400_WORDS = 5.5;
const MIN_DRAFTS = 3;

function draftLimit(wordCount: number): number {
  return Math.max(MIN_DRAFTS, Math.ceil((wordCount / 400) * DRAFTS_PER_400_WORDS));
}

/**
 * `withFeatures` keeps each draft's ranking features (the evaluation stores them with the
 * judgements, so the ranking model can be fitted again); the API leaves them out.
 */
export function draftQuestions(input: DraftInput, options: { withFeatures?: boolean } = {}): DraftResult {
  const analysis = analyseArticle(input);
  const context: Context = { analysis, filtered: [] };
  const candidates: Candidate[] = [];
  /** The code checks every draft must pass (the evaluation counts the same): the last filter. */
  const push = (candidate: Candidate) => {
    // How central its sentence is (every kind of draft is weighed by it).
    candidate.features.central = analysis.centrality.get(candidate.sentence) ?? 0;
    const check = answerCheck(candidate);
    const answer = String(candidate.answer);
    const sentence = { number: candidate.sentence };
    if (check.promptHasAnswer)
      context.filtered.push({
        kind: candidate.kind,
        sentence: sentence.number,
        reason: 'answer-in-prompt',
        answer,
        prompt: candidate.prompt,
      });
    else if (!check.evidenceHasAnswer)
      context.filtered.push({
        kind: candidate.kind,
        sentence: sentence.number,
        reason: 'broken-grammar',
        answer,
        prompt: candidate.prompt,
      });
    else candidates.push(candidate);
  };
  for (const sentence of analysis.sentences) {
    for (const candidate of entityCandidates(context, sentence)) push(candidate);
    for (const candidate of comprehensionCandidates(context, sentence)) push(candidate);
    for (const candidate of reportCandidates(context, sentence)) push(candidate);
    for (const candidate of causeCandidates(context, sentence)) push(candidate);
    for (const candidate of speakerCandidates(context, sentence)) push(candidate);
    for (const candidate of trueFalseCandidates(context, sentence)) push(candidate);
  }
  const ordering = orderingCandidate(context);
  if (ordering) push(ordering);

  const { best, more } = rankCandidates(candidates, draftLimit(analysis.wordCount));
  const ids = new Set<string>();
  const toDraft = (candidate: Candidate, index: number): Draft => {
    const { fact: _fact, features, ...rest } = candidate;
    const answerText =
      typeof candidate.answer === 'boolean'
        ? candidate.answer
          ? 'true'
          : 'false'
        : String([candidate.answer].flat()[0]);
    const stem = `${candidate.kind}-${toSlug(normaliseAnswer(answerText), 24)}-s${candidate.sentence}`;
    let id = stem;
    for (let n = 2; ids.has(id); n += 1) id = `${stem}-${n}`;
    ids.add(id);
    return {
      id,
      rank: index + 1,
      category: KIND_CATEGORY[candidate.kind],
      ...rest,
      ...(options.withFeatures ? { features } : {}),
    };
  };
  const drafts = best.map(toDraft);
  return {
    sentences: analysis.sentences.map((sentence) => sentence.text),
    paragraphs: analysis.paragraphs,
    drafts,
    more: more.map((candidate, index) => toDraft(candidate, drafts.length + index)),
    filtered: context.filtered,
  };
}
