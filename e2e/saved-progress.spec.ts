import { STUDY_STORAGE_KEY, STUDY_STORAGE_VERSION } from '../stores/study-persistence';
import {
  expect,
  finishedAttempt,
  getSet,
  progressOf,
  promptHeading,
  seedStorage,
  SETS,
  startQuiz,
  storedValue,
  test,
} from './fixtures';

/**
 * Saved progress the app cannot read is never destroyed, in a real browser: each test checks
 * what is in storage afterwards, not only the notice.
 */

const newerValue = JSON.stringify({
  state: { sessions: {}, history: {}, cards: { 'who-visiting-leader': { due: 1 } } },
  version: STUDY_STORAGE_VERSION + 1,
});

async function backups(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  return page.evaluate((key) => {
    const found: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i += 1) {
      const name = localStorage.key(i)!;
      if (name.startsWith(`${key}.backup-`)) found[name] = localStorage.getItem(name)!;
    }
    return found;
  }, STUDY_STORAGE_KEY);
}

test('a corrupted value is set aside under a backup key, offered for download, and the app goes on', async ({
  page,
}) => {
  await seedStorage(page, { raw: '{"state": {"sessions": {"who": {"id"' });
  await page.goto('/');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read, so a copy was set aside' });
  await expect(notice).toBeVisible();
  expect(Object.values(await backups(page))).toEqual(['{"state": {"sessions": {"who": {"id"']);
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the copy' }).click();
  expect((await download).suggestedFilename()).toMatch(/^newsquiz-study-progress\.backup-.+\.json$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await startQuiz(page, SETS.who);
  expect(JSON.parse((await storedValue(page))!).state.sessions[SETS.who]).toBeDefined();
  expect(Object.values(await backups(page))).toEqual(['{"state": {"sessions": {"who": {"id"']);
});

test('a value saved by a newer version is never written over; this tab says it is not saving', async ({ page }) => {
  await seedStorage(page, { raw: newerValue });
  await page.goto(`/sets/${SETS.who}`);
  await expect(page.getByRole('status').filter({ hasText: 'made by a newer version of this app' })).toBeVisible();
  // The quiz still works in this tab…
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(promptHeading(page)).toBeVisible();
  // …and the newer value is exactly as it was.
  expect(await storedValue(page)).toBe(newerValue);
});

test('an old tab left open does not wipe what a newer tab saved (the storage event)', async ({ context }) => {
  const oldTab = await context.newPage();
  await oldTab.goto(`/sets/${SETS.who}`);
  await expect(oldTab.getByRole('button', { name: 'Start quiz' })).toBeEnabled();

  // A newer version of the app, in another tab, saves its own shape.
  const newTab = await context.newPage();
  await newTab.goto('/nowhere');
  await newTab.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: STUDY_STORAGE_KEY,
    value: newerValue,
  });

  // The old tab hears of it, and from then on writes nothing.
  await expect(oldTab.getByRole('status').filter({ hasText: 'newer version' })).toBeVisible();
  await oldTab.getByRole('button', { name: 'Start quiz' }).click();
  await expect(promptHeading(oldTab)).toBeVisible();
  expect(await storedValue(newTab)).toBe(newerValue);
});

test('a full storage keeps what was saved, says so, and the quiz goes on in memory', async ({ page }) => {
  const set = getSet(SETS.where);
  const saved = progressOf([], [finishedAttempt(set.id, { wrong: 1 })]);
  await seedStorage(page, saved);
  // From now on every write to the progress key fails as a full storage does.
  await page.addInitScript((key) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(name: string, value: string) {
      if (name === key && sessionStorage.getItem('e2e-seeded')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.call(this, name, value);
    };
  }, STUDY_STORAGE_KEY);
  await page.goto(`/sets/${set.id}`);
  const before = await storedValue(page);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'storage for this site is full' })).toBeVisible();
  await expect(promptHeading(page)).toBeVisible();
  expect(await storedValue(page)).toBe(before);
  expect(JSON.parse(before!).state.history[set.id].attempts).toHaveLength(1);
});
