import type { Page } from '@playwright/test';
import {
  currentOrder,
  currentQuestion,
  expect,
  getSet,
  progressOf,
  progressText,
  seedStorage,
  sessionFor,
  SETS,
  shownOptions,
  test,
} from './fixtures';

/** Presses Tab until `isTarget` holds for the focused element (a keyboard user's way of getting there). */
async function tabUntil(page: Page, describe: string, isTarget: () => Promise<boolean>, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${describe} with Tab`);
}

test('a whole quiz can be taken with the keyboard only', async ({ page }) => {
  test.slow(); // every question of the Review set, key by key
  const set = getSet(SETS.review);
  await page.goto('/');
  // Home → set page → start, all by keyboard.
  const setLink = page.getByRole('link', { name: set.title, exact: true });
  await tabUntil(page, 'the Review set link', () => setLink.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sets/${set.id}$`));
  const start = page.getByRole('button', { name: 'Start quiz' });
  await expect(start).toBeEnabled();
  await tabUntil(page, 'Start quiz', () => start.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sets/${set.id}/quiz$`));

  for (let i = 0; i < set.questions.length; i += 1) {
    expect(await progressText(page)).toContain(`Question ${i + 1} of ${set.questions.length}`);
    const question = await currentQuestion(page, set);
    if (question.type === 'single' || question.type === 'truefalse') {
      const options = await shownOptions(page, 'radio');
      const answer = question.type === 'single' ? question.answer : question.answer ? 'True' : 'False';
      await page.keyboard.press(String(options.indexOf(answer) + 1));
    } else if (question.type === 'multiple') {
      const options = await shownOptions(page, 'checkbox');
      for (const answer of question.answer) await page.keyboard.press(String(options.indexOf(answer) + 1));
    } else if (question.type === 'typed') {
      const box = page.getByRole('textbox', { name: 'Your answer' });
      await tabUntil(page, 'the answer box', () => box.evaluate((el) => el === document.activeElement));
      await page.keyboard.type(question.answer);
    } else {
      for (let target = 0; target < question.answer.length; target += 1) {
        const item = question.answer[target]!;
        const handle = page.getByRole('button', { name: new RegExp(`^Move “${item}”, position`) });
        await tabUntil(page, `the handle of ${item}`, () => handle.evaluate((el) => el === document.activeElement), 80);
        let at = (await currentOrder(page)).indexOf(item);
        while (at > target) {
          await page.keyboard.press('ArrowUp');
          at -= 1;
        }
      }
      expect(await currentOrder(page)).toEqual(question.answer);
      // Enter on the handle checks the order, as the hint says (no tabbing through every arrow button).
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
    // Checking moves focus to the Next button, so Enter continues.
    await expect(page.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(page.getByText(`${set.questions.length} of ${set.questions.length} points`)).toBeVisible();
});

test('Enter on an ordering handle checks the order after moving items with the arrow keys', async ({ page }) => {
  const set = getSet(SETS.when);
  const ordering = set.questions.find((q) => q.type === 'ordering')!;
  await seedStorage(page, progressOf([sessionFor(set.id, { order: [ordering.id] })]));
  await page.goto(`/sets/${set.id}/quiz`);
  if (ordering.type !== 'ordering') throw new Error('not an ordering question');
  const item = ordering.answer[0]!;
  const handle = page.getByRole('button', { name: new RegExp(`^Move “${item}”, position`) });
  await handle.focus();
  for (let at = (await currentOrder(page)).indexOf(item); at > 0; at -= 1) await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: new RegExp(`^Move “${item}”, position 1 of`) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /^(Correct|Partly right|Not quite)/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'See results' })).toBeFocused();
});
