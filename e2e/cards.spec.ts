import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CARDS_STORAGE_KEY } from '../stores/cards-persistence';
import { expect, getSet, SETS, test, waitForOfflineCopy } from './fixtures';

/** Flashcards: studying a deck by keyboard, tap and swipe, undo, due counts, tomorrow, backup, offline. */

const WHO = getSet(SETS.who);
const START = new Date('2026-06-01T08:00:00Z');

async function storedLog(page: Page): Promise<Array<{ kind: string; rating?: number; cardId?: string }>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), CARDS_STORAGE_KEY);
  return raw ? JSON.parse(raw).state.log : [];
}

function counts(page: Page) {
  return page.getByText(/^\d+ due · \d+ new (· \d+ learning soon )?· \d+ reviewed · \d+ left$/);
}

function cardFront(page: Page) {
  return page.getByRole('button', { name: /^Card: .*\. Show the answer$/ });
}

/** Space turns the card once the deck has loaded (before that there is no card to turn). */
async function turnWithSpace(page: Page) {
  await expect(cardFront(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(answer(page)).toBeVisible();
}

function answer(page: Page) {
  return page.getByRole('region', { name: 'Answer' });
}

test('a deck studied by keyboard: Space turns, 1–4 grade with the interval shown, Z undoes', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto(`/sets/${WHO.id}/cards`);
  await expect(counts(page)).toContainText(`0 due · ${WHO.questions.length} new · 0 reviewed`);
  const first = await cardFront(page).getAttribute('aria-label');
  await turnWithSpace(page);
  // Each grade button says when the card would come back.
  const good = page.getByRole('button', { name: /^Good: see it again in \d+ minutes$/ });
  await expect(good).toBeVisible();
  await expect(page.getByRole('button', { name: /^Easy: see it again in \d+ days$/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(cardFront(page)).not.toHaveAttribute('aria-label', first!);
  await expect(counts(page)).toContainText('1 reviewed');
  expect((await storedLog(page)).map((e) => [e.kind, e.rating])).toEqual([['review', 3]]);

  await page.keyboard.press('z');
  await expect(cardFront(page)).toHaveAttribute('aria-label', first!);
  await expect(counts(page)).toContainText('0 reviewed');
  expect((await storedLog(page)).map((e) => e.kind)).toEqual(['review', 'undo']);
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  expect((await storedLog(page)).map((e) => [e.kind, e.rating])).toEqual([
    ['review', 3],
    ['undo', undefined],
    ['review', 1],
  ]);
});

test(
  'a deck studied by tap on a phone, with buttons for everything',
  { tag: ['@phone', '@touch'] },
  async ({ page }) => {
    await page.goto(`/sets/${WHO.id}/cards`);
    await cardFront(page).tap();
    await expect(answer(page)).toBeVisible();
    await expect(answer(page).getByRole('link', { name: 'Show in article' })).toBeVisible();
    await page.getByRole('button', { name: /^Hard:/ }).tap();
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: /^Good:/ }).tap();
    await page.getByRole('button', { name: 'Undo the last grade' }).tap();
    expect((await storedLog(page)).map((e) => [e.kind, e.rating])).toEqual([
      ['review', 2],
      ['review', 3],
      ['undo', undefined],
    ]);
  },
);

test(
  'on a phone, swiping a turned card left grades Again and right grades Good',
  { tag: ['@phone', '@touch'] },
  async ({ page }) => {
    await page.goto(`/sets/${WHO.id}/cards`);
    const client = await page.context().newCDPSession(page);
    const swipe = async (dx: number) => {
      const box = (await page.getByTestId('flashcard').boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(box.height / 2, 200);
      await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 8; step += 1) {
        await client.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: x + (dx * step) / 8, y }],
        });
      }
      await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await cardFront(page).tap();
    await expect(answer(page)).toBeVisible();
    await swipe(-160);
    await expect(cardFront(page)).toBeVisible();
    await cardFront(page).tap();
    await expect(answer(page)).toBeVisible();
    await swipe(160);
    await expect(cardFront(page)).toBeVisible();
    // A short drag is not a swipe.
    await cardFront(page).tap();
    await expect(answer(page)).toBeVisible();
    await swipe(30);
    await expect(answer(page)).toBeVisible();
    expect((await storedLog(page)).map((e) => e.rating)).toEqual([1, 3]);
  },
);

test('due counts change after grading, and a day later the Good cards come back', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.goto(`/sets/${WHO.id}/cards`);
  for (let i = 0; i < 3; i += 1) {
    await turnWithSpace(page);
    await page.keyboard.press('3'); // Good: back in 10 minutes, and in this session (learn-ahead)
  }
  await page.goto('/');
  const whoCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Who', exact: true }) });
  // Good on a new card brings it back in 10 minutes: not due this minute, new ones are 3 fewer.
  await expect(whoCard.getByRole('link', { name: /^Who Flashcards: 0 due · \d+ new$/ })).toBeVisible();
  await page.clock.fastForward('24:00:00');
  await page.reload();
  await expect(whoCard.getByRole('link', { name: /^Who Flashcards: 3 due · \d+ new$/ })).toBeVisible();
  await expect(page.getByText(/^3 cards$/)).toBeVisible();
});

test('the card turns without motion when reduced motion is asked for', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`/sets/${WHO.id}/cards`);
  await turnWithSpace(page);
  const turning = page.getByTestId('flashcard').locator('.grid').first();
  const [transform, duration] = await turning.evaluate((el) => [
    getComputedStyle(el).transform,
    getComputedStyle(el).transitionDuration,
  ]);
  expect(transform).toBe('none');
  // globals.css shortens every transition to 0.01 ms when reduced motion is asked for.
  expect(parseFloat(duration)).toBeLessThan(0.001);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await expect.poll(() => turning.evaluate((el) => getComputedStyle(el).transform)).toMatch(/^matrix3d\(/);
});

test('a finished quiz feeds the schedule: a missed question comes back as a due card', async ({ page }) => {
  const set = getSet(SETS.where);
  await page.clock.install({ time: START });
  await page.goto(`/sets/${set.id}`);
  await page.getByRole('radio', { name: /^Test/ }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  // Skip every question, then finish: all of them count as wrong.
  for (let i = 0; i < set.questions.length; i += 1) {
    const next = page.getByRole('button', { name: /^(Next question|Review answers)$/ });
    await next.click();
  }
  await page.getByRole('button', { name: 'Finish test' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await page.clock.fastForward('00:02:00');
  await page.goto(`/sets/${set.id}/cards`);
  await expect(counts(page)).toHaveText(new RegExp(`^${set.questions.length} due · 0 new`));
});

test('export, then import into a fresh browser: the same due counts; a tampered file changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  await page.clock.install({ time: START });
  await page.goto(`/sets/${WHO.id}/cards`);
  for (const key of ['1', '4', '1']) {
    await turnWithSpace(page);
    await page.keyboard.press(key);
  }
  await page.goto('/progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all progress' }).click();
  const file = testInfo.outputPath('backup.json');
  await (await download).saveAs(file);
  await page.goto('/');
  const summary = await page.getByText(/cards? due, \d+ new today$/).textContent();

  const fresh = await browser.newContext({ ...testInfo.project.use });
  const other = await fresh.newPage();
  await other.clock.install({ time: START });
  await other.goto('/progress');
  await other.getByLabel('Import a backup').setInputFiles(file);
  await expect(
    other.getByRole('status').filter({ hasText: /Imported the backup of .*: 3 reviews added/ }),
  ).toBeVisible();
  await other.goto('/');
  await expect(other.getByText(/cards? due, \d+ new today$/)).toHaveText(summary!);

  // A file edited after export is refused, and nothing changes.
  const tampered = JSON.parse(readFileSync(file, 'utf8'));
  tampered.cards.log[0].rating = 4;
  const tamperedFile = testInfo.outputPath('tampered.json');
  writeFileSync(tamperedFile, JSON.stringify(tampered));
  await other.goto('/progress');
  const before = await other.evaluate(() => JSON.stringify(localStorage));
  await other.getByLabel('Import a backup').setInputFiles(tamperedFile);
  await expect(other.getByRole('alert').filter({ hasText: 'changed after it was exported' })).toBeVisible();
  expect(await other.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await fresh.close();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test(
    'after one visit, the app works offline: reload, study a deck, grade; the grades are kept',
    { tag: '@phone' },
    async ({ page, context }) => {
      test.slow(); // the first visit downloads the whole app for offline use
      await page.goto('/');
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByText('Offline: your progress is saved on this device')).toBeVisible();
      await page.getByRole('link', { name: /^Who Flashcards: 0 due · \d+ new$/ }).click();
      await expect(page).toHaveURL(new RegExp(`/sets/${WHO.id}/cards$`));
      for (const key of ['3', '1']) {
        await turnWithSpace(page);
        await page.keyboard.press(key);
      }
      await page.getByRole('link', { name: 'Who set' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Who' })).toBeVisible();
      // A quiz starts offline too (the client-side move falls back to a page load the worker answers)…
      await page.getByRole('button', { name: 'Start quiz' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of / })).toBeVisible();
      // …and the article opens with its evidence highlighted.
      const kyodo = WHO.questions.find((q) => q.id === 'who-kyodo-report')!;
      const sentence = `#s${kyodo.citations[0]!.sentences[0]}`;
      await page.goto(`/articles/kim-jong-un-russia-visit?q=${kyodo.id}&set=${WHO.id}&back=cards${sentence}`);
      await expect(page.locator(sentence)).toHaveAttribute('data-highlighted', 'true');
      await expect(page.locator(`${sentence} mark`).first()).toContainText('According to Japan’s Kyodo news');
      await expect(page.getByRole('link', { name: 'Back to the Who cards' }).first()).toBeVisible();
      await context.setOffline(false);
      await page.reload();
      expect((await storedLog(page)).map((e) => e.rating)).toEqual([3, 1]);
      await expect(page.getByText('Offline: your progress is saved on this device')).toHaveCount(0);
    },
  );
});
