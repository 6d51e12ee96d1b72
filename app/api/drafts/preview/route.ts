import { json } from '@/lib/api/responses';
import { MAX_PUBLISH_BYTES, publishSchema } from '@/lib/drafts/publish';
import { previewPublish } from '@/lib/server/authored';
import { clientOf } from '@/lib/server/client';
import { answer, limits, noStore, parseBody } from '@/lib/server/http';

/**
 * POST /api/drafts/preview { the body of POST /api/authored }: the quiz students would get, checked,
 * cited and drawn exactly as publishing would (a 422 lists the same problems), with nothing stored.
 * The authoring screen's "Preview as a student" runs it; the content check stays on the server (its
 * sentence model is 3.8 MB). Limited per browser and address.
 */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, publishSchema, MAX_PUBLISH_BYTES);
    await (await limits()).take('preview', clientOf(request));
    return noStore(json(previewPublish(input)));
  });
}
