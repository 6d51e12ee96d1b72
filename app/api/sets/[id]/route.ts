import { z } from 'zod';
import { invalidInput, json, jsonError } from '@/lib/api/responses';
import { getArticle, getSet } from '@/lib/content/catalog.server';
import { toSetDetail } from '@/lib/content/dto';
import { slugSchema } from '@/lib/content/schema';

const paramsSchema = z.object({ id: slugSchema.max(100, 'must be at most 100 characters') });

/** GET /api/sets/{id}: one set with its questions, answers and evidence (self-study content is public). */
export async function GET(_request: Request, context: RouteContext<'/api/sets/[id]'>) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return invalidInput(parsed.error);
  const set = getSet(parsed.data.id);
  const article = set ? getArticle(set.articleId) : undefined;
  if (!set || !article) return jsonError(404, `No question set with id "${parsed.data.id}"`, 'id');
  return json(toSetDetail(set, article));
}
