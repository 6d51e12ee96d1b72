import { devices, request as playwrightRequest } from '@playwright/test';
import { expect, SETS, test } from './fixtures';
import { signedIn } from './teachers';

/**
 * Teachers sign in with their school account (issue 17), against a real OpenID Connect provider
 * started for the tests (e2e/identity-provider.ts): what they make signed in is theirs on any device,
 * and no one else's.
 */

test('a teacher signs in, makes an assignment, and finds it on another device; another teacher cannot see it', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000); // four browsers sign in: 21-32 s here
  const desk = await signedIn(browser, 'teacher-a');
  await expect(desk.getByText('Assignments you make while signed in appear here.')).toBeVisible();
  const made = (await (
    await desk.request.post('/api/assignments', {
      data: { title: 'Kim in Russia: signed in', setIds: [SETS.who] },
      headers: { origin: baseURL! },
    })
  ).json()) as { id: string; code: string };

  // A phone, the same account: the assignment is there, and opens without its key, with live results.
  const phone = await signedIn(browser, 'teacher-a', devices['Pixel 7']);
  const item = phone.getByRole('listitem').filter({ hasText: 'Kim in Russia: signed in' });
  await expect(item).toContainText(`code ${made.code}`);
  await expect(item).toContainText('Open · 0 submissions');
  await item.getByRole('link', { name: 'Kim in Russia: signed in' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Kim in Russia: signed in' })).toBeVisible();
  await expect(phone.getByText('This assignment is in your account')).toBeVisible();
  await expect(phone.getByRole('heading', { name: 'Students (0)' })).toBeVisible();
  const student = await playwrightRequest.newContext({ baseURL });
  expect((await student.post(`/api/a/${made.code}/attempts`, { data: { displayName: 'Lin' } })).status()).toBe(201);
  await student.dispose();
  // No reload: the dashboard polls.
  await expect(phone.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
  await expect(phone.getByRole('rowheader').filter({ hasText: 'Lin' })).toBeVisible();

  // Another teacher sees none of it, by page or by API.
  const other = await signedIn(browser, 'teacher-b');
  await expect(other.getByText('Assignments you make while signed in appear here.')).toBeVisible();
  expect((await other.goto(`/teach/${made.id}`))!.status()).toBe(404);
  expect((await other.request.get(`/api/assignments/${made.id}`)).status()).toBe(404);

  // A change sent from another site with the teacher's cookie is not the teacher's.
  const forged = await desk.request.patch(`/api/assignments/${made.id}`, {
    data: { type: 'close', running: 'submit' },
    headers: { origin: 'http://evil.test' },
  });
  expect(forged.status()).toBe(404);
  const same = await desk.request.get(`/api/assignments/${made.id}`);
  expect(((await same.json()) as { assignment: { state: string } }).assignment.state).toBe('open');

  // Sign out: that browser no longer opens it without the key.
  await phone.goto('/teach');
  await phone.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(phone.getByRole('button', { name: 'Sign in with Test School' })).toBeVisible();
  expect((await phone.goto(`/teach/${made.id}`))!.status()).toBe(404);

  // Sign out everywhere: every other session of that teacher ends too; the other teacher's does not.
  const laptop = await signedIn(browser, 'teacher-a');
  await desk.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(desk.getByRole('button', { name: 'Sign in with Test School' })).toBeVisible();
  await laptop.reload();
  await expect(laptop.getByRole('button', { name: 'Sign in with Test School' })).toBeVisible();
  await other.goto('/teach');
  await expect(other.getByText(/^Signed in as Teacher B/)).toBeVisible();
});

test('a forged return from the identity provider signs no one in', async ({ page }) => {
  const response = await page.goto('/api/auth/callback/school?code=forged-code&state=forged-state');
  expect(response!.url()).not.toMatch(/\/teach$/);
  const home = (await (await page.request.get('/api/teacher')).json()) as { teacher: unknown };
  expect(home.teacher).toBeNull();
  await page.goto('/teach');
  await expect(page.getByRole('button', { name: 'Sign in with Test School' })).toBeVisible();
});
