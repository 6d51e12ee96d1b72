import { z } from 'zod';
import { slugSchema } from '@/lib/content/schema';

/**
 * Query-string values the pages accept. A malformed value is ignored (treated as absent) rather
 * than failing the page: these come from links, and a mangled link should still show the page.
 */

export const slugParam = slugSchema.optional().catch(undefined);

/** Attempt ids are made by the study store: base-36 time, a hyphen, a base-36 random part. */
export const attemptIdParam = z
  .string()
  .max(64)
  .regex(/^[a-z0-9-]+$/)
  .optional()
  .catch(undefined);
