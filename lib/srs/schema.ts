import {
  array,
  discriminatedUnion,
  gte,
  int,
  literal,
  lte,
  maxLength,
  minLength,
  number,
  object,
  regex,
  string,
  union,
  type infer as Infer,
} from 'zod/mini';
import { MAX_NEW_PER_DAY, MAX_RETENTION, MIN_RETENTION } from './limits';

/**
 * The review log and the flashcard settings as saved in the browser and in a backup file. Loaded
 * only when there is something to check (the stores load it on demand), since zod is the largest
 * thing a study page would otherwise ship.
 */

const id = string().check(minLength(1), maxLength(120), regex(/^[\w:.-]+$/));
const time = number().check(int(), gte(0), lte(8.64e15));
const offset = number().check(int(), gte(-16 * 60), lte(16 * 60));

export const schedulerParamsSchema = object({ retention: number().check(gte(MIN_RETENTION), lte(MAX_RETENTION)) });

export const reviewEntrySchema = object({
  id,
  kind: literal('review'),
  cardId: id,
  rating: union([literal(1), literal(2), literal(3), literal(4)]),
  at: time,
  tz: offset,
  params: schedulerParamsSchema,
  source: union([literal('cards'), literal('quiz')]),
});

export const undoEntrySchema = object({ id, kind: literal('undo'), target: id, at: time, tz: offset });

export const logEntrySchema = discriminatedUnion('kind', [reviewEntrySchema, undoEntrySchema]);

export const studySettingsSchema = object({
  retention: number().check(gte(MIN_RETENTION), lte(MAX_RETENTION)),
  newPerDay: number().check(int(), gte(0), lte(MAX_NEW_PER_DAY)),
});

export const persistedCardsSchema = object({ log: array(logEntrySchema), settings: studySettingsSchema });

export type PersistedCardsShape = Infer<typeof persistedCardsSchema>;
