import { ATTEMPTS_KEPT_PER_SET } from '@/lib/quiz/history';
import type { AttemptRecord, BestScore, QuizSession, SetHistory } from '@/lib/quiz/records';
import { mergeLogs, type LogEntry } from './log';
import type { StudySettings } from './queue';

/**
 * Backup and moving devices: all progress (quizzes in progress, quiz history, the review log and
 * the flashcard settings) as one JSON file. Importing merges: review logs are a union by id, so
 * importing a file twice, or into the device that made it, changes nothing.
 */

export const BACKUP_FORMAT = 'newsquiz-backup';
export const BACKUP_VERSION = 1;

export type Progress = {
  study: { sessions: Record<string, QuizSession>; history: Record<string, SetHistory> };
  cards: { log: LogEntry[]; settings: StudySettings };
};

export type Backup = Progress & {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  /** A check of everything above, so a file damaged or edited after export is refused. */
  integrity: string;
};

/** A 53-bit hash of a string (cyrb53): not a secret, a check that the file is as it was exported. */
export function integrityOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The text the integrity check covers: the backup without its integrity field, keys in a fixed order. */
export function integrityText(backup: Omit<Backup, 'integrity'>): string {
  return JSON.stringify([backup.format, backup.version, backup.exportedAt, backup.study, backup.cards]);
}

export function makeBackup(progress: Progress, now: number): Backup {
  const body = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    study: progress.study,
    cards: { log: mergeLogs(progress.cards.log), settings: progress.cards.settings },
  } as const;
  return { ...body, integrity: integrityOf(integrityText(body)) };
}

export function backupFileName(now: number): string {
  return `newsquiz-progress-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The better of two best scores: one on more questions (the whole set) first, then the higher. */
function betterBest(a: BestScore | null, b: BestScore | null): BestScore | null {
  if (!a || !b) return a ?? b;
  if (a.total !== b.total) return a.total > b.total ? a : b;
  if (a.percent !== b.percent) return a.percent > b.percent ? a : b;
  return a.finishedAt <= b.finishedAt ? a : b;
}

function mergeHistory(a: SetHistory | undefined, b: SetHistory | undefined): SetHistory {
  const byId = new Map<string, AttemptRecord>();
  for (const attempt of [...(a?.attempts ?? []), ...(b?.attempts ?? [])]) {
    if (!byId.has(attempt.id)) byId.set(attempt.id, attempt);
  }
  const attempts = [...byId.values()]
    .sort((x, y) => y.finishedAt - x.finishedAt || (x.id < y.id ? -1 : 1))
    .slice(0, ATTEMPTS_KEPT_PER_SET);
  return { attempts, best: betterBest(a?.best ?? null, b?.best ?? null) };
}

/** Merges imported progress into what this device has. Settings come from the file. */
export function mergeProgress(current: Progress, incoming: Progress): Progress {
  const history: Record<string, SetHistory> = {};
  for (const setId of new Set([...Object.keys(current.study.history), ...Object.keys(incoming.study.history)])) {
    history[setId] = mergeHistory(current.study.history[setId], incoming.study.history[setId]);
  }
  const sessions: Record<string, QuizSession> = { ...current.study.sessions };
  for (const [setId, session] of Object.entries(incoming.study.sessions)) {
    const mine = sessions[setId];
    if (!mine || session.lastActiveAt > mine.lastActiveAt) sessions[setId] = session;
  }
  return {
    study: { sessions, history },
    cards: { log: mergeLogs(current.cards.log, incoming.cards.log), settings: incoming.cards.settings },
  };
}
