import {
  advanceToType,
  answerAndContinue,
  currentOrder,
  currentQuestion,
  expect,
  getSet,
  giveAnswer,
  progressText,
  promptHeading,
  SETS,
  startQuiz,
  test,
  wrongAnswerFor,
} from './fixtures';

test('a whole set answered correctly scores 100% and is saved as the best score', async ({ page }) => {
  const set = getSet(SETS.when);
  await startQuiz(page, set.id);
  const seen = new Set<string>();
  for (let i = 0; i < set.questions.length; i += 1) {
    expect(await progressText(page)).toContain(`Question ${i + 1} of ${set.questions.length}`);
    const question = await answerAndContinue(page, set);
    seen.add(question.id);
  }
  expect(seen.size).toBe(set.questions.length);

  await expect(page).toHaveURL(/\/results\?attempt=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(
    page.getByText(`${set.questions.length} of ${set.questions.length} points`, { exact: false }),
  ).toBeVisible();
  await expect(page.getByText('100%').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Retry the/ })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: /^\d+\. Correct/ })).toHaveCount(set.questions.length);

  await page.getByRole('link', { name: 'Newsquiz' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: set.title, exact: true }) });
  await expect(card.getByText('Best 100%')).toBeVisible();
});

test('mistakes show in the review, and "Retry the N you missed" asks only those', async ({ page }) => {
  const set = getSet(SETS.where);
  await startQuiz(page, set.id, { mode: 'Test' });
  const missed: string[] = [];
  for (let i = 0; i < set.questions.length; i += 1) {
    const wrong = i < 3;
    const question = await answerAndContinue(page, set, { correct: !wrong, mode: 'test' });
    if (wrong) missed.push(question.id);
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  const total = set.questions.length;
  const expectedPercent = Math.round(((total - 3) / total) * 100);
  await expect(page.getByText(`${expectedPercent}%`).first()).toBeVisible();
  const wrongItems = page.getByRole('listitem').filter({ hasText: /^\d+\. (Wrong|Partly right)/ });
  await expect(wrongItems).toHaveCount(3);
  // Each missed question shows the learner's answer, the right answer and its evidence.
  for (const item of await wrongItems.all()) {
    await expect(item.getByText('Your answer')).toBeVisible();
    await expect(item.getByText(/^Right (answer|order)$/)).toBeVisible();
    await expect(item.getByRole('link', { name: 'Show in article' })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Retry the 3 you missed' }).click();
  await expect(page).toHaveURL(new RegExp(`/sets/${set.id}/quiz$`));
  const retried: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    expect(await progressText(page)).toContain(`Question ${i + 1} of 3`);
    retried.push((await answerAndContinue(page, set, { mode: 'test' })).id);
  }
  expect(retried.sort()).toEqual(missed.slice().sort());
  await expect(page.getByText('retry of missed questions')).toBeVisible();
  await expect(page.getByText('3 of 3 points')).toBeVisible();
  // A perfect retry of 3 questions is not a best score for the whole set.
  await expect(page.getByText('Best on this set').locator('..')).toContainText(`${expectedPercent}%`);
});

test('typed answers accept a listed alternative and one typo', async ({ page }) => {
  const set = getSet(SETS.where);
  await startQuiz(page, set.id, { shuffle: false });
  // Authored order: 2nd is "where was the train station" (typed), 4th is the cosmodrome's name (typed).
  await answerAndContinue(page, set);

  const khasan = await currentQuestion(page, set);
  expect(khasan.id).toBe('where-khasan-station');
  await giveAnswer(page, khasan, 'khasan train station');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();

  await answerAndContinue(page, set);

  const vostochny = await currentQuestion(page, set);
  expect(vostochny.id).toBe('where-vostochny-name');
  await giveAnswer(page, vostochny, 'Vostochy');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Correct — watch the spelling: Vostochny' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Vostochy');
});

test('an ordering question can be solved with the keyboard alone', async ({ page }) => {
  const set = getSet(SETS.when);
  await startQuiz(page, set.id, { shuffle: false });
  const question = await advanceToType(page, set, 'ordering');

  // Focus each item's handle and move it with the arrow keys until the order is right.
  for (let target = 0; target < question.answer.length; target += 1) {
    const item = question.answer[target]!;
    const handle = page.getByRole('button', { name: new RegExp(`^Move “${item}”, position`) });
    await handle.focus();
    let at = (await currentOrder(page)).indexOf(item);
    while (at > target) {
      await page.keyboard.press('ArrowUp');
      at -= 1;
      await expect(
        page.getByRole('button', { name: `Move “${item}”, position ${at + 1} of ${question.answer.length}` }),
      ).toBeFocused();
    }
  }
  expect(await currentOrder(page)).toEqual(question.answer);
  // Enter from the focused handle is the handle's own; move focus off it, as a keyboard user would.
  await page.getByRole('heading', { level: 2 }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Correct' })).toBeVisible();
  await expect(page.getByText('Right place')).toHaveCount(question.answer.length);
});

test('an ordering question can be rearranged by dragging', async ({ page }) => {
  const set = getSet(SETS.when);
  await startQuiz(page, set.id, { shuffle: false });
  await advanceToType(page, set, 'ordering');
  const before = await currentOrder(page);
  const bottomItem = before[before.length - 1]!;
  const handle = page.getByRole('button', { name: new RegExp(`^Move “${bottomItem}”, position`) });
  const topRow = page.getByRole('listitem').filter({ hasText: before[0]! });
  const from = (await handle.boundingBox())!;
  const to = (await topRow.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 8 });
  await page.mouse.up();
  expect((await currentOrder(page))[0]).toBe(bottomItem);
});

test('a double click on "Check answer" shows the feedback instead of skipping it', async ({ page }) => {
  const set = getSet(SETS.who);
  await startQuiz(page, set.id);
  const question = await currentQuestion(page, set);
  await giveAnswer(page, question);
  await page.getByRole('button', { name: 'Check answer' }).dblclick();
  await expect(page.getByRole('heading', { level: 3, name: /^Correct/ })).toBeVisible();
  expect(await progressText(page)).toContain(`Question 1 of ${set.questions.length}`);
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
});

test('reloading mid-quiz resumes exactly where you were', async ({ page }) => {
  const set = getSet(SETS.who);
  await startQuiz(page, set.id);
  await answerAndContinue(page, set);
  await answerAndContinue(page, set);
  const third = await currentQuestion(page, set);
  const promptBefore = await promptHeading(page).textContent();
  // Choose an answer on the third question without checking it.
  const draft = wrongAnswerFor(third);
  await giveAnswer(page, third, draft);

  await page.reload();
  await expect(promptHeading(page)).toHaveText(promptBefore!);
  expect(await progressText(page)).toBe(`Question 3 of ${set.questions.length}, 2 answered`);
  if (third.type === 'single')
    await expect(page.getByRole('radio', { name: draft as string, exact: true })).toBeChecked();
  if (third.type === 'typed')
    await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue(draft as string);
  if (third.type === 'truefalse')
    await expect(page.getByRole('radio', { name: draft ? 'True' : 'False' })).toBeChecked();

  // The home page offers to continue it.
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: set.title, exact: true }) });
  await card.getByRole('link', { name: /^Continue/ }).click();
  await expect(promptHeading(page)).toHaveText(promptBefore!);
});

test('"Show in article" opens the article with the evidence highlighted and in view', async ({ page }) => {
  const set = getSet(SETS.who);
  await startQuiz(page, set.id, { shuffle: false });
  const question = await currentQuestion(page, set);
  await giveAnswer(page, question);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('link', { name: 'Show in article' }).click();

  const sentence = question.citations[0]!.sentences[0]!;
  await expect(page).toHaveURL(new RegExp(`/articles/.+\\?q=${question.id}.*#s${sentence}$`));
  const highlighted = page.locator(`#s${sentence}`);
  await expect(highlighted).toHaveAttribute('data-highlighted', 'true');
  await expect(highlighted.locator('mark')).toContainText(question.citations[0]!.quote.slice(0, 30));
  await expect(highlighted).toBeInViewport();
  await expect(page.getByRole('complementary', { name: 'Highlighted evidence' })).toContainText(question.prompt);

  await page
    .getByRole('link', { name: `Back to the ${set.title} quiz` })
    .first()
    .click();
  await expect(promptHeading(page)).toContainText(question.prompt);
  await expect(page.getByRole('heading', { level: 3, name: 'Correct' })).toBeVisible();
});

test('a corrupted saved value is dropped with a notice, and the app still works', async ({ page }) => {
  await page.goto('/');
  // Wait until the page has read (and re-saved) its progress, then corrupt what is saved.
  await expect(page.getByText('Not tried yet').first()).toBeVisible();
  await page.evaluate(() => localStorage.setItem('newsquiz:study-progress', '{not json'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('could not be read')).toHaveCount(0);
  await startQuiz(page, SETS.who);
  await expect(promptHeading(page)).toBeVisible();
});
