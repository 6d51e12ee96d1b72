import { json } from '@/lib/api/responses';
import { listSets } from '@/lib/content/catalog.server';
import { toSetSummary, type SetSummaryDto } from '@/lib/content/dto';

/** GET /api/sets: every question set, without its questions. */
export function GET() {
  return json<{ sets: SetSummaryDto[] }>({ sets: listSets().map(toSetSummary) });
}
