import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalidInput, jsonError } from '@/lib/api/responses';
import { normaliseJoinCode } from '@/lib/assign/codes';
import { getDb } from './db/client';
import { AssignmentError, assignmentService, type AssignmentService } from './assignments';
import { authoredService, PublishRefused, type AuthoredService } from './authored';
import { RateLimited, rateLimiter, type RateLimiter } from './limits';

/**
 * What every assignment route handler shares: body size limit and JSON parsing, the service on the
 * process's database, and errors answered as JSON ({ error: { message, field?, reason? } }): a bad
 * input is a 4xx naming the field, never a 500.
 */

export const MAX_BODY_BYTES = 64 * 1024;

export class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Reads and parses a JSON body with the schema; throws a 4xx that names the field. */
export async function parseBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<z.output<T>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new BadRequest(413, `The request body is larger than ${maxBytes} bytes`, 'body');
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw new BadRequest(413, `The request body is larger than ${maxBytes} bytes`, 'body');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadRequest(400, 'The request body is not valid JSON', 'body');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

export function parseParams<T extends z.ZodType>(value: unknown, schema: T): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');
export const codeParam = z
  .string()
  .max(40)
  .transform((code, ctx) => {
    const normalised = normaliseJoinCode(code);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: 'is not a join code (6 letters and digits)' });
      return z.NEVER;
    }
    return normalised;
  });

export async function service(): Promise<AssignmentService> {
  return assignmentService(await getDb());
}

export async function authored(): Promise<AuthoredService> {
  return authoredService(await getDb());
}

export async function limits(): Promise<RateLimiter> {
  return rateLimiter(await getDb());
}

/** Runs a handler, turning thrown input and access errors into their JSON answers. */
export async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof z.ZodError) return invalidInput(error);
    if (error instanceof BadRequest) return jsonError(error.status, error.message, error.field);
    if (error instanceof AssignmentError) {
      return NextResponse.json(
        {
          error: {
            message: error.message,
            ...(error instanceof PublishRefused ? { problems: error.problems } : {}),
            ...(error.field ? { field: error.field } : {}),
            ...(error.reason ? { reason: error.reason } : {}),
          },
        },
        {
          status: error.status,
          headers: error instanceof RateLimited ? { 'Retry-After': String(error.retryAfterSeconds) } : undefined,
        },
      );
    }
    console.error(error);
    return jsonError(503, 'The server could not do that just now. Nothing was lost: try again in a moment.');
  }
}

/** The teacher key, from "Authorization: Bearer <key>" or, for download links, ?key=. */
export function teacherKey(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return new URL(request.url).searchParams.get('key');
}

/** A wrong key and an unknown assignment get the same answer. */
export const TEACHER_NOT_FOUND = 'No assignment here, or the teacher link is not complete.';

/** The student's cookie: which browser an attempt belongs to (httpOnly: page scripts never see it). */
export function studentCookieName(code: string): string {
  return `nq_student_${code}`;
}

export function studentToken(request: Request, code: string): string | null {
  const cookies = request.headers.get('cookie') ?? '';
  const name = studentCookieName(code);
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

export function setStudentCookie(response: NextResponse, request: Request, code: string, token: string): void {
  response.cookies.set(studentCookieName(code), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge: 60 * 60 * 24 * 90,
  });
}

export function noStore(response: NextResponse): NextResponse {
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
