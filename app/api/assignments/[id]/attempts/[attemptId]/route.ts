import { z } from 'zod';
import { json, jsonError } from '@/lib/api/responses';
import { displayNameSchema } from '@/lib/assign/settings';
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

const params = z.object({ id: idParam, attemptId: idParam });
const NO_ENTRY = 'No such student entry in this assignment.';

/** GET …/attempts/{attemptId}: one student's entry with their answers and the corrections (teacher key). */
export function GET(request: Request, context: RouteContext<'/api/assignments/[id]/attempts/[attemptId]'>) {
  return answer(async () => {
    const { id, attemptId } = parseParams(await context.params, params);
    const assignments = await service();
    // The teacher, or a colleague's read-only results link.
    const { assignment } = (await assignments.access(id, teacherKey(request), await viewerId(request))) ?? {};
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    const entry = await assignments.studentAnswers(assignment, attemptId);
    if (!entry) return jsonError(404, NO_ENTRY, 'attemptId');
    return noStore(json(entry));
  });
}

/** PATCH …/attempts/{attemptId}: the teacher renames a student's entry ({ displayName }). */
export function PATCH(request: Request, context: RouteContext<'/api/assignments/[id]/attempts/[attemptId]'>) {
  return answer(async () => {
    const { id, attemptId } = parseParams(await context.params, params);
    const { displayName } = await parseBody(request, z.strictObject({ displayName: displayNameSchema }));
    const assignments = await service();
    const assignment = await assignments.authorize(id, teacherKey(request), await viewerId(request));
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    if (!(await assignments.renameAttempt(assignment, attemptId, displayName)))
      return jsonError(404, NO_ENTRY, 'attemptId');
    return noStore(json({ attemptId, displayName }));
  });
}

/** DELETE …/attempts/{attemptId}: the teacher removes a student's entry from the results. */
export function DELETE(request: Request, context: RouteContext<'/api/assignments/[id]/attempts/[attemptId]'>) {
  return answer(async () => {
    const { id, attemptId } = parseParams(await context.params, params);
    const assignments = await service();
    const assignment = await assignments.authorize(id, teacherKey(request), await viewerId(request));
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    if (!(await assignments.removeAttempt(assignment, attemptId))) return jsonError(404, NO_ENTRY, 'attemptId');
    return noStore(json({ attemptId, removed: true }));
  });
}
