import type { AttemptRecord, BestScore, SetHistory } from '@/lib/quiz/records';
import { STUDY_STORAGE_KEY, STUDY_STORAGE_VERSION } from './study-persistence';

/**
 * Reads finished quizzes straight from saved study progress, for pages that need the history but
 * not the quiz store (the flashcard deck: quizzes feed the schedule; the progress page's scores). It only reads, never writes,
 * and keeps only attempts with every field it uses well formed; anything else it leaves to the
 * study store, which sets it aside properly when a quiz page opens.
 */
export function readQuizHistory(storage: Storage | undefined): Record<string, SetHistory> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(STUDY_STORAGE_KEY) ?? null;
  } catch {
    return {};
  }
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {};
  }
  const envelope = value as { version?: unknown; state?: { history?: unknown } } | null;
  if (!envelope || typeof envelope.version !== 'number' || envelope.version > STUDY_STORAGE_VERSION) return {};
  const history = envelope.state?.history;
  if (!history || typeof history !== 'object') return {};
  const result: Record<string, SetHistory> = {};
  for (const [setId, entry] of Object.entries(history as Record<string, unknown>)) {
    const { attempts, best } = (entry ?? {}) as { attempts?: unknown; best?: unknown };
    if (!Array.isArray(attempts)) continue;
    const good = attempts.filter(isUsableAttempt) as AttemptRecord[];
    const usableBest = isUsableBest(best) ? (best as BestScore) : null;
    if (good.length > 0 || usableBest) result[setId] = { attempts: good, best: usableBest };
  }
  return result;
}

function isUsableBest(value: unknown): boolean {
  const best = value as Partial<BestScore> | null;
  return (
    !!best &&
    typeof best.attemptId === 'string' &&
    typeof best.percent === 'number' &&
    typeof best.total === 'number' &&
    typeof best.points === 'number' &&
    typeof best.finishedAt === 'number'
  );
}

function isUsableAttempt(value: unknown): boolean {
  const attempt = value as Partial<AttemptRecord> | null;
  return (
    !!attempt &&
    typeof attempt.id === 'string' &&
    typeof attempt.finishedAt === 'number' &&
    Number.isFinite(attempt.finishedAt) &&
    Array.isArray(attempt.questionIds) &&
    attempt.questionIds.every((id) => typeof id === 'string') &&
    !!attempt.scores &&
    typeof attempt.scores === 'object' &&
    Object.values(attempt.scores).every((score) => typeof score === 'number' && score >= 0 && score <= 1)
  );
}
