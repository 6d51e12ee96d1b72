import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  ALL_SET_ID,
  ARTICLE_ID,
  expect,
  finishedAttempt,
  progressOf,
  promptHeading,
  seedStorage,
  sessionFor,
  SETS,
  test,
} from './fixtures';

/**
 * Axe on every page and state, light and dark: one test each, each reaching its state by seeding
 * saved progress (not by playing a quiz through, which the flow tests do).
 */

async function expectNoViolations(page: Page, label: string) {
  // Scan the page as it first appears: partly scrolled under the sticky header, a link would count as
  // a too-small target.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `${label}: axe violations`).toEqual([]);
}

type Scene = {
  name: string;
  seed?: Parameters<typeof seedStorage>[1];
  path: string;
  /** Waits until the state is on screen (and does what is needed to reach it). */
  ready: (page: Page) => Promise<void>;
};

const scenes: Scene[] = [
  {
    name: 'home, first visit',
    path: '/',
    ready: async (page) => {
      await expect(page.getByText('Not tried yet').first()).toBeVisible();
    },
  },
  {
    name: 'home with progress',
    seed: progressOf([sessionFor(SETS.who, { answered: 2 })], [finishedAttempt(SETS.where, { wrong: 3 })]),
    path: '/',
    ready: async (page) => {
      await expect(page.getByRole('link', { name: /^Continue the Who quiz/ })).toBeVisible();
    },
  },
  {
    name: 'set page with attempts',
    seed: progressOf([], [finishedAttempt(SETS.when, { wrong: 2 })]),
    path: `/sets/${SETS.when}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Your attempts' })).toBeVisible();
    },
  },
  {
    name: 'all-questions set page',
    path: `/sets/${ALL_SET_ID}`,
    ready: async (page) => {
      await expect(page.getByRole('group', { name: 'Sets to mix' })).toBeVisible();
    },
  },
  {
    name: 'quiz question',
    seed: progressOf([sessionFor(SETS.review, { answered: 1 })]),
    path: `/sets/${SETS.review}/quiz`,
    ready: async (page) => {
      await expect(promptHeading(page)).toBeVisible();
    },
  },
  {
    name: 'quiz feedback',
    seed: progressOf([sessionFor(SETS.review, { answered: 1, checkLast: true })]),
    path: `/sets/${SETS.review}/quiz`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
    },
  },
  {
    name: 'test mode question',
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 3 })]),
    path: `/sets/${SETS.when}/quiz`,
    ready: async (page) => {
      await expect(page.getByRole('button', { name: /^Flag/ })).toBeVisible();
    },
  },
  {
    name: 'test review with a confirmation',
    seed: progressOf([sessionFor(SETS.when, { mode: 'test', answered: 3, review: true })]),
    path: `/sets/${SETS.when}/quiz`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
      await page.getByRole('button', { name: 'Finish test' }).click();
      await expect(page.getByRole('dialog', { name: /unanswered\?$/ })).toBeVisible();
    },
  },
  {
    name: 'results',
    seed: progressOf([], [finishedAttempt(SETS.review, { wrong: 4 })]),
    path: `/sets/${SETS.review}/results?attempt=attempt-${SETS.review}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    },
  },
  {
    name: 'article with highlight',
    path: `/articles/${ARTICLE_ID}?q=where-venue-confirmed&set=${SETS.review}&back=quiz#s10`,
    ready: async (page) => {
      await expect(page.locator('mark').first()).toBeVisible();
    },
  },
  {
    name: '404',
    path: '/sets/nope',
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    for (const scene of scenes) {
      test(`no axe violations: ${scene.name}`, async ({ page }) => {
        if (scene.seed) await seedStorage(page, scene.seed);
        await page.goto(scene.path);
        await scene.ready(page);
        await expectNoViolations(page, scene.name);
      });
    }
  });
}
