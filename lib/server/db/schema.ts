import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { AssignmentSettings, SnapshotQuestion } from '@/lib/assign/settings';
import type { QuizResponse } from '@/lib/quiz/response';

/**
 * The assignment tables. Changing them: edit this file, then `npm run db:generate` writes the next
 * migration into drizzle/ (commit it); migrations run when the server first touches the database.
 */

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const assignments = pgTable(
  'assignments',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** SHA-256 of the teacher's secret key; the key itself is never stored. */
    teacherKeyHash: text('teacher_key_hash').notNull(),
    /** SHA-256 of the read-only results key a teacher handed to a colleague; null when none is shared. */
    viewKeyHash: text('view_key_hash'),
    settings: jsonb('settings').$type<AssignmentSettings>().notNull(),
    /** The questions with their answer keys, copied when the assignment was made. */
    questions: jsonb('questions').$type<SnapshotQuestion[]>().notNull(),
    questionCount: integer('question_count').notNull(),
    timeLimitSeconds: integer('time_limit_seconds'),
    opensAt: at('opens_at'),
    closesAt: at('closes_at'),
    /** Closed by the teacher before (or without) a close time: running attempts were submitted then. */
    closedAt: at('closed_at'),
    /** Closed to new students by the teacher, letting those still answering finish in their own time. */
    finishingFrom: at('finishing_from'),
    /** The signed-in teacher who made it (issue 17); null when made with a key link only. */
    ownerId: text('owner_id').references(() => authUsers.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('assignments_code_key').on(t.code), index('assignments_owner_idx').on(t.ownerId)],
);

export const attempts = pgTable(
  'attempts',
  {
    id: text('id').primaryKey(),
    assignmentId: text('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    /** SHA-256 of the student's cookie token: one student (one browser) across their attempts. */
    studentHash: text('student_hash').notNull(),
    number: integer('number').notNull(),
    displayName: text('display_name').notNull(),
    seed: text('seed').notNull(),
    questionIds: jsonb('question_ids').$type<string[]>().notNull(),
    startedAt: at('started_at').notNull(),
    /** Time the teacher added while this attempt ran ("Extend"), on top of the time limit. */
    extraSeconds: integer('extra_seconds').notNull().default(0),
    /** When saving stops: the time limit (plus extra time) or the close time, whichever comes first (null: neither). */
    deadline: at('deadline'),
    submittedAt: at('submitted_at'),
    /** Submitted by the student, or closed by the server after the deadline. */
    submittedBy: text('submitted_by', { enum: ['student', 'deadline', 'teacher'] }),
    score: real('score'),
    maxScore: integer('max_score').notNull(),
    removedAt: at('removed_at'),
  },
  (t) => [
    uniqueIndex('attempts_student_number_key').on(t.assignmentId, t.studentHash, t.number),
    index('attempts_assignment_idx').on(t.assignmentId),
    // The sweeper's question: which running attempts' time has run out.
    index('attempts_running_deadline_idx')
      .on(t.deadline)
      .where(sql`${t.submittedAt} is null and ${t.removedAt} is null`),
    check('attempts_name_length', sql`char_length(${t.displayName}) between 1 and 60`),
  ],
);

export const responses = pgTable(
  'responses',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => attempts.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    /** The client's revision counter for this answer: a save with an older or equal revision changes nothing. */
    revision: integer('revision').notNull(),
    response: jsonb('response').$type<QuizResponse | null>(),
    savedAt: at('saved_at').notNull(),
    /** Set when the attempt is graded. */
    score: real('score'),
    correct: boolean('correct'),
    /** The answer as text, for the teacher's tables and the CSV. */
    answerText: text('answer_text'),
  },
  (t) => [primaryKey({ columns: [t.attemptId, t.questionId] })],
);

/**
 * Rate limits (lib/server/limits.ts): how many times a bucket was counted in a window. A bucket is
 * what is counted and for whom: "code-guess:browser:<id>", "code-guess:address:<ip>", "drafts:address:<ip>".
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    bucket: text('bucket').notNull(),
    windowStart: at('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

/**
 * A teacher's own article and its question sets, published from the authoring screen. They are
 * stored as the same content files as content/ (Markdown and YAML), so the content check that
 * validates content/ loads them too, and an export is the files as they are.
 */
export const authoredArticles = pgTable('authored_articles', {
  /** The article id: a slug of the title and a random part, so it is unguessable and never clashes with content/. */
  id: text('id').primaryKey(),
  /** SHA-256 of the teacher's secret key for this article. */
  ownerKeyHash: text('owner_key_hash').notNull(),
  title: text('title').notNull(),
  articleFile: text('article_file').notNull(),
  setFiles: jsonb('set_files').$type<{ path: string; text: string }[]>().notNull(),
  /** Open for self-study: anyone with the link may study it (and so see its answers). Private by default. */
  shared: boolean('shared').notNull().default(false),
  /** The signed-in teacher who published it (issue 17); null when published with a key link only. */
  ownerId: text('owner_id').references(() => authUsers.id, { onDelete: 'set null' }),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
});

/*
 * Teachers' accounts (issue 17): the tables better-auth keeps (users, sessions, the identity
 * provider accounts they sign in with, short-lived values such as an OpenID Connect sign-in's
 * state). Their columns are better-auth's own (lib/server/auth.ts hands them over by role);
 * students have no accounts.
 */
export const authUsers = pgTable('auth_users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').default(false).notNull(),
  image: text('image'),
  createdAt: at('created_at').defaultNow().notNull(),
  updatedAt: at('updated_at')
    .defaultNow()
    .$onUpdate(() => new Date())
    .notNull(),
});

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    expiresAt: at('expires_at').notNull(),
    token: text('token').notNull().unique(),
    createdAt: at('created_at').defaultNow().notNull(),
    updatedAt: at('updated_at')
      .$onUpdate(() => new Date())
      .notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: at('access_token_expires_at'),
    refreshTokenExpiresAt: at('refresh_token_expires_at'),
    scope: text('scope'),
    password: text('password'),
    createdAt: at('created_at').defaultNow().notNull(),
    updatedAt: at('updated_at')
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (t) => [index('auth_accounts_user_idx').on(t.userId)],
);

export const authVerifications = pgTable(
  'auth_verifications',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').defaultNow().notNull(),
    updatedAt: at('updated_at')
      .defaultNow()
      .$onUpdate(() => new Date())
      .notNull(),
  },
  (t) => [index('auth_verifications_identifier_idx').on(t.identifier)],
);

/** A teacher's passkeys (WebAuthn; @better-auth/passkey): the public key only, never a secret. */
export const authPasskeys = pgTable(
  'auth_passkeys',
  {
    id: text('id').primaryKey(),
    name: text('name'),
    publicKey: text('public_key').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    credentialID: text('credential_id').notNull(),
    counter: integer('counter').notNull(),
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    transports: text('transports'),
    createdAt: at('created_at').defaultNow(),
    aaguid: text('aaguid'),
  },
  (t) => [index('auth_passkeys_user_idx').on(t.userId), uniqueIndex('auth_passkeys_credential_key').on(t.credentialID)],
);
