import { z } from 'zod';
import { invalidInput, json, jsonError } from '@/lib/api/responses';
import { getArticle } from '@/lib/content/catalog.server';
import { toArticleDto } from '@/lib/content/dto';
import { slugSchema } from '@/lib/content/schema';

const paramsSchema = z.object({ id: slugSchema.max(100, 'must be at most 100 characters') });

/** GET /api/articles/{id}: the article's title, date and full text (paragraphs separated by a blank line). */
export async function GET(_request: Request, context: RouteContext<'/api/articles/[id]'>) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return invalidInput(parsed.error);
  const article = getArticle(parsed.data.id);
  if (!article) return jsonError(404, `No article with id "${parsed.data.id}"`, 'id');
  return json(toArticleDto(article));
}
