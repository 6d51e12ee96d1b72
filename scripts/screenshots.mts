/**
 * Screenshots of every page and state, at phone and desktop sizes, light and dark, for a person to
 * look at. States are reached by seeding saved progress (the e2e fixtures' builders).
 * Usage (with the app running: npm run build && npm start):
 *   npx tsx scripts/screenshots.mts [baseURL] [outDir] [filter]
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import {
  ALL_SET_ID,
  ARTICLE_ID,
  finishedAttempt,
  getSet,
  progressOf,
  seedStorage,
  sessionFor,
  SETS,
} from '../e2e/fixtures';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? '.reports/screenshots';
const filter = process.argv[4] ? new RegExp(process.argv[4]) : null;
mkdirSync(out, { recursive: true });

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];

type Shot = {
  name: string;
  path: string;
  seed?: Parameters<typeof seedStorage>[1];
  act?: (page: Page) => Promise<void>;
  fullPage?: boolean;
};

const shots: Shot[] = [
  { name: 'home', path: '/', fullPage: true },
  {
    name: 'home-progress',
    path: '/',
    seed: progressOf(
      [sessionFor(SETS.who, { answered: 2 })],
      [finishedAttempt(SETS.where, { wrong: 3 }), finishedAttempt(SETS.when, { count: 5 })],
    ),
    fullPage: true,
  },
  {
    name: 'set',
    path: `/sets/${SETS.when}`,
    seed: progressOf([], [finishedAttempt(SETS.when, { wrong: 2 })]),
    fullPage: true,
  },
  { name: 'set-all', path: `/sets/${ALL_SET_ID}`, fullPage: true },
  {
    name: 'quiz-question',
    path: `/sets/${SETS.review}/quiz`,
    seed: progressOf([sessionFor(SETS.review, { answered: 1 })]),
  },
  {
    name: 'quiz-feedback',
    path: `/sets/${SETS.review}/quiz`,
    seed: progressOf([sessionFor(SETS.review, { answered: 3, checkLast: true })]),
    fullPage: true,
  },
  {
    name: 'quiz-nudge',
    path: `/sets/${SETS.who}/quiz`,
    seed: progressOf([sessionFor(SETS.who, { answered: 0 })]),
    act: async (page) => {
      await page.getByRole('button', { name: 'Check answer' }).click({ force: true });
    },
  },
  {
    name: 'quiz-ordering',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { order: orderingFirst(SETS.when) })]),
  },
  {
    name: 'test-question',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 2 })]),
  },
  {
    name: 'test-review',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 6, review: true })]),
    fullPage: true,
  },
  {
    name: 'test-confirm',
    path: `/sets/${SETS.when}/quiz`,
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 6, review: true })]),
    act: async (page) => {
      await page.getByRole('button', { name: 'Finish test' }).click();
    },
  },
  {
    name: 'results',
    path: `/sets/${SETS.review}/results`,
    seed: progressOf([], [finishedAttempt(SETS.review, { wrong: 4 })]),
    fullPage: true,
  },
  { name: 'article', path: `/articles/${ARTICLE_ID}?q=when-order-khasan&set=${SETS.when}&back=quiz#s10` },
  { name: 'notfound', path: '/sets/nope' },
];

/** The set's question ids with its first ordering question first. */
function orderingFirst(setId: string): string[] {
  const ids = getSet(setId).questions.map((q) => q.id);
  const ordering = getSet(setId).questions.find((q) => q.type === 'ordering')!.id;
  return [ordering, ...ids.filter((id) => id !== ordering)];
}

for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const shot of shots) {
      const label = `${shot.name}-${size.name}-${scheme}`;
      if (filter && !filter.test(label)) continue;
      const context = await browser.newContext({ ...size, colorScheme: scheme, reducedMotion: 'reduce' });
      if (shot.seed) await seedStorage(context, shot.seed);
      const page = await context.newPage();
      await page.goto(base + shot.path);
      await page.waitForLoadState('networkidle');
      if (shot.act) await shot.act(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${label}.png`, fullPage: shot.fullPage ?? false });
      await context.close();
    }
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
