import 'server-only';
import type { Db } from '../db/client';
import type { Clock } from './core';
import { gradingOps } from './grading';
import { resultsOps } from './results';
import { studentOps } from './student';
import { teacherOps } from './teacher';

/**
 * The assignments data-access layer: every read and write of assignments, attempts and answers,
 * returning small DTOs, split by who acts (student.ts, teacher.ts, results.ts) and the grading they
 * share (grading.ts). Route handlers parse input and call these; nothing here trusts the caller
 * beyond the types. Grading uses the self-study engine (lib/quiz) on the questions snapshotted
 * into the assignment. The server's clock (injected, for tests) decides every time rule; nothing
 * about an attempt lives in this process's memory, so any number of instances can share one
 * PostgreSQL.
 */
export function assignmentService(db: Db, now: Clock = () => new Date()) {
  const context = { db, now };
  const grading = gradingOps(context);
  return {
    ...studentOps(context, grading),
    ...teacherOps(context, grading),
    ...resultsOps(context, grading),
    gradeExpired: grading.gradeExpired,
    gradeDue: grading.gradeDue,
  };
}

export type AssignmentService = ReturnType<typeof assignmentService>;
export type { TeacherAssignment, TeacherResults } from '@/lib/assign/dto';

export { AssignmentError, type Clock } from './core';
export type { Access, ClaimOutcome, CreatedAssignment, WindowAction, WindowChange } from './teacher';
