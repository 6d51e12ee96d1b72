import { z } from 'zod';
import { json, jsonError } from '@/lib/api/responses';
import { viewerId } from '@/lib/server/auth';
import { answer, idParam, noStore, parseParams, service, TEACHER_NOT_FOUND, teacherKey } from '@/lib/server/http';

const params = z.object({ id: idParam });

/**
 * POST /api/assignments/{id}/results-link: a new read-only results key for a colleague ({ viewKey });
 * the one made before stops working. Only the assignment's teacher (key or owner): a read-only
 * link cannot make another.
 */
export function POST(request: Request, context: RouteContext<'/api/assignments/[id]/results-link'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, params);
    const assignments = await service();
    const assignment = await assignments.authorize(id, teacherKey(request), await viewerId(request));
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    return noStore(json({ viewKey: await assignments.shareResults(assignment) }));
  });
}

/** DELETE /api/assignments/{id}/results-link: the read-only link stops working. */
export function DELETE(request: Request, context: RouteContext<'/api/assignments/[id]/results-link'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, params);
    const assignments = await service();
    const assignment = await assignments.authorize(id, teacherKey(request), await viewerId(request));
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    await assignments.stopSharingResults(assignment);
    return noStore(json({ shared: false }));
  });
}
