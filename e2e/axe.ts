import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA and best practice: the rules every scan runs. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on colour. The colour scheme changes colours only (app/globals.css
 * switches tokens in a prefers-color-scheme query; no markup depends on it), so a page already scanned
 * with every rule in one scheme needs only these in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Axe with the WCAG 2.2 AA and best-practice rules (or only `rules`, when given); the test fails
 * listing each violation.
 */
export async function expectNoViolations(page: Page, label: string, rules?: string[]) {
  // Scan the page as it first appears: partly scrolled under the sticky header, a link would count as
  // a too-small target.
  await page.evaluate(() => window.scrollTo(0, 0));
  // The page as loaded: placeholders (shown while the browser reads saved data or the server answers)
  // have given way to what they stood for.
  await expect(page.locator('[data-placeholder]')).toHaveCount(0);
  // Colours mid-transition (a theme just switched, a button just pressed) are not the page's colours.
  // Bounded: an animation whose element is replaced as it runs may never report that it finished.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getTiming().iterations !== Infinity) // not a pulsing placeholder
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]),
  );
  const builder = new AxeBuilder({ page });
  const results = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `${label}: axe violations`).toEqual([]);
}
