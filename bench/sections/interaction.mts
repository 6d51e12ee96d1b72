/**
 * Interaction timing, measured in the page with performance.now(): from the input to the first
 * frame that shows its result (the next animation frame after the DOM shows it, then a task, so
 * the frame has been painted). At least 50 runs of each, in two set-ups:
 * - desktop: a 1280×800 viewport, `click()` in the page, unthrottled and at 4× CPU;
 * - phone: a 390×844 touch viewport, a real tap (Playwright's touchscreen, so the browser runs
 *   touch and pointer events and the click it synthesises), timed from the pointerup's own
 *   timestamp, at 4× CPU. The budget is checked here: this is what a phone user feels.
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

/**
 * Arms the same measurement for a real tap: resolves (in `window.__tap`) with the ms from the
 * pointerup's timestamp (the finger lifting: the first event of the pointerup, touchend, mouse
 * events and click that act on a tap) to a painted frame after `done` holds. As INP counts a tap:
 * from the input's own timestamp, so the time the browser takes to deliver those events is
 * counted too; how long a finger rests on the glass is not.
 */
const TAP_TIMER = `(({ done }) => {
  const holds = () => done.some(({ selector, notText }) => {
    const el = document.querySelector(selector);
    return el !== null && (notText === undefined || el.textContent !== notText);
  });
  window.__tap = new Promise((resolve, reject) => {
    let t0 = null;
    let finished = false;
    let observer = null;
    function finish() {
      if (finished || t0 === null) return;
      finished = true;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    }
    window.addEventListener('pointerup', (event) => {
      t0 = event.timeStamp;
      observer = new MutationObserver(() => { if (holds()) finish(); });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => {
        if (!finished) { observer.disconnect(); reject(new Error(JSON.stringify(done) + ' did not hold within 10 s')); }
      }, 10000);
    }, { capture: true, once: true, passive: true });
  });
})`;

/** Resolves once the page has not scrolled for five frames in a row. */
const SETTLED = `new Promise((resolve) => {
  let last = -1;
  let still = 0;
  const tick = () => {
    const y = window.scrollY;
    still = y === last ? still + 1 : 0;
    last = y;
    if (still >= 5) resolve(undefined);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

type Input = 'click' | 'tap';

async function time(page: Page, input: Input, trigger: string, done: Done): Promise<number> {
  if (input === 'click') return page.evaluate(`${TIMER}(${JSON.stringify({ trigger, done })})`) as Promise<number>;
  // A finger lands when the page is still: a touch during a smooth scroll (feedback scrolled into
  // view) only stops the scroll, in Chromium as on a phone, and is no tap.
  await page.evaluate(SETTLED);
  await page.evaluate(`${TAP_TIMER}(${JSON.stringify({ done })})`);
  await page.locator(trigger).first().tap();
  return page.evaluate('window.__tap') as Promise<number>;
}

const PRIMARY = 'main form button[type="submit"]';
const HEADING = 'main form h2';

async function fresh(page: Page, url: string) {
  await page.evaluate(() => localStorage.clear());
  await page.goto(url, { waitUntil: 'networkidle' });
}

/** A tap lands on what a finger touches: an option's label (its input is visually hidden). */
const CHOICE = {
  click: 'main form input[type="radio"], main form input[type="checkbox"]',
  tap: 'main form label:has(input[type="radio"]), main form label:has(input[type="checkbox"])',
};

export async function quizRuns(page: Page, url: string, runs: number, input: Input) {
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
        choose.push(await time(page, input, CHOICE[input], [{ selector: 'main form input:checked' }]));
      } else if (await page.$('main form input[type="text"], main form textarea')) {
        await page.fill('main form input[type="text"], main form textarea', 'Moscow');
      }
      feedback.push(await time(page, input, PRIMARY, [{ selector: '#feedback-heading' }]));
      const heading = (await page.textContent(HEADING)) ?? '';
      const after = (await page.textContent(PRIMARY))?.trim();
      if (after !== 'Next question') break; // the last question: on to the results
      next.push(await time(page, input, PRIMARY, [{ selector: HEADING, notText: heading }]));
    }
  }
  return { choose, feedback, next };
}

export async function cardRuns(page: Page, url: string, runs: number, input: Input) {
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
      flip.push(await time(page, input, FRONT, [{ selector: GRADES }]));
      const gradeButton = `${GRADES} button[aria-label^="Good"]`;
      // The next card is showing when the front names another card and the grades are gone.
      grade.push(
        await time(page, input, gradeButton, [
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

const SETUPS = [
  { name: 'desktop', input: 'click', throttle: 1, viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'desktop', input: 'click', throttle: 4, viewport: { width: 1280, height: 800 }, touch: false },
  { name: 'phone', input: 'tap', throttle: 4, viewport: { width: 390, height: 844 }, touch: true },
] as const;

/** The set-up the budget is checked on: a phone, tapped, at 4× CPU. */
const CHECKED = SETUPS[2];

export async function interactionSection(
  browser: Browser,
  appUrl: string,
  budget: { medianMs: number },
  runs = 50,
): Promise<Section> {
  const rows: Array<{ label: string; setup: string; input: Input; throttle: number; stats: Stats }> = [];
  for (const setup of SETUPS) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: setup.viewport,
      hasTouch: setup.touch,
      isMobile: setup.touch,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.throttle });
    const what = `${setup.name}, ${setup.input}, CPU ${setup.throttle}×`;
    progress(`Interaction: quiz (${what})`);
    const quiz = await quizRuns(page, `${appUrl}/sets/kim-russia-who/quiz`, runs, setup.input);
    progress(`Interaction: flashcards (${what})`);
    const cards = await cardRuns(page, `${appUrl}/sets/kim-russia-who/cards`, runs, setup.input);
    await context.close();
    const row = (label: string, values: number[]) => ({
      label,
      setup: setup.name,
      input: setup.input,
      throttle: setup.throttle,
      stats: stats(values),
    });
    rows.push(
      row('choose an answer → shown chosen', quiz.choose),
      row('check an answer → feedback visible', quiz.feedback),
      row('next question → question visible', quiz.next),
      row('flip a card → back visible', cards.flip),
      row('grade a card → next card visible', cards.grade),
    );
  }
  const checks: Check[] = rows
    .filter((r) => r.setup === CHECKED.name && r.throttle === CHECKED.throttle)
    .map((r) => ({
      id: `interaction.${r.label}`,
      label: `${r.label}: median ≤ ${budget.medianMs} ms (phone, tap, ${CHECKED.throttle}× CPU)`,
      value: Number(r.stats.median.toFixed(1)),
      limit: budget.medianMs,
      ok: r.stats.median <= budget.medianMs,
    }));
  const ms = (value: number) => value.toFixed(1);
  return {
    title: 'Interaction (input → result painted, performance.now() in the page)',
    tables: [
      {
        head: ['interaction', 'viewport', 'input', 'CPU', 'runs', 'median ms', 'p95 ms', 'max ms'],
        rows: rows.map((r) => [
          r.label,
          r.setup,
          r.input,
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
