import { literal, object, record, string, type core } from 'zod/mini';
import { quizSessionSchema, setHistorySchema } from '@/lib/quiz/records';
import { BACKUP_FORMAT, BACKUP_VERSION, integrityOf, integrityText, type Backup } from './backup';
import { persistedCardsSchema } from './schema';

/**
 * Reads a backup file, refusing anything that is not exactly what this app exported: wrong format
 * or version, a field out of range, or a file changed after export. Loaded on demand (zod).
 */

export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const backupSchema = object({
  format: literal(BACKUP_FORMAT),
  version: literal(BACKUP_VERSION),
  exportedAt: string(),
  study: object({ sessions: record(string(), quizSessionSchema), history: record(string(), setHistorySchema) }),
  cards: persistedCardsSchema,
  integrity: string(),
});

function describeIssue(issue: core.$ZodIssue): string {
  const where = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return `${where.replace(/^\./, '') || 'the file'}: ${issue.message}`;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_BYTES) {
    return { ok: false, message: 'This file is too large to be a Newsquiz backup (over 20 MB). Nothing was changed.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not a Newsquiz backup: it is not valid JSON. Nothing was changed.' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message: 'This file is not a Newsquiz backup (it has no "newsquiz-backup" format mark). Nothing was changed.',
    };
  }
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return {
      ok: false,
      message:
        'This backup was made by a newer version of the app. Update the app, then import it. Nothing was changed.',
    };
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      message: `This backup has a value the app cannot accept (${first ? describeIssue(first) : 'unknown'}). Nothing was changed.`,
    };
  }
  // The check runs on the file as written (key order and all), not on the parsed copy.
  const raw = json as Backup;
  if (integrityOf(integrityText(raw)) !== raw.integrity) {
    return {
      ok: false,
      message:
        'This backup was changed after it was exported (its integrity check does not match), so it was not imported. Nothing was changed.',
    };
  }
  return { ok: true, backup: parsed.data as Backup };
}
