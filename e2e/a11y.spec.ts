import { expectNoViolations } from './axe';
import { test } from './fixtures';
import { openScene, SCENES } from './scenes';
/**
 * Axe on every page and state, light and dark: one test each, each reaching its state by seeding
 * saved progress (not by playing a quiz through, which the flow tests do).
 */

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
