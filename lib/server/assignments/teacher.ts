import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { newJoinCode } from '@/lib/assign/codes';
import { drawableCount } from '@/lib/quiz/draw';
import { drawRules } from '@/lib/quiz/draw-rules';
import type { WindowAction, WindowChange } from '@/lib/assign/dto';
import type { AssignmentSettings, CreateAssignment, SnapshotQuestion } from '@/lib/assign/settings';
import type { QuestionSet } from '@/lib/content/types';
import { assignments, attempts } from '../db/schema';
import { hashSecret, newId, newSecret, secretMatches } from '../secrets';
import { AssignmentError, effectiveClose, teacherAssignmentInfo, type AssignmentRow, type Context } from './core';
import type { Grading } from './grading';

export type CreatedAssignment = { id: string; code: string; teacherKey: string };
export type OwnedAssignment = { id: string; title: string; code: string; createdAt: Date };
/** What claiming a key link into an account did (see `claim`). */
export type ClaimOutcome = 'claimed' | 'already-yours' | 'another-account' | 'not-found';
/** Who is looking at a dashboard: its teacher (key or owner), or a colleague with the read-only link. */
export type Access = { assignment: AssignmentRow; role: 'teacher' | 'viewer' };

export type { WindowAction, WindowChange } from '@/lib/assign/dto';

/** What a teacher does: create an assignment, prove the key, change its window, rename or remove an attempt. */
export function teacherOps({ db, now }: Context, { gradeAttempt, gradeExpired }: Grading) {
  async function createAssignment(
    input: CreateAssignment,
    sets: readonly QuestionSet[],
    /** The signed-in teacher making it, who can then open it without its key. */
    ownerId: string | null = null,
  ): Promise<CreatedAssignment> {
    const pool = resolvePool(input, sets);
    const at = now();
    if (input.closesAt && Date.parse(input.closesAt) <= at.getTime()) {
      throw new AssignmentError(400, 'closesAt: the close time has already passed', 'closesAt');
    }
    const settings: AssignmentSettings = {
      setIds: input.setIds,
      // No more than one attempt can ask: questions about the same fact are asked one at a time.
      questionCount: Math.min(
        input.questionCount ?? pool.length,
        drawableCount(
          pool.map((q) => q.id),
          drawRules(pool),
        ),
      ),
      shuffleQuestions: input.shuffleQuestions,
      shuffleOptions: input.shuffleOptions,
      attemptsAllowed: input.attemptsAllowed,
      corrections: input.corrections,
    };
    const teacherKey = newSecret();
    for (let tries = 0; ; tries += 1) {
      const row = {
        id: newId(),
        code: newJoinCode(),
        title: input.title,
        teacherKeyHash: hashSecret(teacherKey),
        settings,
        questions: pool,
        questionCount: settings.questionCount,
        timeLimitSeconds: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60,
        opensAt: input.opensAt ? new Date(input.opensAt) : null,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        closedAt: null,
        ownerId,
        createdAt: at,
      };
      const inserted = await db.insert(assignments).values(row).onConflictDoNothing().returning({ id: assignments.id });
      if (inserted.length === 1) return { id: row.id, code: row.code, teacherKey };
      if (tries >= 5) throw new Error('Could not find a free join code');
    }
  }

  /**
   * The assignment if the key is its teacher key, or the signed-in teacher (`viewerId`) owns it; null
   * for a wrong key, someone else's assignment and an unknown id alike.
   */
  async function authorize(
    assignmentId: string,
    teacherKey: string | null,
    viewerId: string | null = null,
  ): Promise<AssignmentRow | null> {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId)).limit(1);
    if (!row) {
      secretMatches(teacherKey, '0'.repeat(64)); // the same work either way
      return null;
    }
    if (secretMatches(teacherKey, row.teacherKeyHash)) return row;
    return viewerId !== null && row.ownerId === viewerId ? row : null;
  }

  /**
   * Like `authorize`, and also lets in the read-only results key a teacher shared (role 'viewer':
   * results and the CSV, never a change).
   */
  async function access(
    assignmentId: string,
    key: string | null,
    viewerId: string | null = null,
  ): Promise<Access | null> {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId)).limit(1);
    if (!row) {
      secretMatches(key, '0'.repeat(64));
      return null;
    }
    if (secretMatches(key, row.teacherKeyHash)) return { assignment: row, role: 'teacher' };
    if (viewerId !== null && row.ownerId === viewerId) return { assignment: row, role: 'teacher' };
    if (row.viewKeyHash !== null && secretMatches(key, row.viewKeyHash)) return { assignment: row, role: 'viewer' };
    return null;
  }

  /** A new read-only results key for a colleague (the one shared before stops working). */
  async function shareResults(assignment: AssignmentRow): Promise<string> {
    const viewKey = newSecret();
    await db
      .update(assignments)
      .set({ viewKeyHash: hashSecret(viewKey) })
      .where(eq(assignments.id, assignment.id));
    return viewKey;
  }

  /** The read-only results link stops working. */
  async function stopSharingResults(assignment: AssignmentRow): Promise<void> {
    await db.update(assignments).set({ viewKeyHash: null }).where(eq(assignments.id, assignment.id));
  }

  /**
   * Moves an assignment made with a key link into a signed-in teacher's account: from then on it is
   * listed on their home on any device and opens without the key (the key link keeps working). An
   * assignment already in another account stays there.
   */
  async function claim(assignmentId: string, teacherKey: string, ownerId: string): Promise<ClaimOutcome> {
    const [row] = await db.select().from(assignments).where(eq(assignments.id, assignmentId)).limit(1);
    if (!row || !secretMatches(teacherKey, row.teacherKeyHash)) return 'not-found';
    if (row.ownerId === ownerId) return 'already-yours';
    if (row.ownerId !== null) return 'another-account';
    const updated = await db
      .update(assignments)
      .set({ ownerId })
      .where(and(eq(assignments.id, assignmentId), isNull(assignments.ownerId)))
      .returning({ id: assignments.id });
    return updated.length === 1 ? 'claimed' : 'another-account';
  }

  /** A signed-in teacher's assignments, newest first, on any device. */
  async function listOwned(ownerId: string): Promise<OwnedAssignment[]> {
    return db
      .select({
        id: assignments.id,
        title: assignments.title,
        code: assignments.code,
        createdAt: assignments.createdAt,
      })
      .from(assignments)
      .where(eq(assignments.ownerId, ownerId))
      .orderBy(desc(assignments.createdAt))
      .limit(500);
  }

  /**
   * Close (submitting the attempts still running, or letting them finish), reopen, or extend. An
   * extension adds its minutes to every running attempt and to the close time when there is one; it
   * never shortens anyone's time. Says how many running attempts the change concerned.
   */
  async function changeWindow(assignment: AssignmentRow, action: WindowAction): Promise<WindowChange> {
    const at = now();
    // Attempts whose time has already run out are graded first: a reopen or an extension must not revive them.
    await gradeExpired(assignment.id);
    let { closedAt, closesAt, finishingFrom } = assignment;
    if (action.type === 'close') {
      if (action.running === 'submit') closedAt = at;
      else finishingFrom = at;
    } else if (action.type === 'reopen') {
      closedAt = null;
      finishingFrom = null;
      if (closesAt && closesAt <= at) closesAt = null;
    } else {
      if (closedAt && closedAt <= at) {
        throw new AssignmentError(409, 'The assignment is closed: reopen it, then extend.', 'type');
      }
      if (assignment.timeLimitSeconds === null && !closesAt) {
        throw new AssignmentError(
          409,
          'This assignment has no time limit and no close time: there is nothing to extend.',
          'type',
        );
      }
      if (closesAt) closesAt = new Date(Math.max(closesAt.getTime(), at.getTime()) + action.minutes * 60_000);
    }
    await db.update(assignments).set({ closedAt, closesAt, finishingFrom }).where(eq(assignments.id, assignment.id));
    const updated = { ...assignment, closedAt, closesAt, finishingFrom };
    const running = and(
      eq(attempts.assignmentId, assignment.id),
      isNull(attempts.submittedAt),
      isNull(attempts.removedAt),
    );
    let concerned = 0;
    if (action.type === 'close') {
      const ids = await db.select({ id: attempts.id }).from(attempts).where(running);
      concerned = ids.length;
      if (action.running === 'submit') for (const { id } of ids) await gradeAttempt(id, 'teacher');
    } else {
      // Running attempts: their time limit plus any extra time, cut at the close time.
      const extra = action.type === 'extend' ? action.minutes * 60 : 0;
      const close = effectiveClose(updated);
      const limit = assignment.timeLimitSeconds;
      const own = sql`${attempts.startedAt} + make_interval(secs => ${limit} + ${attempts.extraSeconds} + ${extra})`;
      const changed = await db
        .update(attempts)
        .set({
          extraSeconds: sql`${attempts.extraSeconds} + ${extra}`,
          deadline:
            limit === null ? close : close === null ? own : sql`least(${own}, ${close.toISOString()}::timestamptz)`,
        })
        .where(running)
        .returning({ id: attempts.id });
      concerned = changed.length;
    }
    return { assignment: teacherAssignmentInfo(updated, at), running: concerned };
  }

  async function renameAttempt(assignment: AssignmentRow, attemptId: string, displayName: string): Promise<boolean> {
    const updated = await db
      .update(attempts)
      .set({ displayName })
      .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .returning({ id: attempts.id });
    return updated.length === 1;
  }

  async function removeAttempt(assignment: AssignmentRow, attemptId: string): Promise<boolean> {
    const updated = await db
      .update(attempts)
      .set({ removedAt: now() })
      .where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignment.id), isNull(attempts.removedAt)))
      .returning({ id: attempts.id });
    return updated.length === 1;
  }

  return {
    createAssignment,
    authorize,
    access,
    shareResults,
    stopSharingResults,
    claim,
    listOwned,
    changeWindow,
    renameAttempt,
    removeAttempt,
  };
}

/** The questions an assignment draws from: whole sets, then hand-picked ones, each once. */
function resolvePool(input: CreateAssignment, sets: readonly QuestionSet[]): SnapshotQuestion[] {
  const byId = new Map(sets.map((set) => [set.id, set]));
  const pool = new Map<string, SnapshotQuestion>();
  input.setIds.forEach((setId, index) => {
    const set = byId.get(setId);
    if (!set) throw new AssignmentError(400, `setIds.${index}: no set "${setId}"`, `setIds.${index}`);
    for (const question of set.questions) if (!pool.has(question.id)) pool.set(question.id, { ...question, setId });
  });
  const authored = new Map<string, SnapshotQuestion>();
  for (const set of sets) {
    if (set.parts) continue; // a combined set repeats its parts' questions
    for (const question of set.questions) authored.set(question.id, { ...question, setId: set.id });
  }
  input.questionIds.forEach((questionId, index) => {
    const question = authored.get(questionId);
    if (!question)
      throw new AssignmentError(400, `questionIds.${index}: no question "${questionId}"`, `questionIds.${index}`);
    if (!pool.has(questionId)) pool.set(questionId, question);
  });
  return [...pool.values()];
}
