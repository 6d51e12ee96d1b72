import { describe, expect, it } from 'vitest';
import { planQuestionIds } from '@/lib/quiz/session';
import { formatJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from './codes';
import { csvCell, toCsv } from './csv';
import { studentAttemptSchema } from './dto';
import { assignmentState, attemptDeadline, correctionsVisible, saveRefusal } from './policy';
import { createAssignmentSchema, displayNameSchema } from './settings';

const at = (iso: string) => new Date(iso);

describe('join codes', () => {
  it('are 6 characters with no look-alikes, uniformly drawn', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i += 1) {
      const code = newJoinCode();
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
      for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...JOIN_CODE_ALPHABET].sort().join(''));
    for (const n of counts.values()) expect(n).toBeGreaterThan(250); // 12000 draws / 31 ≈ 387 each
  });

  it('throw away bytes that would bias the draw', () => {
    // 248 = 8 × 31: bytes 248–255 are rejected; 0 maps to A, 31 to A again.
    const bytes = [255, 250, 248, 0, 31, 1, 30, 62, 2];
    const code = newJoinCode((buffer) => buffer.map((_, i) => bytes[i] ?? 0));
    expect(code).toBe('AAB9AC');
  });

  it('are read in any case, with spaces and dashes ignored', () => {
    expect(normaliseJoinCode(' k7m-q2x ')).toBe('K7MQ2X');
    expect(normaliseJoinCode('K7M Q2X')).toBe('K7MQ2X');
    expect(normaliseJoinCode('K7MQ2O')).toBeNull(); // O is not in the alphabet
    expect(normaliseJoinCode('K7MQ2')).toBeNull();
    expect(formatJoinCode('K7MQ2X')).toBe('K7M Q2X');
  });
});

describe('per-student draw', () => {
  it('is the same for the same seed and differs between students', () => {
    const ids = Array.from({ length: 14 }, (_, i) => `q${i}`);
    const a = planQuestionIds(ids, { count: 5, shuffle: true, seed: 'student-a' });
    expect(planQuestionIds(ids, { count: 5, shuffle: true, seed: 'student-a' })).toEqual(a);
    expect(planQuestionIds(ids, { count: 5, shuffle: true, seed: 'student-b' })).not.toEqual(a);
    expect(new Set(a).size).toBe(5);
  });
});

describe('the clock rules', () => {
  const window = { opensAt: null, closesAt: at('2026-11-20T10:00:00Z'), closedAt: null };
  const started = at('2026-11-20T09:00:00Z');

  it('the deadline is the time limit or the close time, whichever is first', () => {
    expect(attemptDeadline(started, 600, window.closesAt)).toEqual(at('2026-11-20T09:10:00Z'));
    expect(attemptDeadline(started, 7200, window.closesAt)).toEqual(window.closesAt);
    expect(attemptDeadline(started, null, null)).toBeNull();
  });

  it('refuses late saves and says why', () => {
    const attempt = { deadline: at('2026-11-20T09:10:00Z'), submittedAt: null, removedAt: null };
    expect(saveRefusal(attempt, window, at('2026-11-20T09:09:59Z'))).toBeNull();
    expect(saveRefusal(attempt, window, at('2026-11-20T09:10:00Z'))).toBe('time-up');
    const toClose = { ...attempt, deadline: window.closesAt };
    expect(saveRefusal(toClose, window, at('2026-11-20T10:00:01Z'))).toBe('closed');
    expect(saveRefusal({ ...attempt, submittedAt: started }, window, started)).toBe('submitted');
    expect(saveRefusal({ ...attempt, removedAt: started }, window, started)).toBe('removed');
    expect(
      saveRefusal({ ...attempt, deadline: null }, { ...window, closedAt: started }, at('2026-11-20T09:05:00Z')),
    ).toBe('closed');
  });

  it('knows when an assignment is open, and when corrections show', () => {
    expect(assignmentState({ ...window, opensAt: at('2026-11-20T09:30:00Z') }, started)).toBe('not-open');
    expect(assignmentState(window, started)).toBe('open');
    expect(assignmentState(window, at('2026-11-20T10:00:00Z'))).toBe('closed');
    expect(correctionsVisible('after-submit', 'open')).toBe(true);
    expect(correctionsVisible('after-close', 'open')).toBe(false);
    expect(correctionsVisible('after-close', 'closed')).toBe(true);
    expect(correctionsVisible('never', 'closed')).toBe(false);
  });
});

describe('CSV', () => {
  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('"-3"'); // a number stays a number
    expect(csvCell('Zoë, "the best"')).toBe('"Zoë, ""the best"""');
  });

  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('\uFEFF"a","1"\r\n"b",""\r\n');
  });
});

describe('input schemas', () => {
  it('display names are trimmed, normalised and 1–60 characters', () => {
    expect(displayNameSchema.parse('  Zoe\u0308   Li ')).toBe('Zoë Li');
    expect(displayNameSchema.safeParse('   ').success).toBe(false);
    expect(displayNameSchema.safeParse('x'.repeat(61)).success).toBe(false);
    expect(displayNameSchema.safeParse('😀'.repeat(60)).success).toBe(true);
    expect(displayNameSchema.safeParse('a\u202Eb').success).toBe(false);
  });

  it('an assignment needs questions, and a close time after the open time', () => {
    const issue = (input: object) => createAssignmentSchema.safeParse(input).error?.issues[0]?.path.join('.');
    expect(issue({ title: 'T', setIds: [] })).toBe('setIds');
    expect(
      issue({ title: 'T', setIds: ['s'], opensAt: '2026-11-20T10:00:00Z', closesAt: '2026-11-20T09:00:00Z' }),
    ).toBe('closesAt');
    expect(issue({ title: '', setIds: ['s'] })).toBe('title');
    expect(issue({ title: 'T', setIds: ['s'], timeLimitMinutes: 0 })).toBe('timeLimitMinutes');
    expect(issue({ title: 'T', setIds: ['s'], surprise: 1 })).toBe('');
  });
});

describe('what a student receives', () => {
  const attempt = {
    id: 'a',
    number: 1,
    displayName: 'Ada',
    questions: [{ id: 'q', type: 'single', prompt: 'Who?', options: ['A', 'B'] }],
    answers: {},
    startedAt: '2026-11-20T09:00:00.000Z',
    deadline: null,
    serverNow: '2026-11-20T09:00:00.000Z',
    result: null,
    canRetry: false,
  };

  it('has no room for an answer key, accepted spellings, an explanation or evidence', () => {
    expect(studentAttemptSchema.safeParse(attempt).success).toBe(true);
    for (const extra of [
      { answer: 'A' },
      { accept: ['a'] },
      { explanation: 'x' },
      { citations: [] },
      { evidence: 'x' },
    ]) {
      const leaky = { ...attempt, questions: [{ ...attempt.questions[0], ...extra }] };
      expect(studentAttemptSchema.safeParse(leaky).success, JSON.stringify(extra)).toBe(false);
    }
    expect(studentAttemptSchema.safeParse({ ...attempt, answerKey: {} }).success).toBe(false);
  });
});
