import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devices, type APIRequestContext, type Page } from '@playwright/test';
import { checkContent } from '../lib/content/check';
import type { QuestionSet } from '../lib/content/types';
import type { PublishPreview } from '../lib/drafts/publish';
import { draftToQuestion } from '../lib/drafts/question';
import { drawableCount } from '../lib/quiz/draw';
import { cards, pasteAndDraft, publishDrafts, publishedSets } from './authoring';
import {
  answerAndContinue,
  advanceToType,
  currentQuestion,
  expect,
  getSet,
  giveAnswer,
  progressText,
  reviewsOf,
  seedCards,
  seedKey,
  SETS,
  startQuiz,
  test,
} from './fixtures';
import { liveAssignment, openScene, SCENES } from './scenes';

/**
 * What new users tripped on (issue 16), each as it was found: on a phone or a desktop. Every test
 * here failed before its fix.
 */

const WHO = getSet(SETS.who);
const WHEN = getSet(SETS.when);

function deckCounts(page: Page) {
  return page.getByText(/^\d+ due · \d+ new (· \d+ learning soon )?· \d+ reviewed · \d+ left$/);
}

// A phone as the device list has it, minus its browser type (which a describe cannot change).
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];

test.describe('on a phone', () => {
  test.use(phone);

  test('the progress page shows every column of every set without scrolling sideways', async ({ page }) => {
    await seedCards(page, {
      log: reviewsOf(['who-visiting-leader'], Date.now() - 86_400_000),
      settings: { retention: 0.9, newPerDay: 20 },
    });
    await page.goto('/progress');
    const sets = page.getByRole('heading', { level: 2, name: 'By set' }).locator('..');
    const who = sets.getByRole('listitem').filter({ has: page.getByRole('link', { name: WHO.title, exact: true }) });
    const width = page.viewportSize()!.width;
    for (const part of [
      who.getByText('Best quiz'),
      who.getByRole('button', { name: `Export ${WHO.title} for Anki` }),
    ]) {
      await expect(part).toBeVisible();
      const box = (await part.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('ordering instructions on a touch screen speak of dragging and tapping, not arrow keys', async ({ page }) => {
    await startQuiz(page, WHEN.id, { shuffle: false });
    await advanceToType(page, WHEN, 'ordering');
    const hint = page.getByText(/Drag (a handle|an item)/).filter({ visible: true });
    await expect(hint).toHaveText('Drag an item by its handle, or tap its arrows to move it.');
  });
});

/** A teacher's article, published and shared over the API: its set id and the set as the app reads it. */
async function sharedArticle(request: APIRequestContext) {
  const file = path.join(process.cwd(), 'eval', 'drafts', 'articles', '05-asylum-seekers-rescued-indonesia.md');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'))!;
  const title = /^title: "?(.*?)"?$/m.exec(front!)![1]!;
  const date = /^date: (\S+)$/m.exec(front!)![1]!;
  const drafted = (await (await request.post('/api/drafts', { data: { title, date, text: body } })).json()) as {
    paragraphs: string[];
    drafts: Array<Record<string, unknown> & { kind: string }>;
  };
  const questions = drafted.drafts.slice(0, 4).map((draft) => draftToQuestion(draft as never));
  const made = (await (
    await request.post('/api/authored', {
      data: {
        title,
        date,
        paragraphs: drafted.paragraphs,
        sets: [{ key: 'mixed', title: 'Mixed', category: 'review', questions }],
      },
    })
  ).json()) as { id: string; key: string };
  const auth = { authorization: `Bearer ${made.key}` };
  await request.patch(`/api/authored/${made.id}`, { data: { shared: true }, headers: auth });
  const { files } = (await (await request.get(`/api/authored/${made.id}/export`, { headers: auth })).json()) as {
    files: { path: string; text: string }[];
  };
  const { catalog } = checkContent({
    articles: files.filter((f) => f.path.endsWith('.md')),
    sets: files.filter((f) => f.path.endsWith('.yaml')),
  });
  const set = catalog!.sets.find((s) => s.id === `${made.id}-mixed`)!;
  return { title, set };
}

test.describe('a teacher’s shared article, after the student leaves the link', () => {
  test.use(phone);

  test('it stays on Home and Progress, and its cards come due in "Study due cards"', async ({ page, request }) => {
    const { title, set } = await sharedArticle(request);
    await startQuiz(page, set.id, { shuffle: false });
    await answerAndContinue(page, set, { correct: false });
    for (let i = 1; i < set.questions.length; i += 1) {
      if (await page.getByRole('heading', { level: 1, name: 'Your results' }).isVisible()) break;
      await answerAndContinue(page, set);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();

    await page.goto('/');
    const shelf = page.getByRole('region', { name: 'From your teachers' });
    await expect(shelf.getByRole('link', { name: title, exact: true })).toBeVisible();
    // Its four cards are all studied now (by the quiz), none new.
    await expect(shelf.getByRole('link', { name: /Flashcards: \d+ due · 0 new$/ })).toBeVisible();

    await page.goto('/progress');
    await expect(page.getByRole('link', { name: title, exact: true }).first()).toBeVisible();

    // The global deck takes the article's four cards (all in learning after the quiz) with the app's own.
    await page.goto('/cards');
    await expect(deckCounts(page)).toContainText(`· ${set.questions.length} learning soon ·`);
  });
});

test.describe('a timed assignment on a phone', () => {
  test.use(phone);

  test('the time stays in view, and 5 and 1 minutes left are shown and said', async ({ page }) => {
    const made = (await (
      await page.request.post('/api/assignments', {
        data: { title: 'Timed', setIds: [SETS.who], questionCount: 4, timeLimitMinutes: 6 },
      })
    ).json()) as { code: string };
    await page.clock.install();
    await page.goto(`/a/${made.code}`);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Dee');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText(/^Time left: (6 minutes 0|5 minutes 5\d) seconds$/)).toBeAttached();
    // Scrolled to the bottom, the clock in the bottom bar is still on screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const barClock = page.locator('div[aria-hidden="true"]').filter({ hasText: /^\d+:\d\d left/ });
    await expect(barClock).toBeInViewport();
    const alert = page.getByRole('alert').filter({ hasText: /minutes? left/ });
    await expect(alert).toHaveCount(0);
    await page.clock.fastForward('01:02');
    await expect(alert).toHaveText('5 minutes left. Your answers are submitted automatically when time is up.');
    await expect(barClock).toContainText('Submitted automatically at 0:00');
    await page.clock.fastForward('04:00');
    await expect(alert).toHaveText('1 minute left. Your answers are submitted automatically when time is up.');
    await expect(barClock).toBeInViewport();
  });
});

test('after a test finished from a long review list, the results open at the top, score first', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startQuiz(page, WHO.id, { mode: 'Test' });
  for (let i = 0; i < WHO.questions.length; i += 1) {
    await giveAnswer(page, await currentQuestion(page, WHO));
    await page.getByRole('button', { name: /^(Next question|Review answers)$/ }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Review your answers' })).toBeVisible();
  const finish = page.getByRole('button', { name: 'Finish test' });
  await finish.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await finish.click(); // all answered: no confirmation
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a second tap on Next a moment after Check goes on; the second click of a double click does not', async ({
  page,
}) => {
  await startQuiz(page, WHO.id, { shuffle: false });
  const button = page.getByRole('button', { name: /^(Check answer|Next question)$/ });
  /** One click the browser reports as the second of a pair (event.detail 2), as a quick second tap is. */
  const secondClick = async () => {
    const b = (await button.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
  };
  // A double click on Check: the second click comes at once and must not skip the feedback. The
  // pointer is placed first, so nothing but the two clicks passes between them, however slow the machine.
  await giveAnswer(page, await currentQuestion(page, WHO));
  const b = (await button.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await page.mouse.down({ clickCount: 2 });
  await page.mouse.up({ clickCount: 2 });
  await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
  expect(await progressText(page)).toContain('Question 1 of');
  // A second tap 400 ms after Check, once the verdict is on screen: it goes on.
  await page.getByRole('button', { name: 'Next question' }).click();
  await giveAnswer(page, await currentQuestion(page, WHO));
  await button.click();
  await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
  await page.waitForTimeout(400);
  await secondClick();
  await expect.poll(() => progressText(page)).toContain('Question 3 of');
});

test('in Test mode an ordering left as shown is confirmed with "This order is my answer"', async ({ page }) => {
  await startQuiz(page, WHEN.id, { mode: 'Test', shuffle: false });
  let ordering = await currentQuestion(page, WHEN);
  while (ordering.type !== 'ordering') {
    await page.getByRole('button', { name: 'Next question' }).click();
    ordering = await currentQuestion(page, WHEN);
  }
  await expect(page.getByText('Not answered yet: move the items, or keep this order as your answer.')).toBeVisible();
  await page.getByRole('button', { name: 'This order is my answer' }).click();
  await expect(page.getByText('Not answered yet')).toHaveCount(0);
  const review = page.getByRole('button', { name: 'Review answers' });
  while (!(await review.isVisible())) await page.getByRole('button', { name: 'Next question' }).click();
  await review.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review your answers' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: ordering.prompt });
  await expect(item).toContainText('· answered');
  await expect(page.getByRole('listitem').filter({ hasText: '· not answered' }).first()).toBeVisible(); // the others
});

test.describe('flashcards', () => {
  const START = new Date('2026-06-01T08:00:00Z');

  test('counts are true: studying ahead says so, cards left are counted, Again waits behind other cards', async ({
    page,
  }) => {
    await page.clock.install({ time: START });
    // Three cards of Who seen a few minutes ago (learning, due within minutes), no new cards today.
    const seen = WHO.questions.slice(0, 3).map((q) => q.id);
    await seedCards(page, {
      log: reviewsOf(seen, START.getTime() - 5 * 60_000),
      settings: { retention: 0.9, newPerDay: 0 },
    });
    await page.goto(`/sets/${WHO.id}/cards`);
    await expect(deckCounts(page)).toHaveText('0 due · 0 new · 3 learning soon · 0 reviewed · 3 left');
    await expect(page.getByText(/^Studying ahead: nothing is due/)).toBeVisible();
    const front = page.getByRole('button', { name: /^Card: .*\. Show the answer$/ });
    const first = await front.getAttribute('aria-label');
    await page.keyboard.press('Space');
    await page.keyboard.press('1'); // Again
    await expect(deckCounts(page)).toContainText('1 reviewed');
    await expect(front).not.toHaveAttribute('aria-label', first!); // another card first
  });

  test('"Nothing due right now" offers to study ahead or to practise the set', async ({ page }) => {
    await page.clock.install({ time: START });
    const seen = WHO.questions.slice(0, 2).map((q) => q.id);
    await seedCards(page, {
      log: reviewsOf(seen, START.getTime() - 3_600_000, 4),
      settings: { retention: 0.9, newPerDay: 0 },
    });
    await page.goto(`/sets/${WHO.id}/cards`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nothing due right now' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Practise with a quiz' })).toHaveAttribute('href', `/sets/${WHO.id}`);
    await page.getByRole('button', { name: 'Study ahead' }).click();
    await expect(page.getByRole('button', { name: /^Card: / })).toBeVisible();
    await expect(page.getByText('Studying ahead: these cards are not due yet; the soonest come first.')).toBeVisible();
    await expect(deckCounts(page)).toHaveText('0 due · 0 new · 2 learning soon · 0 reviewed · 2 left');
  });

  test('the set page counts the cards a quiz just made learning, without a reload', async ({ page }) => {
    await startQuiz(page, WHO.id, { count: 5 });
    for (let i = 0; i < 5; i += 1) {
      await giveAnswer(page, await currentQuestion(page, WHO));
      await page.getByRole('button', { name: 'Check answer' }).click();
      await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
    await page
      .getByRole('link', { name: `${WHO.title} set` })
      .first()
      .click();
    await expect(
      page.getByRole('link', { name: `${WHO.title} Flashcards: 0 due · ${WHO.questions.length - 5} new` }),
    ).toBeVisible();
  });
});

test('the article form says its limits first, and bounds the date in words a teacher reads', async ({ page }) => {
  await page.goto('/teach/new');
  await expect(page.getByText(/At least 40; articles of 300 to 800 words work best\./)).toBeVisible();
  await page.getByRole('textbox', { name: 'Headline' }).fill('A headline');
  await page.getByLabel('Date published').fill('2999-01-01');
  await page.getByRole('textbox', { name: 'Article text' }).fill(Array.from({ length: 60 }, () => 'word').join(' '));
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect(
    page.getByText('Enter the date the article was published: a real date, from 1900 to today.'),
  ).toBeVisible();
  await expect(page.getByLabel('Date published')).toBeFocused();
  await expect(page.getByText(/YYYY-MM-DD/)).toHaveCount(0);
});

test('questions greyed out by a ticked set say why, and unticking the set frees them', async ({ page }) => {
  await page.goto('/teach');
  await page.getByText('Or hand-pick questions').click();
  await expect(
    page.getByText('All of these are in, with the whole set ticked above. Untick the set to pick only some.').first(),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /^Who ·/ }).uncheck();
  const whoPicks = page.getByRole('group', { name: 'Who' });
  await expect(whoPicks.getByText('All of these are in')).toHaveCount(0);
  await expect(whoPicks.getByRole('checkbox').first()).toBeEnabled();
});

test('a teacher clicks a student’s name and sees their answers with the corrections', async ({ page }) => {
  // Ada and Grace submitted (Ada's first answer wrong), Alan is still answering.
  const made = await liveAssignment(page, '', 2);
  await page.goto(`/teach/${made.id}?key=${made.teacherKey}`);
  await page.getByRole('button', { name: 'Ada Lovelace: see their answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace’s answers' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(4);
  await expect(dialog.getByText('Their answer')).toHaveCount(4);
  await expect(dialog.getByText('Right answer')).toHaveCount(4);
  await expect(dialog.getByText(/^\d+% · [\d.]+ of 4$/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Alan Turing: see their answers' }).click();
  await expect(page.getByRole('dialog', { name: 'Alan Turing’s answers' })).toContainText('Still answering');
});

test('"Your assignments" says whether each is open and how many have submitted', async ({ page }) => {
  const made = await liveAssignment(page, '', 2);
  const entry = {
    id: made.id,
    title: 'Kim in Russia: who',
    code: made.code,
    key: made.teacherKey,
    createdAt: new Date().toISOString(),
  };
  await seedKey(page, 'newsquiz:teacher-assignments', JSON.stringify({ state: { entries: [entry] }, version: 1 }));
  await page.goto('/teach');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Kim in Russia: who' }) });
  await expect(item).toContainText('Open · 2 submissions, 1 answering');
});

test('a teacher’s article publishes as one quiz, tried first as a student; sets are a choice', async ({ page }) => {
  test.slow(); // drafts an article and publishes it twice
  await pasteAndDraft(page);
  for (let i = 0; i < 3; i += 1) await cards(page).first().getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('radio', { name: /^Accepted \(3\)$/ })).toBeVisible();

  // One quiz by default: no sets to fill, no Set menu on each question.
  await expect(page.getByRole('radio', { name: 'One quiz' })).toBeChecked();
  await expect(page.getByText('Every accepted question in one quiz (3 questions).')).toBeVisible();
  await page
    .locator('label')
    .filter({ hasText: /^Accepted \(3\)$/ })
    .click();
  await expect(cards(page)).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Set' })).toHaveCount(0);

  // The preview asks what students would be asked, with their feedback, and saves nothing.
  const previewed = page.waitForResponse((r) => r.url().endsWith('/api/drafts/preview'));
  await page.getByRole('link', { name: 'Preview as a student' }).click();
  const preview = (await (await previewed).json()) as PublishPreview;
  const whole = preview.sets.find((set) => set.whole)!;
  expect(whole.questions).toHaveLength(3);
  await expect(page.getByText(/^Student preview: what a student sees/)).toBeVisible();
  const set = { ...whole, id: 'preview', articleId: 'preview', category: 'review', description: '' } as QuestionSet;
  const asked = drawableCount(
    whole.questions.map((q) => q.id),
    whole.rules,
  );
  const first = await currentQuestion(page, set);
  await giveAnswer(page, first);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
  await expect(page.locator('figcaption', { hasText: 'From the article' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show in article' })).toHaveCount(0);
  await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  for (let i = 1; i < asked; i += 1) await answerAndContinue(page, set);
  await expect(page.getByRole('heading', { level: 1, name: `${asked} of ${asked} questions right` })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('newsquiz:study'))),
  ).toEqual([]);

  // Published: one set, the whole article, with no "All questions" repeating it.
  await page.getByRole('link', { name: 'Back to your drafts' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/[a-z0-9-]+\?key=/);
  await expect(page.getByText(/3 questions in 1 set$/)).toBeVisible();
  const url = new URL(page.url());
  const [id, key] = [url.pathname.split('/').pop()!, url.searchParams.get('key')!];
  const published = await publishedSets(page, id, key);
  expect(published.map((s) => [s.title, s.whole, Boolean(s.parts)])).toEqual([['All questions', true, false]]);

  // Grouped into sets instead: each accepted question has a Set menu, a set previews on its own.
  await page.getByRole('link', { name: 'Edit the questions' }).click();
  await page.getByRole('radio', { name: 'Sets' }).check();
  await page
    .locator('label')
    .filter({ hasText: /^Accepted \(3\)$/ })
    .click();
  await expect(page.getByRole('combobox', { name: 'Set' })).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Set' }).first().selectOption({ label: 'Review' });
  const review = page.getByRole('link', { name: 'Preview the Review set as a student' });
  await review.click();
  await expect(page.getByText(/^Student preview: what a student sees/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Question 1 of \d+:/ })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your drafts' }).click();
  await page.getByRole('button', { name: 'Publish changes' }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/[a-z0-9-]+\?key=/);
  const regrouped = await publishedSets(page, id, key);
  expect(regrouped.length).toBeGreaterThan(2);
  expect(regrouped.filter((s) => s.parts)).toHaveLength(1);

  // A self-study link given out while it was one quiz still opens every question.
  await page.request.patch(`/api/authored/${id}`, {
    data: { shared: true },
    headers: { authorization: `Bearer ${key}` },
  });
  await page.goto(`/sets/${id}-questions`);
  await expect(page.getByRole('heading', { level: 1, name: 'All questions' })).toBeVisible();
  await expect(page.getByText('Every question', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sets to mix' })).toBeVisible();
});

test('why a draft cannot become multiple choice is written on the page, for touch screens too', async ({ page }) => {
  await openScene(
    page,
    SCENES.find((scene) => scene.name === 'author-review')!,
  );
  const reason = 'Multiple choice needs three wrong options of the same kind, and the article names too few.';
  const disabled = page.locator('button:disabled', { hasText: 'Make it multiple choice' }).first();
  await expect(disabled).toHaveAccessibleDescription(reason);
  await expect(page.getByText(reason).first()).toBeVisible();
  expect(await disabled.getAttribute('title')).toBeNull();
});

test('a teacher’s article page offers a copy to download, in no developer’s words', async ({ page }) => {
  const made = await publishDrafts(page, 3);
  await page.goto(`/teach/articles/${made.id}?key=${made.key}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Download a copy' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download The article' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download Questions: All questions' })).toBeVisible();
  await expect(page.getByText(/\bnpm\b|content:check|content\//)).toHaveCount(0);
});
