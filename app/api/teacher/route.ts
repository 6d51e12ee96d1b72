import { json } from '@/lib/api/responses';
import { passkeysOf, signInInfo, teacherOf } from '@/lib/server/auth';
import { answer, authored, noStore, service } from '@/lib/server/http';

/**
 * GET /api/teacher: whether teacher sign-in is set up (and what the button calls the account), the
 * signed-in teacher if any, and their assignments and articles, newest first, whatever device made
 * them, and their passkeys. Nothing but the session cookie is read: no key lists anything here.
 */
export function GET(request: Request) {
  return answer(async () => {
    const signIn = signInInfo();
    const teacher = await teacherOf(request);
    if (!teacher) return noStore(json({ signIn, teacher: null, assignments: [], articles: [], passkeys: [] }));
    const [assignments, articles, passkeys] = await Promise.all([
      (await service()).listOwned(teacher.id),
      (await authored()).listOwned(teacher.id),
      passkeysOf(request),
    ]);
    return noStore(
      json({
        signIn,
        teacher: { name: teacher.name, email: teacher.email },
        assignments: assignments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
        articles: articles.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() })),
        passkeys,
      }),
    );
  });
}
