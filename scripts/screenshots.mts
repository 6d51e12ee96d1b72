/**
 * Screenshots of every page and state (the scenes in e2e/scenes.ts), at phone and desktop sizes,
 * light and dark, for a person to look at. Usage, with the app running (npm run build && npm start):
 *   npm run screenshots -- [baseURL] [outDir] [name filter]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { openScene, SCENES } from '../e2e/scenes';
import { CHROMIUM_FLAGS, systemChromium } from '../lib/testing/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? '.reports/screenshots';
const filter = process.argv[4] ? new RegExp(process.argv[4]) : null;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: CHROMIUM_FLAGS,
});

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];

for (const size of sizes) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const scene of SCENES) {
      const label = `${scene.name}-${size.name}-${scheme}`;
      if (filter && !filter.test(label)) continue;
      const context = await browser.newContext({ ...size, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await openScene(page, scene, base);
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${label}.png`, fullPage: scene.fullPage ?? false });
      await context.close();
    }
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
