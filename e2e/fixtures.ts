import { expect, test as base, type Locator, type Page } from '@playwright/test';
import { checkContent, type CatalogQuestion, type QuestionSet } from '../lib/content/check';
import { readContentFiles } from '../lib/content/files';

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

export const ARTICLE_ID = 'kim-jong-un-russia-visit';

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
  const labels = await page
    .getByRole('button', { name: /^Move “.*”, position \d+ of \d+$/ })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  return labels.map((label) => /^Move “(.*)”, position/.exec(label)![1]!);
}

/** A wrong answer of the question's own type. */
export function wrongAnswerFor(question: CatalogQuestion): string | string[] | boolean {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o !== question.answer)!;
    case 'multiple':
      return question.options.filter((o) => !question.answer.includes(o)).slice(0, 1);
    case 'truefalse':
      return !question.answer;
    case 'typed':
      return 'definitely not this';
    case 'ordering':
      return question.answer.slice().reverse();
  }
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
  await page.getByRole('button', { name: /^(Next question|See results|Finish test)$/ }).click();
  return question;
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

export const test = base;
export { expect };
