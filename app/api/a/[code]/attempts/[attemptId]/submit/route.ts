import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { clientOf } from '@/lib/server/client';
import { answer, codeParam, idParam, noStore, parseParams, service, studentToken } from '@/lib/server/http';

const params = z.object({ code: codeParam, attemptId: idParam });

/** POST …/submit: grades the attempt on the server, once; a repeat returns the same result. */
export function POST(request: Request, context: RouteContext<'/api/a/[code]/attempts/[attemptId]/submit'>) {
  return answer(async () => {
    const { code, attemptId } = parseParams(await context.params, params);
    return noStore(
      json(await (await service()).submitAttempt(code, studentToken(request, code), attemptId, clientOf(request))),
    );
  });
}
