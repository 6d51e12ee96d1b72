import { expect, test } from './fixtures';

for (const path of [
  '/sets/no-such-set',
  '/sets/no-such-set/quiz',
  '/sets/no-such-set/results',
  '/articles/no-such-article',
  '/nowhere',
]) {
  test(`an unknown page shows the styled 404: ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
    await page.getByRole('link', { name: 'See all question sets' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
