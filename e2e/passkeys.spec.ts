import { expectNoViolations } from './axe';
import { expect, SETS, test } from './fixtures';
import { makeAssignment, signedIn, withAuthenticator } from './teachers';

/**
 * Passkeys (issue 17), with Chromium's virtual authenticator: a teacher without a school account
 * makes an account with a passkey alone; a teacher with one adds a passkey, signs in with it, and
 * removes it.
 */

test('a teacher without a school account makes an account with a passkey and signs back in with it', async ({
  page,
  baseURL,
}) => {
  test.slow(); // 12 s in a loaded CI run: signs in twice, axe twice
  const held = await withAuthenticator(page);
  await page.goto('/teach');
  await page.getByText('No school account? Make an account with a passkey').click();
  await expectNoViolations(page, '/teach signed out, passkey form open');
  const make = page.getByRole('button', { name: 'Make my account with a passkey' });
  await make.click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(
    'Type your name first: it is what your account is called.',
  );
  await expect(page.getByLabel('Your name')).toBeFocused();
  await page.getByLabel('Your name').fill('Ms Okafor');
  await make.click();

  await expect(page.getByText('Signed in as Ms Okafor with a passkey')).toBeVisible();
  expect(await held()).toBe(1);
  await expect(page.getByRole('heading', { name: 'Passkeys (1)' })).toBeVisible();
  // The only way into this account: it cannot be removed.
  await expect(page.getByText('Your only way to sign in: add another before removing it')).toBeVisible();
  await expectNoViolations(page, '/teach signed in with a passkey');
  // The same device cannot hold a second passkey for the same account.
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(
    'This device already holds a passkey for this account.',
  );

  const made = await makeAssignment(page, baseURL!, 'Made with a passkey', [SETS.who]);
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible();
  expect((await page.request.get(`/api/assignments/${made.id}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByText('Signed in as Ms Okafor with a passkey')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Made with a passkey' })).toBeVisible();
  expect((await page.request.get(`/api/assignments/${made.id}`)).status()).toBe(200);
});

test('a school-account teacher adds a passkey, signs in with it, and removes it', async ({ browser }) => {
  test.slow(); // signs in four times
  const page = await signedIn(browser, 'teacher-p');
  const held = await withAuthenticator(page);
  await expect(page.getByRole('heading', { name: 'Passkeys (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(page.getByText('Passkey added: you can sign in with it on this device.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Passkeys (1)' })).toBeVisible();
  expect(await held()).toBe(1);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByText('Signed in as Teacher P (teacher-p@school.test)')).toBeVisible();

  await page.getByRole('button', { name: /^Remove passkey added/ }).click();
  await expect(page.getByText('Passkey removed: it no longer signs in to this account.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Passkeys (0)' })).toBeVisible();

  // The device still holds the removed passkey: it signs no one in.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(
    'That passkey does not open any account here (it may have been removed). Sign in another way, then add a passkey again.',
  );
  await expect(page.getByRole('button', { name: 'Sign in with Test School' })).toBeVisible();
  expect(((await (await page.request.get('/api/teacher')).json()) as { teacher: unknown }).teacher).toBeNull();
});
