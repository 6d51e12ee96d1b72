import { COLOUR_RULES, expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { openScene, SCENES } from './scenes';
/**
 * Axe on every page and state, light and dark: one test each, each reaching its state by seeding
 * saved progress (not by playing a quiz through, which the flow tests do). Each state is opened once:
 * every rule in the light scheme, then the colour rules again with the page switched to dark.
 */

test.use({ colorScheme: 'light', reducedMotion: 'reduce' });

for (const scene of SCENES) {
  test(`no axe violations, light and dark: ${scene.name}`, async ({ page }) => {
    await openScene(page, scene);
    await expectNoViolations(page, `${scene.name} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await expectNoViolations(page, `${scene.name} (dark)`, COLOUR_RULES);
  });
}
