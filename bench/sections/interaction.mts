/**
 * Interaction timing, measured in the page with performance.now(): from the click to the first
 * frame that shows its result (the next animation frame after the DOM shows it, then a task, so
 * the frame has been painted). At least 50 runs of each, unthrottled and with 4× CPU throttling.
 */
import type { Browser, Page } from '@playwright/test';
import { progress, stats, type Stats } from '../lib.mts';
import type { Check, Section } from '../report.mts';

/** The result is showing when any of these holds: an element matches, and its text is not `notText`. */
type Done = Array<{ selector: string; notText?: string }>;

/**
 * Clicks `trigger` and resolves with the ms until a frame after `done` holds. Runs in the page; kept
 * as plain JavaScript source because tsx would add helpers to a compiled function that the page lacks.
 */
const TIMER = `(({ trigger, done }) => new Promise((resolve, reject) => {
  const target = document.querySelector(trigger);
  if (!target) return reject(new Error('Nothing matches ' + trigger));
  const holds = () => done.some(({ selector, notText }) => {
    const el = document.querySelector(selector);
    return el !== null && (notText === undefined || el.textContent !== notText);
  });
  let finished = false;
  const t0 = performance.now();
  const observer = new MutationObserver(() => { if (holds()) finish(); });
  function finish() {
    if (finished) return;
    finished = true;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  }
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  setTimeout(() => {
    if (!finished) { observer.disconnect(); reject(new Error(JSON.stringify(done) + ' did not hold within 10 s')); }
  }, 10000);
  target.click();
  if (holds()) finish();
}))`;

function timeClick(page: Page, trigger: string, done: Done): Promise<number> {
  return page.evaluate(`${TIMER}(${JSON.stringify({ trigger, done })})`) as Promise<number>;
}

const PRIMARY = 'main form button[type="submit"]';
const HEADING = 'main form h2';

async function fresh(page: Page, url: string) {
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'networkidle' });
}

async function quizRuns(page: Page, url: string, runs: number) {
  const choose: number[] = [];
  const feedback: number[] = [];
  const next: number[] = [];
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let pass = 0; feedback.length < runs || next.length < runs || choose.length < runs; pass += 1) {
    if (pass > 20) throw new Error('The quiz did not give enough runs');
    await fresh(page, url);
    await page.getByRole('button', { name: 'Start practice' }).click();
    for (;;) {
      await page.waitForSelector(PRIMARY);
      const label = (await page.textContent(PRIMARY))?.trim();
      if (label !== 'Check answer') break;
      const option = await page.$('main form input[type="radio"]:not(:checked), main form input[type="checkbox"]');
      if (option) {
        choose.push(
          await timeClick(page, 'main form input[type="radio"], main form input[type="checkbox"]', [
            { selector: 'main form input:checked' },
          ]),
        );
      } else if (await page.$('main form input[type="text"], main form textarea')) {
        await page.fill('main form input[type="text"], main form textarea', 'Moscow');
      }
      feedback.push(await timeClick(page, PRIMARY, [{ selector: '#feedback-heading' }]));
      const heading = (await page.textContent(HEADING)) ?? '';
      const after = (await page.textContent(PRIMARY))?.trim();
      if (after !== 'Next question') break; // the last question: on to the results
      next.push(await timeClick(page, PRIMARY, [{ selector: HEADING, notText: heading }]));
    }
  }
  return { choose, feedback, next };
}

async function cardRuns(page: Page, url: string, runs: number) {
  const flip: number[] = [];
  const grade: number[] = [];
  const FRONT = '[data-testid="flashcard"] button[aria-label^="Card:"]';
  const GRADES = '[role="group"][aria-label="How well did you remember it?"]';
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let pass = 0; flip.length < runs || grade.length < runs; pass += 1) {
    if (pass > 20) throw new Error('The deck did not give enough runs');
    await fresh(page, url);
    while (await page.$(FRONT)) {
      const front = (await page.getAttribute(FRONT, 'aria-label')) ?? '';
      const frontText = (await page.textContent(FRONT)) ?? '';
      flip.push(await timeClick(page, FRONT, [{ selector: GRADES }]));
      const gradeButton = `${GRADES} button[aria-label^="Good"]`;
      // The next card is showing when the front names another card and the grades are gone.
      grade.push(
        await timeClick(page, gradeButton, [
          { selector: `${FRONT}:not([inert])`, notText: frontText },
          { selector: '#summary-heading' },
        ]),
      );
      if ((await page.$(FRONT)) && (await page.getAttribute(FRONT, 'aria-label')) === front) {
        throw new Error('Grading did not move to the next card');
      }
    }
  }
  return { flip, grade };
}

export async function interactionSection(
  browser: Browser,
  appUrl: string,
  budget: { medianMs: number },
  runs = 50,
): Promise<Section> {
  const rows: Array<{ label: string; throttle: number; stats: Stats }> = [];
  for (const throttle of [1, 4]) {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    progress(`Interaction: quiz, CPU ${throttle}×`);
    const quiz = await quizRuns(page, `${appUrl}/sets/kim-russia-who/quiz`, runs);
    progress(`Interaction: flashcards, CPU ${throttle}×`);
    const cards = await cardRuns(page, `${appUrl}/sets/kim-russia-who/cards`, runs);
    await context.close();
    rows.push(
      { label: 'choose an answer → shown chosen', throttle, stats: stats(quiz.choose) },
      { label: 'check an answer → feedback visible', throttle, stats: stats(quiz.feedback) },
      { label: 'next question → question visible', throttle, stats: stats(quiz.next) },
      { label: 'flip a card → back visible', throttle, stats: stats(cards.flip) },
      { label: 'grade a card → next card visible', throttle, stats: stats(cards.grade) },
    );
  }
  const checks: Check[] = rows
    .filter((r) => r.throttle === 1)
    .map((r) => ({
      id: `interaction.${r.label}`,
      label: `${r.label}: median ≤ ${budget.medianMs} ms (unthrottled)`,
      value: Number(r.stats.median.toFixed(1)),
      limit: budget.medianMs,
      ok: r.stats.median <= budget.medianMs,
    }));
  const ms = (value: number) => value.toFixed(1);
  return {
    title: 'Interaction (click → result painted, performance.now() in the page, desktop viewport)',
    tables: [
      {
        head: ['interaction', 'CPU', 'runs', 'median ms', 'p95 ms', 'max ms'],
        rows: rows.map((r) => [
          r.label,
          `${r.throttle}×`,
          String(r.stats.n),
          ms(r.stats.median),
          ms(r.stats.p95),
          ms(r.stats.max),
        ]),
      },
    ],
    data: rows,
    checks,
  };
}
