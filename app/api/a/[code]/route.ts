import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { clientOf } from '@/lib/server/client';
import { answer, codeParam, noStore, parseParams, service, studentToken } from '@/lib/server/http';

const params = z.object({ code: codeParam });

/** GET /api/a/{code}: the assignment and this browser's own attempt (by its httpOnly cookie), without answers. */
export function GET(request: Request, context: RouteContext<'/api/a/[code]'>) {
  return answer(async () => {
    const { code } = parseParams(await context.params, params);
    return noStore(json(await (await service()).studentView(code, studentToken(request, code), clientOf(request))));
  });
}
