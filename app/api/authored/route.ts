import { json } from '@/lib/api/responses';
import { MAX_PUBLISH_BYTES, publishSchema } from '@/lib/drafts/publish';
import { viewerId } from '@/lib/server/auth';
import { clientOf } from '@/lib/server/client';
import { answer, authored, limits, noStore, parseBody } from '@/lib/server/http';

/**
 * POST /api/authored: a teacher publishes their own article and its sets. The content check runs on
 * them first (a 422 lists every problem by question and field); the answer holds the only copy of the key.
 * New articles are limited per browser and address (each keeps up to 256 KB); a refused publish does not count.
 */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, publishSchema, MAX_PUBLISH_BYTES);
    const client = clientOf(request);
    const limiter = await limits();
    await limiter.check('publish', client);
    const made = await (await authored()).publish(input, await viewerId(request));
    await limiter.count('publish', client);
    return noStore(json(made, { status: 201 }));
  });
}
