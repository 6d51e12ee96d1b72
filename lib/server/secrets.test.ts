import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, secretMatches } from './secrets';

describe('teacher keys and student tokens', () => {
  it('are 256 random bits, stored only as a SHA-256 hash, and compared by hash', () => {
    const key = newSecret();
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(newSecret()).not.toBe(key);
    const stored = hashSecret(key);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(key);
    expect(secretMatches(key, stored)).toBe(true);
    expect(secretMatches(`${key}x`, stored)).toBe(false);
    expect(secretMatches('', stored)).toBe(false);
    expect(secretMatches(null, stored)).toBe(false);
    expect(secretMatches('x'.repeat(10_000), stored)).toBe(false);
  });
});
