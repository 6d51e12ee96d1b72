import { z } from 'zod';
import { json, jsonError } from '@/lib/api/responses';
import { normaliseJoinCode } from '@/lib/assign/codes';
import { clientOf } from '@/lib/server/client';
import { answer, noStore, parseBody, service } from '@/lib/server/http';

const joinSchema = z.strictObject({ code: z.string().max(40) });

/** POST /api/join { code }: the assignment behind a code (any case, spaces ignored). Wrong codes are rate-limited. */
export function POST(request: Request) {
  return answer(async () => {
    const { code } = await parseBody(request, joinSchema);
    const assignment = await (await service()).join(normaliseJoinCode(code), clientOf(request));
    if (!assignment) return jsonError(404, 'No assignment has that code. Check it with your teacher.', 'code');
    return noStore(json({ assignment }));
  });
}
