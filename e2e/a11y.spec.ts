import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  ARTICLE_ID,
  answerAndContinue,
  expect,
  getSet,
  giveAnswer,
  currentQuestion,
  SETS,
  startQuiz,
  test,
} from './fixtures';

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

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    test('every page has no axe violations', async ({ page }) => {
      const set = getSet(SETS.review);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 2, name: 'Question sets' })).toBeVisible();
      await expect(page.getByText('Not tried yet').first()).toBeVisible();
      await expectNoViolations(page, 'home');

      await page.goto(`/sets/${set.id}`);
      await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
      await expectNoViolations(page, 'set page');

      await startQuiz(page, set.id, { count: 5 });
      await expectNoViolations(page, 'quiz question');
      const question = await currentQuestion(page, set);
      await giveAnswer(page, question);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
      await expectNoViolations(page, 'quiz feedback');
      await page.getByRole('button', { name: 'Next question' }).click();
      for (let i = 1; i < 5; i += 1) await answerAndContinue(page, set, { correct: i % 2 === 0 });
      await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
      await expectNoViolations(page, 'results');

      await page.goto(`/articles/${ARTICLE_ID}?q=where-venue-confirmed&set=${set.id}&back=quiz#s10`);
      await expect(page.locator('mark').first()).toBeVisible();
      await expectNoViolations(page, 'article with highlight');

      await page.goto('/sets/nope');
      await expectNoViolations(page, '404');
    });
  });
}
