import { z } from 'zod';
import { json, jsonError } from '@/lib/api/responses';
import { teacherOf } from '@/lib/server/auth';
import { answer, authored, idParam, noStore, parseBody, service } from '@/lib/server/http';

const claimSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        kind: z.enum(['assignment', 'article']),
        id: idParam,
        key: z.string().trim().min(1, 'is missing').max(200),
      }),
    )
    .min(1, 'has nothing to move')
    .max(500),
});

/**
 * POST /api/teacher/claim: { items: [{ kind, id, key }] } moves assignments and articles made with key
 * links into the signed-in teacher's account (the links this browser remembers, or one pasted by
 * hand). Each answers claimed, already-yours, another-account (it stays there) or not-found (a
 * wrong key and an unknown id alike). The key links keep working.
 */
export function POST(request: Request) {
  return answer(async () => {
    const teacher = await teacherOf(request);
    if (!teacher) return jsonError(401, 'Sign in first: links move into the account you are signed in to.');
    const { items } = await parseBody(request, claimSchema);
    const [assignments, articles] = [await service(), await authored()];
    const results = [];
    for (const item of items) {
      const outcome =
        item.kind === 'assignment'
          ? await assignments.claim(item.id, item.key, teacher.id)
          : await articles.claim(item.id, item.key, teacher.id);
      results.push({ kind: item.kind, id: item.id, outcome });
    }
    return noStore(json({ results }));
  });
}
