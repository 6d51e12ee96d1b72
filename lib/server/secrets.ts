import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Secrets handed to browsers (the teacher's key, a student's cookie token): 256 random bits,
 * base64url. Only their SHA-256 is stored; a guess is compared in constant time.
 */

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function secretMatches(secret: string | null | undefined, storedHash: string): boolean {
  if (!secret || secret.length > 200) return false;
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Random ids for rows (not secrets, but not guessable either). */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
