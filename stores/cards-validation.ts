import { object, optional, unknown, array } from 'zod/mini';
import { mergeLogs, type LogEntry } from '@/lib/srs/log';
import { logEntrySchema, studySettingsSchema } from '@/lib/srs/schema';
import { defaultSettings, emptyCards, type PersistedCards } from './cards-persistence';

/**
 * Checks the saved review log entry by entry: one broken entry costs that entry, not the log.
 * Loaded on demand (see cards-persistence.ts). What it drops was copied aside by safe-storage.ts.
 */

const containerSchema = object({ log: optional(array(unknown())), settings: optional(unknown()) });

export function restoreCards(persisted: unknown): { state: PersistedCards; dropped: number } {
  if (persisted === undefined || persisted === null) return { state: emptyCards(), dropped: 0 };
  const container = containerSchema.safeParse(persisted);
  if (!container.success) return { state: emptyCards(), dropped: 1 };
  let dropped = 0;
  const log: LogEntry[] = [];
  for (const value of container.data.log ?? []) {
    const parsed = logEntrySchema.safeParse(value);
    if (parsed.success) log.push(parsed.data);
    else dropped += 1;
  }
  let settings = defaultSettings();
  if (container.data.settings !== undefined) {
    const parsed = studySettingsSchema.safeParse(container.data.settings);
    if (parsed.success) settings = parsed.data;
    else dropped += 1;
  }
  return { state: { log: mergeLogs(log), settings }, dropped };
}
