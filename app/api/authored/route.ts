import { json } from '@/lib/api/responses';
import { MAX_PUBLISH_BYTES, publishSchema } from '@/lib/drafts/publish';
import { answer, authored, noStore, parseBody } from '@/lib/server/http';

/**
 * POST /api/authored: a teacher publishes their own article and its sets. The content check runs on
 * them first (a 422 lists every problem by question and field); the answer holds the only copy of the key.
 */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, publishSchema, MAX_PUBLISH_BYTES);
    const made = await (await authored()).publish(input);
    return noStore(json(made, { status: 201 }));
  });
}
