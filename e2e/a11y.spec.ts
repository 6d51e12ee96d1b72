import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScene, SCENES } from './scenes';
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

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

    for (const scene of SCENES) {
      test(`no axe violations: ${scene.name}`, async ({ page }) => {
        await openScene(page, scene);
        await expectNoViolations(page, scene.name);
      });
    }
  });
}
