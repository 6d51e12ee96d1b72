import type { Page } from '@playwright/test';
import { publishDrafts } from './authoring';
import { expect, getSet, SETS, test } from './fixtures';
import { liveAssignment } from './scenes';

/**
 * Worksheets on paper (issue 18): a set's or an assignment's questions with the article's numbered
 * sentences, a name line and an answer key on a page of its own; A4 or Letter; versions A and B.
 */

/** The PDF Chromium prints, and the size of its pages in points. */
async function printed(page: Page): Promise<{ pages: number; width: number; height: number; pdf: Buffer }> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
  return {
    pages: (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    width: Math.round(Number(box[1])),
    height: Math.round(Number(box[2])),
    pdf,
  };
}

test('a shipped set prints as a worksheet and a key, on A4 or Letter, in two versions', async ({ page }) => {
  test.setTimeout(90_000);
  const set = getSet(SETS.who);
  await page.goto(`/sets/${set.id}`);
  await page.getByRole('link', { name: 'Print a worksheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: set.title })).toBeVisible();

  const sheet = page.getByRole('region', { name: 'Worksheet, version A' });
  await expect(sheet.getByRole('article', { name: 'The article' })).toContainText('North Korean leader Kim Jong Un');
  await expect(sheet.locator('sup').first()).toHaveText('1');
  await expect(sheet.getByText('Name', { exact: true })).toBeVisible();
  const items = sheet.locator('li[data-question]');
  await expect(items).toHaveCount(set.questions.length);
  // A question is never split across pages, and the key starts a page of its own.
  expect(await items.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const key = page.getByRole('region', { name: 'Answer key, version A' });
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(key.getByRole('row')).toHaveCount(set.questions.length + 1);

  // On paper: no site header, no settings, black on white.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.locator('header[data-site-header]')).toBeHidden();
  expect(await sheet.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const a4 = await printed(page);
  expect([a4.width, a4.height]).toEqual([595, 842]); // 210 × 297 mm
  expect(a4.pages).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  await page.getByRole('navigation', { name: 'Paper' }).getByRole('link', { name: 'Letter' }).click();
  await expect(page).toHaveURL(/paper=letter/);
  const letter = await printed(page);
  expect([letter.width, letter.height]).toEqual([612, 792]); // 8.5 × 11 in

  // Version B: the same questions, another order or other options, and its own key.
  await page.getByRole('navigation', { name: 'Versions' }).getByRole('link', { name: 'A and B' }).click();
  await expect(page).toHaveURL(/paper=letter&versions=ab/);
  const order = (version: string) =>
    page
      .getByRole('region', { name: `Worksheet, version ${version}` })
      .locator('li[data-question]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-question')}:${el.textContent}`));
  const [a, b] = [await order('A'), await order('B')];
  expect(b).not.toEqual(a);
  expect(b.map((x) => x.split(':')[0]).sort()).toEqual(a.map((x) => x.split(':')[0]).sort());
  await expect(page.getByRole('region', { name: 'Answer key, version B' })).toBeAttached();
  expect((await printed(page)).pages).toBeGreaterThan(letter.pages);
});

test('an assignment prints for its teacher only, and a teacher’s article prints each set', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const made = await liveAssignment(page, baseURL!, 0);
  await page.goto(`/teach/${made.id}?key=${made.teacherKey}`);
  await page.getByRole('link', { name: 'Print a worksheet and its key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim in Russia: who' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Answer key, version A' })).toBeAttached();
  await page.getByRole('link', { name: 'Back to the results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kim in Russia: who' })).toBeVisible();
  // Without the key, or with another, the same 404 as an unknown assignment.
  for (const path of [`/teach/${made.id}/print`, `/teach/${made.id}/print?key=wrong`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
  }

  const article = await publishDrafts(page, 3);
  await page.goto(`/teach/articles/${article.id}?key=${article.key}`);
  await page.locator('details summary').first().click();
  await page.getByRole('link', { name: 'Print a worksheet of this set' }).first().click();
  await expect(page.getByRole('region', { name: 'Worksheet, version A' }).locator('li[data-question]')).toHaveCount(3);
  const noKey = await page.goto(page.url().replace(/key=[^&]+&?/, ''));
  expect(noKey!.status()).toBe(404);
});
