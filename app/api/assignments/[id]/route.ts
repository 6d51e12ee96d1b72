import { z } from 'zod';
import { json, jsonError } from '@/lib/api/responses';
import { windowActionSchema } from '@/lib/assign/dto';
import { viewerId } from '@/lib/server/auth';
import {
  answer,
  idParam,
  noStore,
  parseBody,
  parseParams,
  service,
  TEACHER_NOT_FOUND,
  teacherKey,
} from '@/lib/server/http';

const params = z.object({ id: idParam });
const actionSchema = windowActionSchema;

/** GET /api/assignments/{id}: the teacher's live results (Authorization: Bearer <teacher key>). */
export function GET(request: Request, context: RouteContext<'/api/assignments/[id]'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, params);
    const assignments = await service();
    // The teacher, or a colleague's read-only results link.
    const { assignment } = (await assignments.access(id, teacherKey(request), await viewerId(request))) ?? {};
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    return noStore(json(await assignments.results(assignment)));
  });
}

/**
 * PATCH /api/assignments/{id}: { type: "close", running?: "submit" | "finish" }, { type: "reopen" } or
 * { type: "extend", minutes }. Answers { assignment, running }: how many running attempts the change concerned.
 */
export function PATCH(request: Request, context: RouteContext<'/api/assignments/[id]'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, params);
    const action = await parseBody(request, actionSchema);
    const assignments = await service();
    const assignment = await assignments.authorize(id, teacherKey(request), await viewerId(request));
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    return noStore(json(await assignments.changeWindow(assignment, action)));
  });
}
