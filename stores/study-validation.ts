import { object, optional, record, string, unknown } from 'zod/mini';
import { quizSessionSchema, setHistorySchema, type QuizSession, type SetHistory } from '@/lib/quiz/records';
import { emptyStudy, type PersistedStudy } from './study-persistence';

/**
 * Checks saved study progress against its schema, entry by entry: one broken quiz in progress
 * does not cost the learner the history of every other set. Loaded on demand (see
 * study-persistence.ts) because the schema library is the largest thing the study pages would
 * otherwise ship. What it drops has already been copied aside by safe-storage.ts.
 */

const containerSchema = object({
  sessions: optional(record(string(), unknown())),
  history: optional(record(string(), unknown())),
});

export function restoreStudy(persisted: unknown): { state: PersistedStudy; dropped: number } {
  if (persisted === undefined || persisted === null) return { state: emptyStudy(), dropped: 0 };
  const container = containerSchema.safeParse(persisted);
  if (!container.success) return { state: emptyStudy(), dropped: 1 };

  let dropped = 0;
  const sessions: Record<string, QuizSession> = {};
  for (const [setId, value] of Object.entries(container.data.sessions ?? {})) {
    const parsed = quizSessionSchema.safeParse(value);
    if (parsed.success && parsed.data.setId === setId) sessions[setId] = parsed.data;
    else dropped += 1;
  }
  const history: Record<string, SetHistory> = {};
  for (const [setId, value] of Object.entries(container.data.history ?? {})) {
    const parsed = setHistorySchema.safeParse(value);
    if (parsed.success && parsed.data.attempts.every((attempt) => attempt.setId === setId)) {
      history[setId] = parsed.data;
    } else {
      dropped += 1;
    }
  }
  return { state: { sessions, history }, dropped };
}
