import type { Page } from '@playwright/test';
import { cards, pasteAndDraft, publishedSets } from './authoring';
import { expectNoViolations } from './axe';
import { advanceToId, expect, giveAnswer, startQuiz, test } from './fixtures';

/**
 * A teacher's question bank from another tool comes in as drafts (issue 18): each is matched to the
 * sentence of the article that best supports it; the teacher confirms it, picks another, or keeps a
 * question without evidence, which students then see flagged where "Show in article" would be.
 */

const BANK = `// A colleague's Moodle bank
::Spokesman::Who spoke for the Indonesian military? {=Fuad Basya ~Najib Razak ~Jeff Rathke ~John Kerry}

::Turned away::Malaysia and Indonesia have turned boats of migrants away. {T}

::Match roles::Match each person to their role. {
  =Basya -> military spokesman
  =Rathke -> State Department spokesperson
  =Najib Razak -> Prime Minister
}

::Estimate::About how many migrants may be at sea in the region? {=8000 ~800 ~80000 ~2000}

::Capital::What is the capital of Australia? {=Canberra ~Sydney ~Melbourne ~Perth}
`;

const card = (page: Page, text: string) => cards(page).filter({ hasText: text });

test('imported GIFT questions are grounded in the article, reviewed, published and flagged where they have no evidence', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await pasteAndDraft(page);
  await page.getByText('Import questions from Moodle, Quizlet or a spreadsheet').click();
  await page.getByRole('textbox', { name: 'Or paste the questions' }).fill(BANK);
  await page.getByRole('button', { name: 'Read the questions' }).click();
  const status = page.getByRole('status').filter({ hasText: 'GIFT (Moodle), from the pasted text' });
  await expect(status).toContainText('4 questions to import, 1 not imported.');
  const report = page.locator('[data-import-report]');
  await expect(report.getByRole('listitem').filter({ hasText: /^Line 6: Match roles/ })).toBeVisible();
  await page.getByRole('button', { name: 'Add 4 questions to review' }).click();
  await expect(page.getByText(/^4 imported questions added to “To review”.*\(1 matched none/)).toBeFocused();

  // A strong match, confirmed.
  const spokesman = card(page, 'Who spoke for the Indonesian military?');
  await expect(spokesman.getByText('Imported', { exact: true })).toBeVisible();
  await expect(spokesman.locator('figcaption')).toHaveText(/^Sentence 2 · Strong match/);
  await expect(spokesman.locator('mark')).toHaveText('Fuad Basya');
  await spokesman.getByRole('button', { name: 'This sentence supports it' }).click();
  await expect(spokesman.locator('figcaption')).toHaveText('Sentence 2, confirmed');
  await spokesman.getByRole('button', { name: 'Accept' }).click();

  // Another sentence, picked by the teacher (twice: a wrong pick is undone the same way).
  const turned = card(page, 'Malaysia and Indonesia have turned boats of migrants away.');
  const pick = turned.getByRole('combobox', { name: 'Pick another sentence' });
  await pick.selectOption({ label: (await pick.locator('option', { hasText: /^Sentence 1: / }).textContent())! });
  await expect(turned.locator('figcaption')).toHaveText('Sentence 1, confirmed');
  await pick.selectOption({ label: (await pick.locator('option', { hasText: /^Sentence 6: / }).textContent())! });
  await expect(turned.locator('figcaption')).toHaveText('Sentence 6, confirmed');
  await expect(turned.locator('blockquote')).toContainText('Malaysia and Indonesia have maintained a policy');
  await turned.getByRole('button', { name: 'Accept' }).click();

  // Accepting a suggested match confirms it.
  const estimate = card(page, 'About how many migrants may be at sea in the region?');
  await expect(estimate.locator('mark')).toHaveText('8000');
  await estimate.getByRole('button', { name: 'Accept' }).click();

  // Nothing in the article supports it: it cannot be accepted until the teacher says so.
  const capital = card(page, 'What is the capital of Australia?');
  await expect(capital.locator('figcaption')).toHaveText('No sentence matched');
  await expect(capital.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await expect(
    capital.getByText('Before accepting: Pick the sentence that supports it, or keep it without evidence.'),
  ).toBeVisible();
  await expect(capital.getByRole('combobox', { name: 'Pick a sentence' })).toBeVisible();
  await expectNoViolations(page, 'authoring screen with imported drafts');
  await capital.getByRole('button', { name: 'Keep without evidence' }).click();
  await expect(capital.locator('figcaption')).toHaveText('Kept without evidence');
  await capital.getByRole('button', { name: 'Accept' }).click();

  // Published with the rest; the capital question alone has no evidence.
  await cards(page).first().getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/[a-z0-9-]+\?key=/);
  const url = new URL(page.url());
  const articleId = url.pathname.split('/').pop()!;
  const all = (await publishedSets(page, articleId, url.searchParams.get('key')!)).find((s) => s.whole)!;
  const byPrompt = (prompt: string) => all.questions.find((q) => q.prompt === prompt)!;
  expect(byPrompt('Who spoke for the Indonesian military?').citations.map((c) => c.sentences)).toEqual([[2]]);
  expect(byPrompt('Malaysia and Indonesia have turned boats of migrants away.').citations[0]!.sentences).toEqual([6]);
  expect(byPrompt('What is the capital of Australia?').citations).toEqual([]);
  expect(byPrompt('What is the capital of Australia?').evidence).toBeUndefined();
  await page.locator('details summary').first().click();
  await expect(page.getByText('no evidence (imported)')).toBeVisible();

  // A student studying it sees the question flagged where the article's sentence would be.
  await page.getByRole('button', { name: 'Open for self-study' }).click();
  await expect(page.getByRole('textbox', { name: 'Self-study link' })).toHaveValue(`${baseURL}/sets/${all.id}`);
  await startQuiz(page, all.id, { mode: 'Practice', shuffle: false });
  const question = await advanceToId(page, all, byPrompt('What is the capital of Australia?').id);
  await giveAnswer(page, question);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText('Not checked against the article.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show in article' })).toHaveCount(0);
  await expectNoViolations(page, 'feedback on a question without evidence');
});

test('a bank with lines it cannot read keeps every question it can, and names the lines', async ({ page }) => {
  test.setTimeout(90_000);
  await pasteAndDraft(page);
  await page.getByText('Import questions from Moodle, Quizlet or a spreadsheet').click();
  const aiken = [
    'Who spoke for the Indonesian military?',
    'A. Fuad Basya',
    'B. Najib Razak',
    'ANSWER: A',
    '',
    'A question with no options',
    'ANSWER: B',
    '',
    'How many migrants may be at sea?',
    'A) 8000',
    'B) 800',
    'ANSWER: A',
  ].join('\n');
  await page.getByRole('textbox', { name: 'Or paste the questions' }).fill(aiken);
  await page.getByRole('button', { name: 'Read the questions' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Aiken (Moodle), from the pasted text' });
  await expect(status).toContainText('2 questions to import');
  await expect(
    page
      .locator('[data-import-report]')
      .getByRole('listitem')
      .filter({ hasText: /^Line [67]:/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add 2 questions to review' }).click();
  // Two options are too few for the app: said on the card, and mended in the editor.
  const migrants = card(page, 'How many migrants may be at sea?');
  await expect(
    migrants.getByText(/^Before accepting: Give 3 wrong options besides the answer \(Edit, then “Add an option”\)\./),
  ).toBeVisible();
  await expect(migrants.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await migrants.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('form', { name: 'Edit: How many migrants may be at sea?' });
  for (const option of ['80000', '2000']) {
    await editor.getByRole('button', { name: 'Add an option' }).click();
    await editor
      .getByRole('textbox', { name: /^Option \d$/ })
      .last()
      .fill(option);
  }
  await expect(editor.getByRole('button', { name: 'Add an option' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Save and accept' }).click();
  await expect(page.getByRole('radio', { name: 'Accepted (1)' })).toBeAttached();

  // Quizlet's copied text with separators of the teacher's own.
  await page.getByRole('combobox', { name: 'Format' }).selectOption('quizlet');
  await page.getByRole('textbox', { name: 'Between term and definition' }).fill(' :: ');
  await page.getByRole('textbox', { name: 'Between cards' }).fill(' | ');
  await page
    .getByRole('textbox', { name: 'Or paste the questions' })
    .fill("Fuad Basya :: spokesman for the Indonesian military | Najib Razak :: Malaysia's Prime Minister");
  await page.getByRole('button', { name: 'Read the questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Quizlet (copied text)' })).toContainText(
    '2 questions to import.',
  );
  await page.getByRole('button', { name: 'Add 2 questions to review' }).click();
  const fromQuizlet = cards(page).filter({
    has: page.getByRole('heading', { name: 'spokesman for the Indonesian military', exact: true }),
  });
  await expect(fromQuizlet.locator('figcaption')).toHaveText(/^Sentence 2 · /);

  // The CSV template is one click away, and reads back as a bank.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'download a template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('questions-template.csv');
});

test('a “select all” question from a spreadsheet with too few wrong options is mended in the editor', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await pasteAndDraft(page);
  await page.getByText('Import questions from Moodle, Quizlet or a spreadsheet').click();
  // Cells copied from a spreadsheet: tab-separated, with a header row.
  const rows = [
    ['type', 'question', 'answer', 'options'],
    [
      'multiple',
      'Which groups were among the rescued?',
      'Bangladeshis | Rohingya',
      'Bangladeshis | Rohingya | Thais | Malaysians',
    ],
  ];
  await page.getByRole('textbox', { name: 'Or paste the questions' }).fill(rows.map((r) => r.join('\t')).join('\n'));
  await page.getByRole('button', { name: 'Read the questions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'CSV spreadsheet, from the pasted text' })).toContainText(
    '1 question to import.',
  );
  await page.getByRole('button', { name: 'Add 1 question to review' }).click();
  const groups = card(page, 'Which groups were among the rescued?');
  await expect(groups.getByText(/“Select all” needs at least 3 wrong options; this one has 2/)).toBeVisible();
  await expect(groups.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await groups.getByRole('button', { name: 'Edit' }).click();
  const editor = page.getByRole('form', { name: 'Edit: Which groups were among the rescued?' });
  await editor.getByRole('button', { name: 'Add an option' }).click();
  await editor.getByRole('textbox', { name: 'Option 5' }).fill('Indonesians');
  await expect(editor.getByRole('checkbox', { name: 'Option 2 is right' })).toBeChecked();
  await editor.getByRole('button', { name: 'Save and accept' }).click();
  await expect(page.getByRole('radio', { name: 'Accepted (1)' })).toBeAttached();
});
