import { readFileSync } from 'node:fs';
import { devices, type Browser, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { answerAndContinue, expect, getSet, SETS, test } from './fixtures';

/**
 * A teacher's assignment end to end: made on /teach, taken by two students in their own browsers
 * (a laptop by link, a phone by code; one reloads mid-way), graded on the server, and read on the
 * teacher's live page and in the CSV. Every response a student's browser receives before
 * submitting is searched for the answers, accepted spellings and explanations.
 */

const WHO = getSet(SETS.who);
const PER_STUDENT = 4;

async function createAssignment(page: Page) {
  await page.goto('/teach');
  await page.getByRole('textbox', { name: 'Title' }).fill('Kim in Russia: Who');
  for (const set of ['Where', 'When', 'What & why', 'Review']) {
    await page.getByRole('checkbox', { name: new RegExp(`^${set} ·`) }).uncheck();
  }
  await page.getByRole('spinbutton', { name: 'Questions per student' }).fill(String(PER_STUDENT));
  await page.getByRole('radio', { name: 'Right after submitting' }).check();
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await expect(page).toHaveURL(/\/teach\/[\w-]+\?key=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kim in Russia: Who' })).toBeVisible();
  const studentUrl = await page.getByRole('textbox', { name: 'Student link' }).inputValue();
  const code = studentUrl.split('/').pop()!;
  return { studentUrl, code };
}

/** Everything the page receives from the app's own server, as text. */
function recordResponses(page: Page, origin: string) {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(origin)) return;
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  return bodies;
}

async function student(browser: Browser, phone: boolean) {
  const context = await browser.newContext(phone ? { ...devices['Pixel 7'] } : {});
  const page = await context.newPage();
  return { context, page };
}

test('a teacher assigns a quiz; two students take it; the teacher sees the results and the CSV', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000); // 25 s here: three students' worth of browsing
  const { studentUrl, code } = await createAssignment(page);
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);

  // Student 1, on a laptop, by link: answers everything right, reloading half-way.
  const ada = await student(browser, false);
  await ada.page.goto(studentUrl);
  await ada.page.getByRole('textbox', { name: 'Your name' }).fill('Ada <b>Lovelace</b>');
  await ada.page.getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < PER_STUDENT; i += 1) {
    if (i === 2) {
      await expect(ada.page.getByText('All answers saved')).toBeVisible();
      await ada.page.reload();
    }
    await answerAndContinue(ada.page, WHO, { mode: 'test' });
  }
  await expect(ada.page.getByText('All answers saved')).toBeVisible();
  await ada.page.getByRole('button', { name: 'Finish test' }).click();
  const confirm = ada.page.getByRole('dialog');
  if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(ada.page.getByRole('heading', { level: 1, name: /you scored 100%/ })).toBeVisible();
  await expect(ada.page.getByRole('heading', { level: 1 })).toContainText('Ada <b>Lovelace</b>'); // text, not HTML
  await expect(ada.page.getByRole('heading', { level: 2, name: 'Corrections' })).toBeVisible();
  await expect(ada.page.getByText('From the article').first()).toBeVisible();

  // Student 2, on a phone, by code: answers everything wrong (so their own answers, which the page
  // shows back to them, are never a right one).
  const bo = await student(browser, true);
  const boBodies = recordResponses(bo.page, baseURL!);
  await bo.page.goto('/join');
  await bo.page.getByLabel('Code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await bo.page.getByRole('button', { name: 'Join' }).click();
  await expect(bo.page).toHaveURL(new RegExp(`/a/${code}$`));
  await bo.page.getByRole('textbox', { name: 'Your name' }).fill('Bo');
  await bo.page.getByRole('button', { name: 'Start' }).click();
  const asked: string[] = [];
  for (let i = 0; i < PER_STUDENT; i += 1) {
    asked.push((await answerAndContinue(bo.page, WHO, { mode: 'test', correct: false })).id);
  }
  // Nothing that gives an answer away reached the browser before submitting.
  await expect(bo.page.getByText('All answers saved')).toBeVisible();
  const received = boBodies.join('\n');
  for (const id of asked) {
    const question = WHO.questions.find((q) => q.id === id)!;
    expect(received.includes(question.explanation), 'an explanation was sent').toBe(false);
    for (const citation of question.citations) {
      expect(received.includes(citation.quote), `evidence was sent: ${citation.quote}`).toBe(false);
    }
    if (question.type === 'typed') {
      // A spelling that also appears in a question shown to the student proves nothing either way.
      const shown = asked
        .map((a) => WHO.questions.find((q) => q.id === a)!)
        .map((q) => [q.prompt, ...('options' in q ? q.options : [])].join(' '))
        .join(' ');
      for (const spelling of [question.answer, ...(question.accept ?? [])]) {
        if (!shown.includes(spelling)) expect(received.includes(spelling), `"${spelling}" was sent`).toBe(false);
      }
    }
    expect(/"(answer|accept|explanation|evidence|citations)\\?":/.test(received), 'an answer field was sent').toBe(
      false,
    );
  }
  await bo.page.getByRole('button', { name: 'Finish test' }).click();
  const boConfirm = bo.page.getByRole('dialog');
  if (await boConfirm.isVisible()) await boConfirm.getByRole('button', { name: 'Finish anyway' }).click();
  await expect(bo.page.getByRole('heading', { level: 1, name: /you scored 0%/ })).toBeVisible();

  // The teacher's page updates by itself.
  const students = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Answered' }) });
  await expect(students.getByRole('row', { name: /Ada <b>Lovelace<\/b>.*Submitted.*100%/ })).toBeVisible();
  await expect(students.getByRole('row', { name: /Bo\b.*Submitted.*0%/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^90–100% 1$/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^0–9% 1$/ })).toBeVisible();
  const questions = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Facility' }) });
  await expect(questions.getByRole('row').filter({ hasText: /%/ }).first()).toBeVisible();

  // The CSV: a row per student, UTF-8 with a byte-order mark, names as text.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV: a row per student' }).click();
  const file = testInfo.outputPath('results.csv');
  await (await download).saveAs(file);
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^"Name","Attempt","Status"/);
  expect(lines.find((l) => l.startsWith('"Ada'))).toMatch(/"Submitted",.*"4","4","100"/);
  expect(lines.find((l) => l.startsWith('"Bo"'))).toMatch(/"Submitted",.*"0","4","0"/);

  await ada.context.close();
  await bo.context.close();
});

test('a wrong teacher key and an unknown assignment get the same 404; a wrong code says so', async ({ page }) => {
  const response = await page.goto('/teach/no-such-assignment?key=abc');
  expect(response?.status()).toBe(404);
  await page.goto('/join');
  await page.getByLabel('Code').fill('ZZZ ZZZ');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText('No assignment has that code')).toBeVisible();
  expect((await page.goto('/a/ZZZZZZ'))?.status()).toBe(404);
});

test('every assignment page has no axe violations, light and dark', async ({ page, request }) => {
  test.setTimeout(150_000); // 38 s here: 14 axe scans
  const made = (await (
    await request.post('/api/assignments', {
      data: { title: 'Axe check', setIds: [SETS.who], questionCount: 2, timeLimitMinutes: 30 },
    })
  ).json()) as { id: string; code: string; teacherKey: string };
  const dashboard = `/teach/${made.id}?key=${encodeURIComponent(made.teacherKey)}`;
  const scan = async (label: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await expectNoViolations(page, `${label} (${colorScheme})`);
    }
  };
  await page.goto('/teach');
  await scan('teach');
  await page.goto('/join');
  await scan('join');
  await page.goto(`/a/${made.code}`);
  await scan('assignment start');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Axe');
  await page.getByRole('button', { name: 'Start' }).click();
  await answerAndContinue(page, WHO, { mode: 'test' });
  await expect(page.getByText('All answers saved')).toBeVisible();
  await scan('assignment question');
  await answerAndContinue(page, WHO, { mode: 'test', correct: false });
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /you scored 50%/ })).toBeVisible();
  await scan('assignment result');
  await page.goto(dashboard);
  await expect(page.getByRole('row', { name: /Axe\b.*Submitted/ })).toBeVisible();
  await scan('teacher dashboard');
  await page.getByRole('button', { name: 'Present code and QR' }).click();
  await expect(page.getByRole('dialog', { name: 'Join code and QR code' })).toBeVisible();
  await scan('present');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('with a student mid-attempt, the teacher gives more time, lets them finish, then closes for everyone; each step says what happened', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const made = (await (
    await request.post('/api/assignments', {
      data: { title: 'Controls', setIds: [SETS.who], questionCount: 3, shuffleQuestions: false, timeLimitMinutes: 30 },
    })
  ).json()) as { id: string; code: string; teacherKey: string };
  const pupil = await browser.newContext();
  const student = await pupil.newPage();
  await student.goto(`/a/${made.code}`);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Bo');
  await student.getByRole('button', { name: 'Start' }).click();
  await answerAndContinue(student, WHO, { mode: 'test' });
  await expect(student.getByText('All answers saved')).toBeVisible();

  await page.goto(`/teach/${made.id}?key=${encodeURIComponent(made.teacherKey)}`);
  await expect(page.getByRole('row', { name: /Bo\b.*In progress/ })).toBeVisible();
  const status = page.getByRole('status').filter({ hasText: /./ }).first();

  // More time: the student's 30 minutes become 40; there is no close time to move.
  await page.getByRole('button', { name: 'Give 10 more minutes' }).click();
  await expect(status).toHaveText(
    '1 student still answering got 10 more minutes. An extension cannot be taken back; you can still close early.',
  );
  await student.reload();
  await expect(student.getByText(/^Time left: (40 minutes 0|39 minutes \d\d?) seconds$/)).toBeAttached();

  // Close, letting them finish: the dialog says who is still answering.
  await page.getByRole('button', { name: 'Close…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the assignment?' });
  await expect(dialog).toContainText('1 student is still answering.');
  await expectNoViolations(page, 'close dialog');
  await dialog.getByRole('button', { name: 'Let them finish' }).click();
  await expect(status).toHaveText('Closed to new students. 1 student still answering can finish in their own time.');
  await expect(page.getByText('Assignment · Closed to new students')).toBeVisible();
  const latecomer = await pupil.browser()!.newContext();
  const late = await latecomer.newPage();
  await late.goto(`/a/${made.code}`);
  await expect(late.getByText('This assignment is closed.')).toBeVisible();
  await latecomer.close();
  // The student keeps saving.
  await answerAndContinue(student, WHO, { mode: 'test' });
  await expect(student.getByText('All answers saved')).toBeVisible();

  // Close for everyone: no "let them finish" this time, and it says it cannot be undone.
  await page.getByRole('button', { name: 'Close for everyone now' }).click();
  await expect(dialog.getByRole('button', { name: 'Let them finish' })).toHaveCount(0);
  await expect(dialog).toContainText('This cannot be undone');
  await dialog.getByRole('button', { name: 'Close now and submit their answers' }).click();
  await expect(status).toHaveText('Closed. The answers of the 1 student still answering were submitted as they stood.');
  await expect(page.getByRole('row', { name: /Bo\b.*Submitted when you closed/ })).toBeVisible();
  await pupil.close();
});

test('offline for a while: answers wait on the device, "not saved yet", and are all saved when the connection is back; the countdown follows the server clock', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const made = (await (
    await request.post('/api/assignments', {
      data: { title: 'Offline', setIds: [SETS.who], questionCount: 3, shuffleQuestions: false, timeLimitMinutes: 20 },
    })
  ).json()) as { id: string; code: string; teacherKey: string };
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  const page = await context.newPage();
  // The phone's clock is 10 minutes fast: the time left is still the server's 20 minutes.
  await page.clock.install({ time: Date.now() + 10 * 60_000 });
  await page.goto(`/a/${made.code}`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Cy');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText(/^Time left: (20 minutes 0|19 minutes 5\d) seconds$/)).toBeAttached();
  await answerAndContinue(page, WHO, { mode: 'test' });
  await expect(page.getByText('All answers saved')).toBeVisible();

  await context.setOffline(true);
  await answerAndContinue(page, WHO, { mode: 'test' });
  await answerAndContinue(page, WHO, { mode: 'test' });
  await expect(page.getByText(/^Not saved yet \(2\): no connection/)).toBeVisible();
  // Finishing offline keeps everything and says so.
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(
    page.getByText('You are offline: your answers are kept on this device.', { exact: false }),
  ).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText('All answers saved')).toBeVisible({ timeout: 40_000 });
  await page.getByRole('button', { name: 'Finish test' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /you scored 100%/ })).toBeVisible();
  await context.close();
});

test('the live results page polls only while its tab is showing, and catches up at once when it shows again', async ({
  page,
}) => {
  await page.clock.install();
  await createAssignment(page);
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 1_000);
  const polls: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'GET' && /\/api\/assignments\/[^/?]+(\?|$)/.test(request.url())) polls.push(request.url());
  });
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);

  await page.clock.runFor(12_000);
  await expect.poll(() => polls.length).toBeGreaterThanOrEqual(3); // every 4 s while showing

  await setVisibility('hidden');
  const before = polls.length;
  await page.clock.runFor(60_000);
  await page.waitForTimeout(500);
  expect(polls.length, 'a minute hidden: no request at all').toBe(before);

  await setVisibility('visible');
  await expect.poll(() => polls.length).toBe(before + 1); // at once, not 4 s later
  await page.clock.runFor(4_100);
  await expect.poll(() => polls.length).toBe(before + 2);
});
