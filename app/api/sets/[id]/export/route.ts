import { z } from 'zod';
import { invalidInput, jsonError } from '@/lib/api/responses';
import { getArticle, getSet } from '@/lib/content/catalog.server';
import { slugSchema } from '@/lib/content/schema';
import { EXPORT_FORMATS, exportSet, type ExportFormat } from '@/lib/interop/export';

const paramsSchema = z.object({ id: slugSchema.max(100, 'must be at most 100 characters') });
const querySchema = z.object({
  format: z.enum(Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]], {
    error: `must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}`,
  }),
});

/**
 * GET /api/sets/{id}/export?format=gift|moodle-xml|qti: the set as a file to import into Moodle's
 * question bank (GIFT, Moodle XML) or any LMS that takes a QTI 2.1 package (a zip), explanations and
 * evidence as feedback.
 */
export async function GET(request: Request, context: RouteContext<'/api/sets/[id]/export'>) {
  const params = paramsSchema.safeParse(await context.params);
  if (!params.success) return invalidInput(params.error);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(query.error);
  const set = getSet(params.data.id);
  const article = set ? getArticle(set.articleId) : undefined;
  if (!set || !article) return jsonError(404, `No question set with id "${params.data.id}"`, 'id');
  const file = exportSet(set, article, query.data.format);
  return new Response(file.body as BodyInit, {
    headers: {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
