import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { toAuthoredDto } from '@/lib/drafts/dto';
import { MAX_PUBLISH_BYTES, publishSchema, shareSchema } from '@/lib/drafts/publish';
import { answer, authored, noStore, parseBody, parseParams, teacherKey } from '@/lib/server/http';
import { viewerId } from '@/lib/server/auth';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, 'is not an article id') });

/** GET /api/authored/{id} (teacher key): the article, its sets with answers, and its content files. */
export function GET(request: Request, context: RouteContext<'/api/authored/[id]'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, paramsSchema);
    return noStore(json(toAuthoredDto(await (await authored()).get(id, teacherKey(request), await viewerId(request)))));
  });
}

/** PUT /api/authored/{id} (teacher key): publish changes; the same question ids keep their progress. */
export function PUT(request: Request, context: RouteContext<'/api/authored/[id]'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, paramsSchema);
    const input = await parseBody(request, publishSchema, MAX_PUBLISH_BYTES);
    return noStore(
      json(toAuthoredDto(await (await authored()).republish(id, teacherKey(request), input, await viewerId(request)))),
    );
  });
}

/** PATCH /api/authored/{id} { shared } (teacher key): open or close the article for self-study. */
export function PATCH(request: Request, context: RouteContext<'/api/authored/[id]'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, paramsSchema);
    const { shared } = await parseBody(request, shareSchema);
    return noStore(
      json(toAuthoredDto(await (await authored()).setShared(id, teacherKey(request), shared, await viewerId(request)))),
    );
  });
}
