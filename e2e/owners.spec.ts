import { request as playwrightRequest, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, SETS, test } from './fixtures';
import { makeAssignment, signedIn, signIn } from './teachers';

/**
 * Access by owner (issue 17): what a teacher made before signing in moves into the account; a
 * colleague gets a read-only results link; and another teacher, signed in, gets the same 404 as an
 * unknown id on every teacher route and page of someone else's assignment and article.
 */

const ARTICLE = {
  title: 'The library in Uppsala',
  date: '2024-03-14',
  paragraphs: ['Mayor Anna Berg opened the library in Uppsala on Monday.'],
  sets: [
    {
      key: 'questions',
      title: 'All questions',
      category: 'review',
      description: '',
      questions: [
        {
          id: 'who-opened',
          type: 'typed',
          prompt: 'Who opened the library in Uppsala on Monday?',
          answer: 'Anna Berg',
          explanation: 'The article says so.',
          evidence: 'Mayor Anna Berg opened the library in Uppsala on Monday.',
        },
      ],
    },
  ],
};

/** A student starts an attempt (no account, no cookie of the teacher's): its id. */
async function studentStarts(baseURL: string, code: string, name: string): Promise<string> {
  const student = await playwrightRequest.newContext({ baseURL });
  const started = await student.post(`/api/a/${code}/attempts`, { data: { displayName: name } });
  expect(started.status()).toBe(201);
  const view = (await started.json()) as { attempt: { id: string } };
  await student.dispose();
  return view.attempt.id;
}

async function createWithForm(page: Page, title: string): Promise<string> {
  await page.goto('/teach');
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await expect(page).toHaveURL(/\/teach\/[\w-]+\?key=/);
  return page.url();
}

test('what a teacher made before signing in moves into the account; another teacher cannot take it', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // three browsers sign in
  const page = await (await browser.newContext()).newPage();
  const keyLink = await createWithForm(page, 'Made before signing in');
  const id = new URL(keyLink).pathname.split('/').pop()!;

  await signIn(page, 'teacher-c');
  await expect(page.getByText('This browser also has 1 assignment')).toBeVisible();
  await expectNoViolations(page, '/teach signed in, links to move in');
  await page.getByRole('button', { name: 'Move them into your account' }).click();
  await expect(page.getByText('Moved 1 into your account: they open without their keys now.')).toBeVisible();
  const account = page.getByRole('region', { name: 'Your work, on any device' });
  await expect(account.getByRole('link', { name: 'Made before signing in' })).toBeVisible();
  await expect(page.getByText('This browser also has')).toHaveCount(0);

  // A link kept somewhere else, pasted by hand; a paste that is not a teacher link says so.
  const elsewhere = await playwrightRequest.newContext({ baseURL });
  const pasted = (await (
    await elsewhere.post('/api/assignments', { data: { title: 'Made on the old laptop', setIds: [SETS.who] } })
  ).json()) as { id: string; teacherKey: string };
  await elsewhere.dispose();
  const field = page.getByRole('textbox', { name: 'Move one in by its teacher link' });
  await field.fill(`${baseURL}/a/ABCD`);
  await page.getByRole('button', { name: 'Move into my account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(/That is not a teacher link/);
  await field.fill(`${baseURL}/teach/${pasted.id}?key=${pasted.teacherKey}`);
  await page.getByRole('button', { name: 'Move into my account' }).click();
  await expect(page.getByText('Moved 1 into your account: they open without their keys now.')).toBeVisible();
  await expect(account.getByRole('link', { name: 'Made on the old laptop' })).toBeVisible();
  await expect(field).toHaveValue('');

  // On another device: both, without their keys. The old key link still opens too.
  const phone = await signedIn(browser, 'teacher-c');
  await phone.getByRole('link', { name: 'Made before signing in' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Made before signing in' })).toBeVisible();
  expect((await phone.goto(keyLink))!.status()).toBe(200);

  // Another teacher with the key link cannot move it out of the first teacher's account.
  const other = await signedIn(browser, 'teacher-d');
  await other.getByRole('textbox', { name: 'Move one in by its teacher link' }).fill(keyLink);
  await other.getByRole('button', { name: 'Move into my account' }).click();
  await expect(other.getByRole('alert').filter({ hasText: /./ })).toHaveText(
    '1 in another teacher’s account, left there.',
  );
  expect((await other.request.get(`/api/assignments/${id}`)).status()).toBe(404);
});

test('a colleague’s read-only link shows the results and the CSV, and changes nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // 15 s in a loaded CI run
  const teacherLink = await createWithForm(page, 'Shared with a colleague');
  const id = new URL(teacherLink).pathname.split('/').pop()!;
  const code = (await page.getByRole('textbox', { name: 'Student link' }).inputValue()).split('/').pop()!;
  await page.getByRole('button', { name: 'Make a read-only link' }).click();
  const readOnly = await page.getByRole('textbox', { name: 'Read-only results link' }).inputValue();
  await expectNoViolations(page, 'dashboard with a read-only link');
  const viewKey = new URL(readOnly).searchParams.get('key')!;
  const attemptId = await studentStarts(baseURL!, code, 'Ada');

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(readOnly);
  await expect(colleague.getByRole('heading', { level: 1, name: 'Shared with a colleague' })).toBeVisible();
  await expect(colleague.getByText('Read-only: a colleague shared these results with you.')).toBeVisible();
  await expect(colleague.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
  await expectNoViolations(colleague, 'read-only results');
  for (const name of [/^Close/, /^Rename/, /^Remove/, /read-only link/, 'Present code and QR']) {
    await expect(colleague.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(colleague.getByRole('heading', { name: 'Share with the class' })).toHaveCount(0);
  const csv = await colleague.request.get(`/api/assignments/${id}/export?format=wide&key=${viewKey}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Ada');

  // The read-only key changes nothing, whatever the request.
  const asViewer = { headers: { authorization: `Bearer ${viewKey}` } };
  const refused = [
    await colleague.request.patch(`/api/assignments/${id}`, { ...asViewer, data: { type: 'close' } }),
    await colleague.request.patch(`/api/assignments/${id}/attempts/${attemptId}`, {
      ...asViewer,
      data: { displayName: 'Renamed' },
    }),
    await colleague.request.delete(`/api/assignments/${id}/attempts/${attemptId}`, asViewer),
    await colleague.request.post(`/api/assignments/${id}/results-link`, asViewer),
    await colleague.request.delete(`/api/assignments/${id}/results-link`, asViewer),
  ];
  expect(refused.map((r) => r.status())).toEqual([404, 404, 404, 404, 404]);

  // A new link ends the old one; "Stop sharing" ends the new one.
  await page.getByRole('button', { name: 'Make a new read-only link' }).click();
  await expect(page.getByText('New read-only link made: the one shared before no longer opens.')).toBeVisible();
  const second = await page.getByRole('textbox', { name: 'Read-only results link' }).inputValue();
  expect((await colleague.goto(readOnly))!.status()).toBe(404);
  expect((await colleague.goto(second))!.status()).toBe(200);
  await page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(page.getByText('Stopped sharing: the read-only link no longer opens these results.')).toBeVisible();
  expect((await colleague.goto(second))!.status()).toBe(404);
  // The teacher's own link is untouched, and the student's entry too.
  const results = (await (
    await page.request.get(`/api/assignments/${id}`, {
      headers: { authorization: `Bearer ${new URL(teacherLink).searchParams.get('key')}` },
    })
  ).json()) as {
    assignment: { state: string };
    students: Array<{ name: string }>;
  };
  expect(results.assignment.state).toBe('open');
  expect(results.students.map((s) => s.name)).toEqual(['Ada']);
});

test('another signed-in teacher gets 404 on every teacher route of an assignment and an article they do not own', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers sign in
  const owner = await signedIn(browser, 'teacher-m');
  const origin = { origin: baseURL! };
  const made = await makeAssignment(owner, baseURL!, 'Teacher M’s quiz', [SETS.who]);
  const published = await owner.request.post('/api/authored', { data: ARTICLE, headers: origin });
  expect(published.status()).toBe(201);
  const article = (await published.json()) as { id: string };
  const attemptId = await studentStarts(baseURL!, made.code, 'Grace');

  const other = await signedIn(browser, 'teacher-n');
  const a = `/api/assignments/${made.id}`;
  const routes: Array<[string, string, object?]> = [
    ['GET', a],
    ['PATCH', a, { type: 'close', running: 'submit' }],
    ['GET', `${a}/export?format=wide`],
    ['GET', `${a}/export?format=long`],
    ['GET', `${a}/attempts/${attemptId}`],
    ['PATCH', `${a}/attempts/${attemptId}`, { displayName: 'Renamed by N' }],
    ['DELETE', `${a}/attempts/${attemptId}`],
    ['POST', `${a}/results-link`, {}],
    ['DELETE', `${a}/results-link`],
    ['GET', `/api/authored/${article.id}`],
    ['PUT', `/api/authored/${article.id}`, { ...ARTICLE, title: 'Taken over' }],
    ['PATCH', `/api/authored/${article.id}`, { shared: true }],
    ['GET', `/api/authored/${article.id}/export`],
  ];
  // Known ids and guessed ones answer alike.
  const guessed = routes.map(([method, path, body]): [string, string, object?] => [
    method,
    path.replace(made.id, 'guessed-id').replace(article.id, 'guessed-article'),
    body,
  ]);
  for (const [method, path, body] of [...routes, ...guessed]) {
    const response = await other.request.fetch(path, { method, headers: origin, ...(body ? { data: body } : {}) });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message, `${method} ${path}`).toMatch(
      /^No (assignment|article) here/,
    );
  }
  for (const path of [`/teach/${made.id}`, `/teach/articles/${article.id}`]) {
    expect((await other.goto(path))!.status(), path).toBe(404);
  }
  // Claiming with the ids but without the keys moves nothing.
  const claimed = await other.request.post('/api/teacher/claim', {
    headers: origin,
    data: {
      items: [
        { kind: 'assignment', id: made.id, key: 'guess' },
        { kind: 'article', id: article.id, key: 'guess' },
      ],
    },
  });
  expect(((await claimed.json()) as { results: Array<{ outcome: string }> }).results.map((r) => r.outcome)).toEqual([
    'not-found',
    'not-found',
  ]);
  const home = (await (await other.request.get('/api/teacher')).json()) as {
    assignments: Array<{ id: string }>;
    articles: Array<{ id: string }>;
  };
  expect(home.assignments.map((x) => x.id)).not.toContain(made.id);
  expect(home.articles.map((x) => x.id)).not.toContain(article.id);

  // Nothing changed for the owner.
  const results = (await (await owner.request.get(a)).json()) as {
    assignment: { state: string };
    students: Array<{ name: string }>;
  };
  expect(results.assignment.state).toBe('open');
  expect(results.students.map((s) => s.name)).toEqual(['Grace']);
  const mine = (await (await owner.request.get(`/api/authored/${article.id}`)).json()) as {
    title: string;
    shared: boolean;
  };
  expect(mine).toMatchObject({ title: ARTICLE.title, shared: false });
  expect((await owner.goto(`/teach/${made.id}`))!.status()).toBe(200);
});
