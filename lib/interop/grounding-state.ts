import type { AuthoringDraft, AuthoringItem } from '@/lib/drafts/authoring';

/**
 * An imported question's match to the article, and the teacher's changes to it (confirm, pick
 * another sentence, keep without evidence). Apart from grounding.ts, which finds the match: the
 * authoring screen loads that only when a teacher imports.
 */

export type Confidence = 'high' | 'medium' | 'low';

export type Grounding = {
  /** suggested: matched here, not yet looked at; confirmed: the teacher chose the sentence; none: kept without evidence. */
  state: 'suggested' | 'confirmed' | 'none';
  confidence: Confidence;
  /** 0–1: how much of the answer and of the question the sentence holds. */
  score: number;
  /** The best sentences, best first (the teacher may pick another). */
  candidates: number[];
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'Strong match',
  medium: 'Possible match',
  low: 'Weak match: check it',
};

/** The draft on another sentence of the article, chosen by the teacher. */
export function regrounded(draft: AuthoringDraft, sentence: number, sentences: readonly string[]): AuthoringDraft {
  const text = sentences[sentence - 1];
  if (!text || !draft.grounding) return draft;
  const answers =
    draft.type === 'truefalse'
      ? []
      : [draft.answer]
          .flat()
          .map(String)
          .concat(draft.type === 'typed' ? (draft.accept ?? []) : []);
  const at = answers.map((a) => ({ a, i: text.toLowerCase().indexOf(a.toLowerCase()) })).find((x) => x.a && x.i >= 0);
  return {
    ...draft,
    sentence,
    evidence: text,
    highlight: draft.type === 'truefalse' ? text : at ? text.slice(at.i, at.i + at.a.length) : '',
    grounding: { ...draft.grounding, state: 'confirmed' },
  };
}

/** The draft confirmed on its suggested sentence, or kept without evidence. */
export function confirmGrounding(draft: AuthoringDraft): AuthoringDraft {
  return draft.grounding && draft.sentence > 0
    ? { ...draft, grounding: { ...draft.grounding, state: 'confirmed' } }
    : draft;
}

export function withoutEvidence(draft: AuthoringDraft): AuthoringDraft {
  if (!draft.grounding) return draft;
  const { evidence: _evidence, ...rest } = draft;
  return { ...rest, sentence: 0, highlight: '', grounding: { ...draft.grounding, state: 'none' } };
}

/** An imported draft waiting for the teacher to say which sentence supports it. */
export function needsGrounding(draft: AuthoringDraft): boolean {
  return draft.grounding?.state === 'suggested' && (draft.grounding.confidence === 'low' || draft.sentence === 0);
}

/**
 * Imported drafts after the article's text changed: one whose sentence is still there follows it to
 * its new number; one whose sentence is gone waits for the teacher to pick again.
 */
export function keptAfterRedraft(draft: AuthoringDraft, sentences: readonly string[]): AuthoringDraft {
  if (!draft.grounding || draft.grounding.state === 'none') return draft;
  const quote = typeof draft.evidence === 'string' ? draft.evidence : undefined;
  const at = quote === undefined ? -1 : sentences.indexOf(quote);
  if (at >= 0) return { ...draft, sentence: at + 1, grounding: { ...draft.grounding, candidates: [at + 1] } };
  const { evidence: _evidence, ...rest } = draft;
  return {
    ...rest,
    sentence: 0,
    highlight: '',
    grounding: { state: 'suggested', confidence: 'low', score: 0, candidates: [] },
  };
}

/**
 * The review after drafting again: imported questions are kept (their sentence followed, or asked
 * again, and then back to "to review": an accepted question never loses its evidence unseen); the
 * engine's new drafts follow, renamed where an id is already taken (a bank exported from this app
 * holds the engine's own ids).
 */
export function afterRedraft(
  previous: readonly AuthoringItem[],
  sentences: readonly string[],
  drafted: readonly AuthoringItem[],
): AuthoringItem[] {
  const kept = previous
    .filter((item) => item.draft.kind === 'imported')
    .map((item) => {
      const draft = keptAfterRedraft(item.draft, sentences);
      const reset = draft.grounding?.state === 'suggested' && draft.sentence === 0 && item.draft.sentence !== 0;
      return reset ? { ...item, draft, status: 'pending' as const, reason: undefined } : { ...item, draft };
    });
  const used = new Set(kept.map((item) => item.draft.id));
  const fresh = drafted.map((item) => {
    let id = item.draft.id;
    for (let n = 2; used.has(id); n += 1) id = `${item.draft.id}-${n}`;
    used.add(id);
    return id === item.draft.id ? item : { ...item, draft: { ...item.draft, id } };
  });
  return [...kept, ...fresh];
}
