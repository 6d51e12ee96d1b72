import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content/check';
import { readContentFiles } from '@/lib/content/files';
import type { AttemptRecord } from '@/lib/quiz/records';
import { ankiDeck, ankiField } from './anki';
import { makeBackup, mergeProgress, type Progress } from './backup';
import { parseBackup } from './backup-parse';
import { cardText } from './cards';
import { toDeckCard } from './deck';
import type { LogEntry } from './log';
import { quizRating, quizReviewEntries } from './quiz-reviews';
import { rebuildCards } from './scheduler';

const GOLDEN = fileURLToPath(new URL('./__golden__/', import.meta.url));
const catalog = checkContent(readContentFiles(path.join(process.cwd(), 'content'))).catalog!;
const who = catalog.sets.find((s) => s.id === 'kim-russia-who')!;
const article = catalog.articles[0]!;
const T0 = Date.UTC(2026, 1, 10, 18, 30, 0);

function golden(name: string, actual: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('Anki export', () => {
  it('writes a deck Anki imports: its header lines, then front, back and tags per card (golden file)', () => {
    const text = ankiDeck({
      deckName: `Newsquiz::${article.title}::${who.title}`,
      articleTitle: article.title,
      cards: who.questions.map(toDeckCard),
      tags: ['newsquiz', who.id],
    });
    golden('kim-russia-who.anki.txt', text);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:false',
      '#notetype:Basic',
      `#deck:Newsquiz::${article.title}::Who`,
      '#columns:Front\tBack\tTags',
      '#tags column:3',
    ]);
  });

  it('quotes a field with a quote mark or a line break, as Anki expects, and never lets a tab through', () => {
    expect(ankiField('plain text')).toBe('plain text');
    expect(ankiField('say "hello"')).toBe('"say ""hello"""');
    expect(ankiField('two\nlines')).toBe('"two\nlines"');
    expect(ankiField('a\tb')).toBe('a b');
  });

  it('uses the authored card text where there is one, and drops quiz instructions otherwise', () => {
    const concerned = catalog.questions.get('who-concerned-parties')!;
    expect(cardText(concerned)).toMatchObject({
      front: 'Whose concerns has the visit raised, according to the article?',
      back: 'Washington and its allies',
    });
    const partner = catalog.questions.get('who-summit-partner')!;
    expect(cardText(partner).front).toBe('The article says Kim’s visit may be followed by a summit with whom?');
    expect(cardText(catalog.questions.get('where-eez')!)).toMatchObject({ back: 'False' });
  });
});

const attempt: AttemptRecord = {
  id: 'a1',
  setId: 'kim-russia-who',
  mode: 'test',
  questionIds: ['who-visiting-leader', 'who-concerned-parties', 'who-summit-partner'],
  responses: {},
  scores: { 'who-visiting-leader': 1, 'who-concerned-parties': 0.5, 'who-summit-partner': 0 },
  points: 1.5,
  total: 3,
  percent: 50,
  startedAt: T0 - 60_000,
  finishedAt: T0,
  durationMs: 60_000,
  retryOf: null,
  setSize: 14,
};

describe('quiz answers feed the schedule', () => {
  it('right → Good, partly right → Hard, wrong → Again, each once per attempt and question', () => {
    expect([quizRating(1), quizRating(0.5), quizRating(0)]).toEqual([3, 2, 1]);
    const entries = quizReviewEntries(
      { 'kim-russia-who': { attempts: [attempt], best: null } },
      { retention: 0.9 },
      { offset: () => -60 },
    );
    expect(entries.map((e) => [e.id, e.cardId, e.rating, e.at, e.tz, e.source])).toEqual([
      ['quiz:a1:who-visiting-leader', 'who-visiting-leader', 3, T0, -60, 'quiz'],
      ['quiz:a1:who-concerned-parties', 'who-concerned-parties', 2, T0, -60, 'quiz'],
      ['quiz:a1:who-summit-partner', 'who-summit-partner', 1, T0, -60, 'quiz'],
    ]);
    // The question answered wrong comes back as a due card within minutes.
    const card = rebuildCards(entries).get('who-summit-partner')!.card;
    expect(card.due.getTime() - T0).toBeLessThanOrEqual(60_000);
  });
});

function progress(log: LogEntry[]): Progress {
  return {
    study: { sessions: {}, history: { 'kim-russia-who': { attempts: [attempt], best: null } } },
    cards: { log, settings: { retention: 0.92, newPerDay: 15 } },
  };
}

const log: LogEntry[] = [
  {
    id: 'r1',
    kind: 'review',
    cardId: 'who-visiting-leader',
    rating: 3,
    at: T0 + 1,
    tz: 0,
    params: { retention: 0.9 },
    source: 'cards',
  },
  {
    id: 'r2',
    kind: 'review',
    cardId: 'who-kyodo-report',
    rating: 1,
    at: T0 + 2,
    tz: 0,
    params: { retention: 0.9 },
    source: 'cards',
  },
  { id: 'u1', kind: 'undo', target: 'r2', at: T0 + 3, tz: 0 },
];

describe('backup files', () => {
  it('an export parses back to the same progress, and imported into a fresh device gives the same state', () => {
    const backup = makeBackup(progress(log), T0);
    const parsed = parseBackup(JSON.stringify(backup, null, 2));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const empty: Progress = {
      study: { sessions: {}, history: {} },
      cards: { log: [], settings: { retention: 0.9, newPerDay: 20 } },
    };
    const restored = mergeProgress(empty, parsed.backup);
    expect(restored).toEqual(progress(log));
    // Importing it again changes nothing.
    expect(mergeProgress(restored, parsed.backup)).toEqual(restored);
  });

  it('merges review logs by id with what the device already has', () => {
    const mine = progress([log[0]!]);
    const theirs = makeBackup(progress(log), T0);
    const merged = mergeProgress(mine, theirs);
    expect(merged.cards.log.map((e) => e.id)).toEqual(['r1', 'r2', 'u1']);
  });

  it('refuses a file changed after export, with a clear message', () => {
    const backup = makeBackup(progress(log), T0);
    const tampered = JSON.parse(JSON.stringify(backup));
    tampered.cards.log[0].rating = 4;
    const result = parseBackup(JSON.stringify(tampered));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/changed after it was exported/) });
  });

  it('refuses a value out of range, naming where it is', () => {
    const backup = makeBackup(progress(log), T0);
    const bad = JSON.parse(JSON.stringify(backup));
    bad.cards.settings.retention = 1.5;
    const result = parseBackup(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/cards\.settings\.retention/);
  });

  it('refuses what is not a backup at all', () => {
    expect(parseBackup('not json')).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseBackup('{"a": 1}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Newsquiz backup/),
    });
    expect(parseBackup(JSON.stringify({ ...makeBackup(progress(log), T0), version: 9 }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer version/),
    });
  });
});
