import { expect, test as base, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { checkContent, combinedSetId } from '../lib/content/check';
import { readContentFiles } from '../lib/content/files';
import type { CatalogQuestion, QuestionSet } from '../lib/content/types';
import { addAttempt } from '../lib/quiz/history';
import type { AttemptRecord, QuizMode, QuizSession } from '../lib/quiz/records';
import { rightResponse, wrongAnswerFor, wrongResponse } from '../lib/testing/responses';
import { finishSession } from '../lib/quiz/scoring';
import { advance, checkCurrent, openReview, setResponse, startSession } from '../lib/quiz/session';
import type { LogEntry } from '../lib/srs/log';
import { CARDS_STORAGE_KEY, CARDS_STORAGE_VERSION, type PersistedCards } from '../stores/cards-persistence';
import { STUDY_STORAGE_KEY, STUDY_STORAGE_VERSION, type PersistedStudy } from '../stores/study-persistence';

/**
 * Shared helpers for the flows: the content (read from content/ the same way the app reads it),
 * and a "learner" that can read the question on screen and answer it right or wrong, finding
 * everything by role and accessible name.
 */

const checked = checkContent(readContentFiles());
if (!checked.catalog) throw new Error('content/ has problems: run npm run content:check');
export const catalog = checked.catalog;

export function getSet(id: string): QuestionSet {
  const set = catalog.sets.find((s) => s.id === id);
  if (!set) throw new Error(`No set ${id}`);
  return set;
}

export const SETS = {
  who: 'kim-russia-who',
  where: 'kim-russia-where',
  when: 'kim-russia-when',
  whatWhy: 'kim-russia-what-why',
  review: 'kim-russia-review',
} as const;

export { rightResponse, wrongAnswerFor, wrongResponse };

export const ARTICLE_ID = 'kim-jong-un-russia-visit';
export const ALL_SET_ID = combinedSetId(ARTICLE_ID);

const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

/**
 * A quiz in progress, built with the app's own engine: `answered` questions answered (right, and
 * checked in Practice mode), in authored order (no shuffle) unless `order` is given.
 */
export function sessionFor(
  setId: string,
  options: {
    mode?: QuizMode;
    answered?: number;
    count?: number;
    order?: string[];
    checkLast?: boolean;
    review?: boolean;
  } = {},
): QuizSession {
  const set = getSet(setId);
  const mode = options.mode ?? 'practice';
  let session = startSession({
    id: `seeded-${setId}`,
    setId,
    mode,
    questionIds: options.order ?? set.questions.map((q) => q.id),
    count: options.count,
    shuffle: false,
    seed: 'seed',
    now: T0,
  });
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  const answered = options.answered ?? 0;
  for (let i = 0; i < answered; i += 1) {
    const question = byId.get(session.questionIds[session.index]!)!;
    session = setResponse(session, rightResponse(question), T0 + i * 10_000);
    if (mode === 'practice') session = checkCurrent(session, T0 + i * 10_000 + 5_000);
    const last = i === answered - 1;
    if (!last || !options.checkLast) session = advance(session, T0 + i * 10_000 + 8_000);
  }
  if (options.review) session = openReview(session, T0 + 600_000);
  return session;
}

/** A finished attempt: the first `wrong` questions answered wrong, the rest right. */
export function finishedAttempt(
  setId: string,
  options: { mode?: QuizMode; wrong?: number; count?: number; retryOf?: string; id?: string } = {},
): AttemptRecord {
  const set = getSet(setId);
  const byId = new Map(set.questions.map((q) => [q.id, q]));
  let session = startSession({
    id: options.id ?? `attempt-${setId}`,
    setId,
    mode: options.mode ?? 'test',
    questionIds: set.questions.map((q) => q.id),
    count: options.count,
    shuffle: false,
    seed: 'seed',
    now: T0,
    retryOf: options.retryOf ?? null,
    setSize: set.questions.length,
  });
  session.questionIds.forEach((id, index) => {
    const question = byId.get(id)!;
    session = setResponse(
      session,
      index < (options.wrong ?? 0) ? wrongResponse(question) : rightResponse(question),
      T0 + index * 20_000,
    );
    session = advance(session, T0 + index * 20_000 + 10_000);
  });
  return finishSession(session, byId, T0 + session.questionIds.length * 20_000);
}

/** Study progress made of quizzes in progress and finished attempts. */
export function progressOf(sessions: QuizSession[], attempts: AttemptRecord[] = []): PersistedStudy {
  const history: PersistedStudy['history'] = {};
  for (const attempt of attempts) history[attempt.setId] = addAttempt(history[attempt.setId], attempt);
  return { sessions: Object.fromEntries(sessions.map((s) => [s.setId, s])), history };
}

/**
 * Puts saved progress in the browser before the first page loads (once per tab, so the app's own
 * saves are not undone by the next navigation). `raw` seeds a value exactly as given.
 */
export async function seedStorage(context: BrowserContext | Page, value: PersistedStudy | { raw: string }) {
  const raw = 'raw' in value ? value.raw : JSON.stringify({ state: value, version: STUDY_STORAGE_VERSION });
  await context.addInitScript(
    ({ key, raw }) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key, raw);
    },
    { key: STUDY_STORAGE_KEY, raw },
  );
}

/** Puts a flashcard review log (and settings) in the browser before the first page loads. */
export async function seedCards(context: BrowserContext | Page, value: PersistedCards) {
  const raw = JSON.stringify({ state: value, version: CARDS_STORAGE_VERSION });
  await context.addInitScript(
    ({ key, raw }) => {
      if (sessionStorage.getItem('e2e-seeded-cards')) return;
      sessionStorage.setItem('e2e-seeded-cards', '1');
      localStorage.setItem(key, raw);
    },
    { key: CARDS_STORAGE_KEY, raw },
  );
}

/** Puts any other saved value (the authoring screen's work) in the browser before the first page loads. */
export async function seedKey(context: BrowserContext | Page, key: string, raw: string) {
  await context.addInitScript(
    ({ key, raw }) => {
      if (sessionStorage.getItem(`e2e-seeded-${key}`)) return;
      sessionStorage.setItem(`e2e-seeded-${key}`, '1');
      localStorage.setItem(key, raw);
    },
    { key, raw },
  );
}

/** Reviews of the given cards at the given moment (all Good unless a rating is given). */
export function reviewsOf(cardIds: string[], at: number, rating: 1 | 2 | 3 | 4 = 3): LogEntry[] {
  return cardIds.map((cardId, i) => ({
    id: `seed-${at}-${i}`,
    kind: 'review',
    cardId,
    rating,
    at,
    tz: 0,
    params: { retention: 0.9 },
    source: 'cards',
  }));
}

export async function storedValue(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STUDY_STORAGE_KEY);
}

/** The prompt heading of the question on screen. */
export function promptHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: /^Question \d+ of \d+:/ });
}

export async function progressText(page: Page): Promise<string> {
  return (await page.getByRole('progressbar', { name: 'Quiz progress' }).getAttribute('aria-valuetext')) ?? '';
}

/** Works out which question of the set is on screen, from its prompt and (if needed) its options. */
export async function currentQuestion(page: Page, set: QuestionSet): Promise<CatalogQuestion> {
  const heading = promptHeading(page);
  await expect(heading).toBeVisible();
  const text = ((await heading.textContent()) ?? '').replace(/^\s*Question \d+ of \d+:\s*/, '').trim();
  const candidates = set.questions.filter((q) => q.prompt === text);
  if (candidates.length === 1) return candidates[0]!;
  for (const candidate of candidates) {
    const items = candidate.type === 'ordering' ? candidate.answer : [];
    const visible = await Promise.all(
      items.map((item) => page.getByRole('button', { name: `Move “${item}” up` }).count()),
    );
    if (visible.every((n) => n > 0)) return candidate;
  }
  throw new Error(`Cannot identify the question on screen: "${text}"`);
}

function optionLabel(page: Page, role: 'radio' | 'checkbox', name: string): Locator {
  return page.locator('label').filter({ has: page.getByRole(role, { name, exact: true }) });
}

/** The options of a single/multiple choice question in the order shown on screen. */
export async function shownOptions(page: Page, role: 'radio' | 'checkbox'): Promise<string[]> {
  return page.getByRole(role).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Reorders an ordering question with the Move up buttons until it matches `target`. */
export async function arrangeWithButtons(page: Page, target: readonly string[]) {
  for (let i = 0; i < target.length; i += 1) {
    for (;;) {
      const current = await currentOrder(page);
      const at = current.indexOf(target[i]!);
      if (at <= i) break;
      await page.getByRole('button', { name: `Move “${target[i]}” up` }).click();
    }
  }
  expect(await currentOrder(page)).toEqual([...target]);
}

/** The items of the ordering question on screen, top to bottom. */
export async function currentOrder(page: Page): Promise<string[]> {
  const handles = page.getByRole('button', { name: /^Move “.*”, position \d+ of \d+$/ });
  await expect(handles.first()).toBeVisible(); // the list is loaded when first needed
  const labels = await handles.evaluateAll((buttons) =>
    buttons.map((button) => button.getAttribute('aria-label') ?? ''),
  );
  return labels.map((label) => /^Move “(.*)”, position/.exec(label)![1]!);
}

/** Gives an answer to the question on screen with the mouse or touch (not yet checked). */
export async function giveAnswer(page: Page, question: CatalogQuestion, value?: string | string[] | boolean) {
  switch (question.type) {
    case 'single': {
      await optionLabel(page, 'radio', (value as string | undefined) ?? question.answer).click();
      break;
    }
    case 'multiple': {
      const wanted = (value as string[] | undefined) ?? question.answer;
      for (const option of wanted) await optionLabel(page, 'checkbox', option).click();
      break;
    }
    case 'truefalse': {
      const answer = (value as boolean | undefined) ?? question.answer;
      await optionLabel(page, 'radio', answer ? 'True' : 'False').click();
      break;
    }
    case 'typed': {
      await page.getByRole('textbox', { name: 'Your answer' }).fill((value as string | undefined) ?? question.answer);
      break;
    }
    case 'ordering': {
      await arrangeWithButtons(page, (value as string[] | undefined) ?? question.answer);
      break;
    }
  }
}

/** Answers, checks (Practice) and moves on; returns the question that was answered. */
export async function answerAndContinue(
  page: Page,
  set: QuestionSet,
  options: { correct?: boolean; mode?: 'practice' | 'test' } = {},
): Promise<CatalogQuestion> {
  const { correct = true, mode = 'practice' } = options;
  const question = await currentQuestion(page, set);
  await giveAnswer(page, question, correct ? undefined : wrongAnswerFor(question));
  if (mode === 'practice') {
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(
      page.getByRole('heading', { level: 3, name: correct ? /^Correct/ : /^(Not quite|Partly right)/ }),
    ).toBeVisible();
  }
  await page.getByRole('button', { name: /^(Next question|See results|Review answers)$/ }).click();
  return question;
}

/** Test mode, on the review list: finishes the test (confirming when some are unanswered). */
export async function finishTest(page: Page) {
  await expect(page.getByRole('heading', { level: 2, name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish test' }).click();
  const confirm = page.getByRole('dialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
}

/** Answers questions correctly until the one with this id is on screen. */
export async function advanceToId(page: Page, set: QuestionSet, id: string): Promise<CatalogQuestion> {
  for (let i = 0; i < set.questions.length; i += 1) {
    const question = await currentQuestion(page, set);
    if (question.id === id) return question;
    await answerAndContinue(page, set);
  }
  throw new Error(`Question ${id} never came up in ${set.id}`);
}

/** Answers questions correctly until one of the given type is on screen, and returns it. */
export async function advanceToType<T extends CatalogQuestion['type']>(
  page: Page,
  set: QuestionSet,
  type: T,
): Promise<Extract<CatalogQuestion, { type: T }>> {
  for (let i = 0; i < set.questions.length; i += 1) {
    const question = await currentQuestion(page, set);
    if (question.type === type) return question as Extract<CatalogQuestion, { type: T }>;
    await answerAndContinue(page, set);
  }
  throw new Error(`No ${type} question in ${set.id}`);
}

/** Starts a quiz from the set page with the given options. */
export async function startQuiz(
  page: Page,
  setId: string,
  options: { mode?: 'Practice' | 'Test'; count?: number | 'all'; shuffle?: boolean } = {},
) {
  await page.goto(`/sets/${setId}`);
  const startButton = page.getByRole('button', { name: /^Start (quiz|a new quiz)$/ });
  await expect(startButton).toBeEnabled();
  if (options.mode) await page.getByRole('radio', { name: new RegExp(`^${options.mode}`) }).check();
  if (options.count && options.count !== 'all') {
    await optionLabel(page, 'radio', String(options.count)).click();
    await expect(page.getByRole('radio', { name: String(options.count), exact: true })).toBeChecked();
  }
  if (options.shuffle === false) await page.getByRole('checkbox', { name: /Shuffle questions/ }).uncheck();
  await startButton.click();
  await expect(page).toHaveURL(new RegExp(`/sets/${setId}/quiz$`));
  await expect(promptHeading(page)).toBeVisible();
}

/** Scripts the Content-Security-Policy refused in a test's browser context, as the console reported them. */
export type RefusedScripts = {
  /** The refusals so far, emptied: for the tests whose subject is a refused script. */
  take(): string[];
};

const refusals = new WeakMap<BrowserContext, string[]>();

/**
 * Every test with a browser fails if the Content-Security-Policy refused a script in it (decision
 * 018): a page whose inline scripts do not match its hashes or nonce still shows its HTML, but
 * never hydrates. A test that injects a script takes its refusals with `refusedScripts.take()`.
 * (The check rides on the context, so tests that only make requests start no browser for it.)
 */
export const test = base.extend<{ refusedScripts: RefusedScripts }>({
  // Playwright's fixture callback is named `use` in its docs; not a React hook, hence another name.
  context: async ({ context }, provide) => {
    const refused: string[] = [];
    refusals.set(context, refused);
    context.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && /Content Security Policy/i.test(text) && /script-src/.test(text)) {
        refused.push(`${message.location().url}: ${text}`);
      }
    });
    await provide(context);
    expect(refused, 'scripts refused by the Content-Security-Policy').toEqual([]);
  },
  refusedScripts: async ({ context }, provide) => {
    await provide({ take: () => refusals.get(context)!.splice(0) });
  },
});
export { expect };

/**
 * Waits until the service worker controls the page: it has installed, so the whole app is saved for
 * offline use (the first visit downloads it; 60 s leaves room on a slow machine).
 */
export async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
}
