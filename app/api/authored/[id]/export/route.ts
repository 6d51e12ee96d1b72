import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { answer, authored, noStore, parseParams, teacherKey } from '@/lib/server/http';
import { viewerId } from '@/lib/server/auth';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'is not an article id') });

/**
 * GET /api/authored/{id}/export (teacher key): the article and its sets as content files, to copy
 * into content/articles and content/sets; `npm run content:check` accepts them unchanged.
 */
export function GET(request: Request, context: RouteContext<'/api/authored/[id]/export'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, paramsSchema);
    const view = await (await authored()).get(id, teacherKey(request), await viewerId(request));
    return noStore(json({ files: view.files }));
  });
}
