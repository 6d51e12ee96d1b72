import { z } from 'zod';
import type { CatalogQuestion } from '@/lib/content/types';

/**
 * What a teacher chooses when making an assignment, as the API accepts it. Pure: the /teach form,
 * the route handler and the tests share it.
 */

import { CORRECTIONS, type CorrectionsPolicy } from './corrections';

export { CORRECTIONS, CORRECTIONS_LABELS, type CorrectionsPolicy } from './corrections';

export const MAX_QUESTIONS = 200;
const id = z.string().trim().min(1).max(120);
const isoTime = z.iso.datetime({ offset: true });

export const createAssignmentSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'Give the assignment a title').max(120),
    /** Whole sets… */
    setIds: z.array(id).max(50).default([]),
    /** …or hand-picked questions (added to the sets' questions). */
    questionIds: z.array(id).max(MAX_QUESTIONS).default([]),
    /** Questions each student gets, drawn from the pool; all of them when omitted. */
    questionCount: z.int().min(1).max(MAX_QUESTIONS).nullable().default(null),
    shuffleQuestions: z.boolean().default(true),
    shuffleOptions: z.boolean().default(true),
    timeLimitMinutes: z.int().min(1).max(600).nullable().default(null),
    opensAt: isoTime.nullable().default(null),
    closesAt: isoTime.nullable().default(null),
    attemptsAllowed: z.int().min(1).max(10).default(1),
    corrections: z.enum(CORRECTIONS).default('after-submit'),
    /** A teacher's own article to draw sets from, with its key (its sets are private to the key holder). */
    article: z.strictObject({ id: z.string().max(120), key: z.string().max(200) }).optional(),
  })
  .check((ctx) => {
    const value = ctx.value;
    if (value.setIds.length === 0 && value.questionIds.length === 0) {
      ctx.issues.push({
        code: 'custom',
        input: value.setIds,
        path: ['setIds'],
        message: 'Pick at least one set or question',
      });
    }
    if (value.opensAt && value.closesAt && Date.parse(value.closesAt) <= Date.parse(value.opensAt)) {
      ctx.issues.push({
        code: 'custom',
        input: value.closesAt,
        path: ['closesAt'],
        message: 'The close time must come after the open time',
      });
    }
  });
export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;
export type CreateAssignment = z.output<typeof createAssignmentSchema>;

/** What is kept with the assignment (besides its questions). */
export type AssignmentSettings = {
  setIds: string[];
  questionCount: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  attemptsAllowed: number;
  corrections: CorrectionsPolicy;
};

/** A question as copied into the assignment: with its answer key, never sent to a student before submitting. */
export type SnapshotQuestion = CatalogQuestion & { setId: string };

/** Display names: trimmed, Unicode-normalised (NFC), inner runs of spaces collapsed, 1–60 characters. */
export const displayNameSchema = z
  .string()
  .max(400)
  .transform((name) => name.normalize('NFC').replace(/\s+/gu, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'Type your name')
      .refine((name) => [...name].length <= 60, 'Use at most 60 characters')
      // Control and format characters (zero-width joiners aside) hide or fake a name.
      .refine(
        (name) => !/[\p{Cc}\u200B\u2028\u2029\u202A-\u202E\u2066-\u2069]/u.test(name),
        'Use letters, digits and punctuation only',
      ),
  );
