/**
 * Takes screenshots of every page at phone and desktop sizes, light and dark, for a person to
 * look at. Usage: node scripts/screenshots.mjs [baseURL] [outDir]
 * (the app must be running; `npm run build && npm start`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = process.argv[3] ?? '.reports/screenshots';
mkdirSync(out, { recursive: true });

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
];
const set = 'kim-russia-when';

/** Each step returns a page ready to photograph; steps share one context so progress carries over. */
async function shoot(context, label, url, act, fullPage = false) {
  const page = await context.newPage();
  await page.goto(base + url);
  await page.waitForLoadState('networkidle');
  if (act) await act(page);
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${out}/${label}.png`, fullPage });
  return page;
}

for (const size of sizes) {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ ...size, colorScheme: scheme, reducedMotion: 'reduce' });
    const tag = `${size.name}-${scheme}`;
    await shoot(context, `home-${tag}`, '/', null, true);
    await shoot(context, `set-${tag}`, `/sets/${set}`, null, true);
    await shoot(context, `quiz-question-${tag}`, `/sets/${set}/quiz`, async (page) => {
      const start = page.getByRole('button', { name: 'Start practice' });
      if (await start.isVisible()) await start.click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    });
    await shoot(
      context,
      `quiz-feedback-${tag}`,
      `/sets/${set}/quiz`,
      async (page) => {
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        const radio = page.getByRole('radio').first();
        const text = page.getByRole('textbox');
        if (await text.count()) await text.fill('Tuesday');
        else if (await radio.count()) await radio.check({ force: true });
        await page.getByRole('button', { name: 'Check answer' }).click();
        await page.getByRole('heading', { name: /Correct|Not quite|Partly/ }).waitFor();
      },
      true,
    );
    await shoot(context, `results-${tag}`, `/sets/${set}`, async (page) => {
      await page.getByRole('button', { name: /^Start (quiz|a new quiz)$/ }).click();
      await page.waitForURL(/\/quiz$/);
      for (let i = 0; i < 40 && !page.url().includes('/results'); i += 1) {
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        const text = page.getByRole('textbox');
        if (await text.count()) await text.fill(i % 2 ? 'Tuesday' : 'Monday');
        else if (await page.getByRole('radio').count())
          await page
            .getByRole('radio')
            .nth(i % 2)
            .check({ force: true });
        else if (await page.getByRole('checkbox').count())
          await page.getByRole('checkbox').first().check({ force: true });
        const check = page.getByRole('button', { name: 'Check answer' });
        if (await check.count()) await check.click();
        await page.getByRole('button', { name: /^(Next question|See results|Finish test)$/ }).click();
        await page.waitForTimeout(150);
      }
      await page.getByRole('heading', { name: 'Your results' }).waitFor();
    });
    await shoot(context, `results-list-${tag}`, `/sets/${set}/results`, async (page) => {
      await page.getByRole('heading', { name: 'Question by question' }).scrollIntoViewIfNeeded();
    });
    await shoot(
      context,
      `article-${tag}`,
      `/articles/kim-jong-un-russia-visit?q=when-order-khasan&set=${set}&back=quiz#s10`,
      null,
    );
    await shoot(context, `notfound-${tag}`, '/sets/nope', null);
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}`);
