import { devices } from '@playwright/test';
import { draftToQuestion } from '../lib/drafts/question';
import { drawableCount } from '../lib/quiz/draw';
import { expectNoViolations } from './axe';
import { BODY, cards, DATE, pasteAndDraft, publishedSets, TITLE } from './authoring';
import { answerAndContinue, expect, promptHeading, test, waitForOfflineCopy } from './fixtures';

/**
 * A teacher brings their own article: pastes it, reviews the drafts (accepts three, one by
 * keyboard; edits one; rejects one; writes one on a chosen sentence), closes the tab half-way and
 * loses nothing, publishes; the article stays private until shared; a student studies it from the
 * share link on a phone; the teacher assigns it and sees it on the dashboard.
 */

const OWN_SENTENCE =
  'The rescued members included Bangladeshis and Rohingya, a stateless minority of Muslims from Myanmar.';

test('a teacher turns a pasted article into a checked, published, shared and assigned quiz', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await pasteAndDraft(page);
  const drafted = await cards(page).count();
  expect(drafted).toBeGreaterThanOrEqual(5);

  // Every draft shows its evidence, the answer marked in it.
  await expect(cards(page).first().locator('figure mark, figure blockquote').first()).toBeVisible();

  // Accept two by button and one by keyboard (the accepted leave the "To review" list).
  for (let i = 0; i < 2; i += 1) {
    const first = cards(page).first();
    const id = await first.getAttribute('data-draft');
    await first.getByRole('button', { name: 'Accept' }).click();
    await expect(page.locator(`article[data-draft="${id}"]`)).toHaveCount(0);
  }
  await cards(page).first().focus();
  const keyboardId = await cards(page).first().getAttribute('data-draft');
  await page.keyboard.press('a');
  await expect(page.locator(`article[data-draft="${keyboardId}"]`)).toHaveCount(0);

  // Edit one: a clearer prompt, saved and accepted in one step.
  const editedId = await cards(page).first().getAttribute('data-draft');
  await cards(page).first().getByRole('button', { name: 'Edit' }).click();
  const prompt = page.getByRole('textbox', { name: 'Question' });
  await prompt.fill(`${await prompt.inputValue()} (as the article reports it)`);
  await page.getByRole('button', { name: 'Save and accept' }).click();

  // Reject one, with its reason, in one action.
  const rejectedId = await cards(page).first().getAttribute('data-draft');
  await cards(page).first().getByRole('combobox', { name: 'Reject because' }).selectOption('trivial');
  await expect(page.getByRole('radio', { name: /^Accepted \(4\)$/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Rejected \(1\)$/ })).toBeVisible();

  // The engine's further drafts wait, folded, under "More drafts"; one is rejected from there.
  const fold = page.locator('details').filter({ hasText: /More drafts/ });
  await expect(fold).toHaveCount(1);
  const folded = fold.locator('article[data-draft]');
  await expect(folded.first()).toBeHidden();
  await fold.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(folded.first()).toBeVisible();
  const foldedCount = await folded.count();
  expect(foldedCount).toBeGreaterThan(0);
  await folded.first().getByRole('combobox', { name: 'Reject because' }).selectOption('trivial');
  await expect(page.getByRole('radio', { name: /^Rejected \(2\)$/ })).toBeVisible();
  if (foldedCount > 1) await expect(fold.locator('summary')).toContainText(`More drafts (${foldedCount - 1})`);

  // Closing the tab loses nothing: a new page opens the same work.
  const second = await page.context().newPage();
  await page.close();
  await second.goto('/teach/new');
  await expect(second.getByRole('radio', { name: /^Accepted \(4\)$/ })).toBeVisible();
  const teacher = second;

  // A question of the teacher's own, on a sentence chosen in the article.
  await teacher.getByRole('button', { name: `Sentence 3: ${OWN_SENTENCE}` }).click();
  await teacher
    .getByRole('textbox', { name: 'Question' })
    .fill('Where, according to the article, are the Rohingya from?');
  await teacher.getByRole('textbox', { name: 'Answer (words from the sentence)' }).fill('Myanmar');
  await teacher.getByRole('button', { name: 'Add question' }).click();
  await expect(teacher.getByRole('radio', { name: /^Accepted \(5\)$/ })).toBeVisible();
  await teacher
    .locator('label')
    .filter({ hasText: /^Accepted \(5\)$/ })
    .click();
  await expect(teacher.getByRole('radio', { name: /^Accepted/ })).toBeChecked();
  await expect(teacher.locator(`article[data-draft="${editedId}"]`)).toContainText('as the article reports it');
  await expect(teacher.locator('article[data-draft="own-s3"]')).toContainText('Your question');
  expect(rejectedId).not.toBe(editedId);

  await expectNoViolations(teacher, 'authoring screen (review)');
  await teacher.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(teacher, 'authoring screen (review), dark');
  await teacher.emulateMedia({ colorScheme: 'light' });

  // Publish: checked on the server, stored, private.
  await teacher.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(teacher).toHaveURL(/\/teach\/articles\/[a-z0-9-]+\?key=/);
  await expect(teacher.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const url = new URL(teacher.url());
  const articleId = url.pathname.split('/').pop()!;
  const key = url.searchParams.get('key')!;
  const sets = await publishedSets(teacher, articleId, key);
  const all = sets.find((s) => s.whole)!;
  expect(all.questions).toHaveLength(5);
  for (const question of all.questions) expect(question.citations.length).toBeGreaterThan(0);

  const shareUrl = `${baseURL}/sets/${all.id}`;
  const student = await browser.newContext({ ...devices['Pixel 7'] });
  const phone = await student.newPage();
  expect((await phone.goto(shareUrl))!.status()).toBe(404);

  await expectNoViolations(teacher, 'teacher article page');
  await teacher.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(teacher, 'teacher article page, dark');
  await teacher.emulateMedia({ colorScheme: 'light' });

  await teacher.getByRole('button', { name: 'Open for self-study' }).click();
  await expect(teacher.getByRole('textbox', { name: 'Self-study link' })).toHaveValue(shareUrl);
  await expect(teacher.getByText(/so can see every answer/)).toBeVisible();

  // The student, on a phone, studies it from the link: the same set page and quiz as the app's own.
  await phone.goto(shareUrl);
  await expect(phone.getByRole('heading', { level: 1, name: 'All questions' })).toBeVisible();
  await phone.getByRole('button', { name: /^Start (quiz|a new quiz)$/ }).click();
  await expect(phone).toHaveURL(new RegExp(`/sets/${all.id}/quiz$`));
  // A quiz asks at most one of the drafts that answer each other (lib/quiz/draw-rules.ts).
  const asked = drawableCount(
    all.questions.map((q) => q.id),
    all.rules,
  );
  for (let i = 0; i < asked; i += 1) await answerAndContinue(phone, all);
  await expect(phone.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(phone.getByText(/100\s?%/).first()).toBeVisible();
  await phone.goto(`${baseURL}/sets/${all.id}/cards`);
  await expect(phone.getByRole('heading', { level: 1, name: 'All cards' })).toBeVisible();
  await student.close();

  // The teacher assigns it to a class and sees it on the dashboard.
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher).toHaveURL(/\/teach\/[\w-]+\?key=/);
  await expect(teacher.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(teacher.getByRole('textbox', { name: 'Student link' })).toBeVisible();
  await expect(promptHeading(teacher)).toHaveCount(0);

  // Changing the published article says who is using it, and asks.
  await teacher.goto(`/teach/articles/${articleId}?key=${encodeURIComponent(key)}`);
  await teacher.getByRole('link', { name: 'Edit the questions' }).click();
  await expect(teacher.getByText(`Working on ${TITLE} · published`)).toBeVisible();
  await teacher.getByRole('button', { name: 'Publish changes' }).click();
  const confirm = teacher.getByRole('dialog', { name: 'Change the published article?' });
  await expect(confirm).toContainText('This article is open for self-study by its link and used by 1 assignment.');
  await expect(confirm).toContainText('The assignment keeps the questions it was made with');
  await expectNoViolations(teacher, 'confirm publishing changes');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);

  // A new article starts empty, dated today, and never touches the first, which stays one choice away.
  await teacher.getByRole('button', { name: 'New article' }).click();
  await expect(teacher.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await expect(teacher.getByLabel('Date published')).toHaveValue(new Date().toISOString().slice(0, 10));
  const others = teacher.getByRole('combobox', { name: 'Open another article' });
  await expect(others.locator('option', { hasText: `${TITLE} (published)` })).toHaveCount(1);

  // Every link and key, saved to one file and opened in another browser.
  await expect(teacher.getByText('2 links live only in this browser.')).toBeVisible();
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Save all links to a file' }).click();
  const file = await (await download).path();
  await expect(teacher.getByText(/links live only in this browser/)).toHaveCount(0);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/teach');
  await other.getByLabel('Open a file of teacher links').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: '2 links added.' })).toBeVisible();
  await other.getByRole('link', { name: TITLE }).click();
  await expect(other.getByRole('textbox', { name: 'Student link' })).toBeVisible();
  await elsewhere.close();
});

test('bad article input gets a clear message on the field, and nothing is lost', async ({ page }) => {
  await page.goto('/teach/new');
  await page.getByRole('textbox', { name: 'Headline' }).fill('A headline');
  await page.getByRole('textbox', { name: 'Article text' }).fill('Far too short to draft from.');
  await page.getByRole('button', { name: 'Draft questions' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'at least 40 words' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveValue('Far too short to draft from.');
  // Off the button just pressed: a hovered button changing colour with the theme is mid-transition.
  await page.mouse.move(0, 0);
  await expectNoViolations(page, 'authoring screen (paste)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'authoring screen (paste), dark');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test(
    'a shared article opens offline after one visit: its quiz and its cards',
    { tag: '@phone' },
    async ({ page, request }) => {
      test.slow(); // the first visit downloads the whole app for offline use
      const drafted = (await (
        await request.post('/api/drafts', { data: { title: TITLE, date: DATE, text: BODY } })
      ).json()) as { paragraphs: string[]; drafts: Array<Record<string, unknown> & { kind: string }> };
      const questions = drafted.drafts.slice(0, 4).map((draft) => draftToQuestion(draft as never));
      const made = (await (
        await request.post('/api/authored', {
          data: {
            title: TITLE,
            date: DATE,
            paragraphs: drafted.paragraphs,
            sets: [{ key: 'mixed', title: 'Mixed', category: 'review', questions }],
          },
        })
      ).json()) as { id: string; key: string };
      await request.patch(`/api/authored/${made.id}`, {
        data: { shared: true },
        headers: { authorization: `Bearer ${made.key}` },
      });
      const setId = `${made.id}-mixed`;

      await page.goto(`/sets/${setId}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mixed' })).toBeVisible();
      await waitForOfflineCopy(page);
      // The set page asks the worker to keep its pages: wait until they are in its cache.
      await expect
        .poll(async () => page.evaluate(async () => (await (await caches.open('shared-study-pages')).keys()).length), {
          timeout: 30_000,
        })
        .toBeGreaterThanOrEqual(5);

      await page.context().setOffline(true);
      await page.goto(`/sets/${setId}/quiz`);
      await page.getByRole('button', { name: 'Start practice' }).click();
      await expect(promptHeading(page)).toBeVisible();
      await page.goto(`/sets/${setId}/cards`);
      // The article's only set holds all its cards.
      await expect(page.getByRole('heading', { level: 1, name: 'All cards' })).toBeVisible();
      await page.goto(`/sets/${setId}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mixed' })).toBeVisible();
      await page.context().setOffline(false);
    },
  );
});
