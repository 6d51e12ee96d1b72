import { z } from 'zod';
import { SET_CATEGORIES } from '@/lib/content/schema';
import { draftInputSchema } from './types';

/**
 * What the authoring screen publishes: the article as the reader will number it, and the sets of
 * accepted questions. Questions are checked by the content check on the server (checkAuthored),
 * so every problem names the question and the field exactly as `npm run content:check` would.
 */

/** A publish carries the article and its questions: larger than other requests. */
export const MAX_PUBLISH_BYTES = 256 * 1024;
export const MAX_SETS = 12;
export const MAX_SET_QUESTIONS = 100;

export const publishSetSchema = z.strictObject({
  title: z.string().trim().min(1, 'Give the set a title').max(80, 'must be at most 80 characters'),
  category: z.enum(SET_CATEGORIES),
  description: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  /** Each is validated by the content check, so a problem can name its question. */
  questions: z.array(z.unknown()).min(1, 'needs at least one question').max(MAX_SET_QUESTIONS),
});

export const publishSchema = z.strictObject({
  title: draftInputSchema.shape.title,
  date: draftInputSchema.shape.date,
  source: z.url('must be a web address (https://…)').max(500).optional(),
  paragraphs: z
    .array(z.string().trim().min(1, 'must not be empty').max(8000, 'must be at most 8,000 characters'))
    .min(1, 'needs the article text')
    .max(300)
    .refine((paragraphs) => paragraphs.join('').length <= 30_000, 'must be at most 30,000 characters in all'),
  sets: z.array(publishSetSchema).min(1, 'Accept at least one question').max(MAX_SETS),
});
export type PublishInput = z.infer<typeof publishSchema>;

export const shareSchema = z.strictObject({ shared: z.boolean({ error: 'must be true or false' }) });

export { AUTHORED_ID_MARK } from './ids';
