import { z } from 'zod';
import { isoDateSchema } from '@/lib/content/schema';
import { MAX_ARTICLE_CHARS, type DraftInput } from './types';

/** POST /api/drafts's body, and the authoring screen's article before it is drafted. */
export const draftInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  date: isoDateSchema,
  text: z
    .string()
    .max(MAX_ARTICLE_CHARS, `must be at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`)
    .refine((text) => text.trim().split(/\s+/).length >= 40, 'must be an article of at least 40 words'),
}) satisfies z.ZodType<DraftInput>;
