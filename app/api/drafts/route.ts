import { json } from '@/lib/api/responses';
import { draftQuestions } from '@/lib/drafts/generate';
import { draftInputSchema } from '@/lib/drafts/input-schema';
import { clientOf } from '@/lib/server/client';
import { answer, limits, noStore, parseBody } from '@/lib/server/http';

/**
 * POST /api/drafts { title, date, text }: draft questions for an article, each citing its sentence,
 * best first (`drafts`), then the rest the engine ranked after them (`more`),
 * with the article's sentences as the reader numbers them and its paragraphs after cleaning
 * (the authoring screen uses it; integrations may too). Nothing is stored. Limited per browser and
 * address (lib/server/limits.ts): drafting costs the server's CPU.
 */
export function POST(request: Request) {
  return answer(async () => {
    const input = await parseBody(request, draftInputSchema);
    await (await limits()).take('drafts', clientOf(request));
    const { sentences, paragraphs, drafts, more } = draftQuestions(input);
    return noStore(json({ sentences, paragraphs, drafts, more }));
  });
}
