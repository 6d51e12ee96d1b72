import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { clientOf } from '@/lib/server/client';
import { displayNameSchema } from '@/lib/assign/settings';
import {
  answer,
  codeParam,
  noStore,
  parseBody,
  parseParams,
  service,
  setStudentCookie,
  studentToken,
} from '@/lib/server/http';

const params = z.object({ code: codeParam });

/** POST /api/a/{code}/attempts { displayName }: starts an attempt, or returns the one in progress. */
export function POST(request: Request, context: RouteContext<'/api/a/[code]/attempts'>) {
  return answer(async () => {
    const { code } = parseParams(await context.params, params);
    const { displayName } = await parseBody(request, z.strictObject({ displayName: displayNameSchema }));
    const started = await (
      await service()
    ).startAttempt(code, displayName, studentToken(request, code), clientOf(request));
    const response = noStore(json(started.view, { status: 201 }));
    setStudentCookie(response, request, code, started.studentToken);
    return response;
  });
}
