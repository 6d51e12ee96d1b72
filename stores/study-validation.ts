import { object, optional, record, string, unknown } from 'zod/mini';
import { quizSessionSchema, setHistorySchema, type QuizSession, type SetHistory } from '@/lib/quiz/records';
import { UNUSABLE, type PersistedStudy, type RestoreResult, type UnusableReason } from './study-persistence';

/**
 * Checks saved study progress against its schema, entry by entry: one broken quiz in progress
 * does not cost the learner the history of every other set. Loaded on demand (see
 * study-persistence.ts) because the schema library is the largest thing the study pages would
 * otherwise ship.
 */

const NOTICES: Record<UnusableReason, string> = {
  newer: 'Your saved progress was made by a newer version of this app and could not be loaded here.',
  older: 'Your saved progress was from an older version of this app and could not be carried over.',
  corrupt: 'Your saved progress could not be read, so it was cleared. You can start again from any set.',
};

const containerSchema = object({
  sessions: optional(record(string(), unknown())),
  history: optional(record(string(), unknown())),
});

export function restoreStudy(persisted: unknown): RestoreResult {
  const empty: PersistedStudy = { sessions: {}, history: {} };
  if (persisted === undefined || persisted === null) return { state: empty, dropped: 0, notice: null };
  if (typeof persisted === 'object' && UNUSABLE in persisted) {
    const reason = (persisted as Record<string, UnusableReason>)[UNUSABLE];
    return { state: empty, dropped: 1, notice: NOTICES[reason ?? 'corrupt'] ?? NOTICES.corrupt };
  }
  const container = containerSchema.safeParse(persisted);
  if (!container.success) return { state: empty, dropped: 1, notice: NOTICES.corrupt };

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
    if (parsed.success && parsed.data.attempts.every((attempt) => attempt.setId === setId))
      history[setId] = parsed.data;
    else dropped += 1;
  }
  const notice =
    dropped === 0
      ? null
      : `Part of your saved progress could not be read and was cleared (${dropped} item${dropped === 1 ? '' : 's'}). Everything else is as you left it.`;
  return { state: { sessions, history }, dropped, notice };
}
