import { z } from 'zod';
import { jsonError } from '@/lib/api/responses';
import { longCsv, wideCsv } from '@/lib/assign/export';
import { responseLines } from '@/lib/quiz/describe';
import { answer, idParam, parseParams, service, TEACHER_NOT_FOUND, teacherKey } from '@/lib/server/http';
import { viewerId } from '@/lib/server/auth';

const params = z.object({ id: idParam });
const query = z.object({ format: z.enum(['wide', 'long']).default('wide') });

/** GET /api/assignments/{id}/export?format=wide|long&key=…: the results as CSV (UTF-8 with BOM). */
export function GET(request: Request, context: RouteContext<'/api/assignments/[id]/export'>) {
  return answer(async () => {
    const { id } = parseParams(await context.params, params);
    const { format } = parseParams(Object.fromEntries(new URL(request.url).searchParams), query.passthrough());
    const assignments = await service();
    // The teacher, or a colleague's read-only results link.
    const { assignment } = (await assignments.access(id, teacherKey(request), await viewerId(request))) ?? {};
    if (!assignment) return jsonError(404, TEACHER_NOT_FOUND);
    const rows = (await assignments.answerRows(assignment)).map((row) => ({
      ...row,
      // In-progress answers have no answer text yet: show what was saved.
      answer: row.answer ?? (row.response ? responseLines(row.response).join(' / ') : null),
    }));
    const questions = assignment.questions.map((q) => ({ id: q.id, prompt: q.prompt }));
    const csv = format === 'wide' ? wideCsv(rows, questions) : longCsv(rows, questions);
    const slug =
      assignment.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'assignment';
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${slug}-${format}.csv"`,
        'Cache-Control': 'no-store',
      },
    });
  });
}
