import { z } from 'zod';
import { json } from '@/lib/api/responses';
import { clientOf } from '@/lib/server/client';
import { saveAnswerSchema } from '@/lib/assign/dto';
import { answer, codeParam, idParam, noStore, parseBody, parseParams, service, studentToken } from '@/lib/server/http';

const params = z.object({ code: codeParam, attemptId: idParam });

/**
 * PUT …/answers { questionId, revision, response }: saves one answer. Idempotent: the key is
 * (attempt, question, revision), so a retried save never doubles and an older one never wins.
 */
export function PUT(request: Request, context: RouteContext<'/api/a/[code]/attempts/[attemptId]/answers'>) {
  return answer(async () => {
    const { code, attemptId } = parseParams(await context.params, params);
    const input = await parseBody(request, saveAnswerSchema);
    const saved = await (
      await service()
    ).saveAnswer(code, studentToken(request, code), attemptId, input, clientOf(request));
    return noStore(json({ questionId: input.questionId, ...saved }));
  });
}
