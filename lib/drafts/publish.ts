import { z } from 'zod';
import { SET_CATEGORIES } from '@/lib/content/schema';
import type { CatalogQuestion } from '@/lib/content/types';
import type { DrawRules } from '@/lib/quiz/draw';
import { draftInputSchema } from './input-schema';

/**
 * What the authoring screen publishes: the article as the reader will number it, and the sets of
 * accepted questions. Questions are checked by the content check on the server (checkAuthored),
 * so every problem names the question and the field exactly as `npm run content:check` would.
 */

/** A publish carries the article and its questions: larger than other requests. */
export const MAX_PUBLISH_BYTES = 256 * 1024;
export const MAX_SETS = 12;
export const MAX_SET_QUESTIONS = 100;

/** How deep a question's JSON may nest (a question is three levels deep; more is not a question). */
const MAX_QUESTION_DEPTH = 4;

function depthOf(value: unknown, limit: number): number {
  if (limit < 0 || value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child, limit - 1));
  return deepest + 1;
}

export const publishSetSchema = z.strictObject({
  /** The authoring screen's key for the set: its id stays the same when the set is renamed or reordered. */
  key: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'must be lower-case letters, digits and hyphens')
    .optional(),
  title: z.string().trim().min(1, 'Give the set a title').max(80, 'must be at most 80 characters'),
  category: z.enum(SET_CATEGORIES),
  description: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  /** Each is validated by the content check, so a problem can name its question. */
  questions: z
    .array(
      z
        .record(z.string(), z.unknown(), { error: 'must be a question (an object)' })
        .refine(
          (q) => depthOf(q, MAX_QUESTION_DEPTH + 1) <= MAX_QUESTION_DEPTH,
          'is nested too deeply to be a question',
        ),
    )
    .min(1, 'needs at least one question')
    .max(MAX_SET_QUESTIONS),
});

export const publishSchema = z.strictObject({
  title: draftInputSchema.shape.title,
  date: draftInputSchema.shape.date,
  source: z
    .url({ protocol: /^https?$/, error: 'must be a web address (https://…)' })
    .max(500)
    .optional(),
  paragraphs: z
    .array(z.string().trim().min(1, 'must not be empty').max(8000, 'must be at most 8,000 characters'))
    .min(1, 'needs the article text')
    .max(300)
    .refine((paragraphs) => paragraphs.join('').length <= 30_000, 'must be at most 30,000 characters in all'),
  sets: z.array(publishSetSchema).min(1, 'Accept at least one question').max(MAX_SETS),
});
export type PublishInput = z.infer<typeof publishSchema>;

/** POST /api/drafts/preview: what students would get from a publish, nothing stored. */
export type PreviewSet = {
  /** The authoring screen's key of the set; null for the combined "All questions" set. */
  key: string | null;
  title: string;
  /** Every question of the article (the one quiz, or "All questions"). */
  whole: boolean;
  questions: CatalogQuestion[];
  rules: DrawRules;
};
export type PublishPreview = { title: string; sets: PreviewSet[] };

export const shareSchema = z.strictObject({ shared: z.boolean({ error: 'must be true or false' }) });

export { AUTHORED_ID_MARK } from './ids';
