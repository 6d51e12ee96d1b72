import { json } from '@/lib/api/responses';
import { createAssignmentSchema } from '@/lib/assign/settings';
import { listSets } from '@/lib/content/catalog.server';
import { answer, noStore, parseBody, service } from '@/lib/server/http';

/** POST /api/assignments: a teacher makes an assignment; the answer holds the only copy of the teacher key. */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, createAssignmentSchema);
    const made = await (await service()).createAssignment(input, listSets());
    return noStore(json(made, { status: 201 }));
  });
}
