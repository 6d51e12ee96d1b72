import { json } from '@/lib/api/responses';
import { createAssignmentSchema } from '@/lib/assign/settings';
import { listSets } from '@/lib/content/catalog.server';
import { viewerId } from '@/lib/server/auth';
import { answer, authored, noStore, parseBody, service } from '@/lib/server/http';

/** POST /api/assignments: a teacher makes an assignment; the answer holds the only copy of the teacher key. */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, createAssignmentSchema);
    const viewer = await viewerId(request);
    const own = input.article
      ? await (await authored()).setsToAssign(input.article.id, input.article.key, 'article', viewer)
      : [];
    const made = await (await service()).createAssignment(input, [...listSets(), ...own], viewer);
    return noStore(json(made, { status: 201 }));
  });
}
