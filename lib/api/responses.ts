import { NextResponse } from 'next/server';
import type { z } from 'zod';

/** Small JSON helpers so every route answers errors in one shape: { error: { message, field? } }. */

export type ApiError = { error: { message: string; field?: string } };

export function jsonError(status: number, message: string, field?: string) {
  return NextResponse.json<ApiError>({ error: { message, ...(field ? { field } : {}) } }, { status });
}

/** A 400 naming the first invalid field and why. */
export function invalidInput(error: z.ZodError) {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  return jsonError(400, issue ? `${field ?? 'input'}: ${issue.message}` : 'Invalid input', field);
}

export function json<T>(body: T, init?: ResponseInit) {
  return NextResponse.json<T>(body, init);
}
