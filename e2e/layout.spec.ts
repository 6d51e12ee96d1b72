import type { Page } from '@playwright/test';
import { ARTICLE_ID, expect, getSet, promptHeading, SETS, startQuiz, test } from './fixtures';

/** Every page at the narrowest phone and a wide desktop: no sideways scrolling, and touch targets of 44 px. */

async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label}: page is wider than the viewport`).toBeLessThanOrEqual(0);
}

async function expectTouchTargets(page: Page, label: string) {
  const small = await page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('main a, main button, main label:has(input), header a')];
    return targets
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.display === 'inline') return false; // links inside running text are exempt (WCAG 2.5.8)
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false; // not rendered (e.g. the skip link)
        return box.height < 44 || box.width < 44;
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
  });
  expect(small, `${label}: targets smaller than 44 px`).toEqual([]);
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1440, height: 900 },
]) {
  test.describe(`${viewport.width} px wide`, () => {
    test.use({ viewport });

    test('pages fit the screen and their controls are large enough to tap', async ({ page }) => {
      const pages: Array<[string, string]> = [
        ['home', '/'],
        ['set', `/sets/${SETS.when}`],
        ['article', `/articles/${ARTICLE_ID}?q=when-order-khasan&set=${SETS.when}&back=quiz#s10`],
        ['404', '/sets/nope'],
      ];
      for (const [label, path] of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoHorizontalScroll(page, label);
        await expectTouchTargets(page, label);
      }
      // The quiz, through every question type of the When set (authored order), and its results.
      await startQuiz(page, SETS.when, { shuffle: false, mode: 'Test' });
      const total = getSet(SETS.when).questions.length;
      for (let i = 0; i < total; i += 1) {
        await expect(promptHeading(page)).toContainText(`Question ${i + 1} of`);
        await expectNoHorizontalScroll(page, `quiz question ${i + 1}`);
        await expectTouchTargets(page, `quiz question ${i + 1}`);
        const text = page.getByRole('textbox');
        if (await text.count()) await text.fill('an answer');
        else if (await page.getByRole('radio').count())
          await page.locator('label:has(input[type=radio])').first().click();
        await page.getByRole('button', { name: /^(Next question|Finish test)$/ }).click();
      }
      await page.waitForURL(/\/results\?attempt=.+$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
      await expectNoHorizontalScroll(page, 'results');
      await expectTouchTargets(page, 'results');
    });
  });
}
