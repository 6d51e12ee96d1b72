import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers for the teacher sign-in flows (e2e/sign-in.spec.ts, e2e/passkeys.spec.ts, e2e/owners.spec.ts). */

export const IDP = `http://127.0.0.1:${process.env.E2E_IDP_PORT}`;

/** A new browser (its own cookies), signed in with the test school account `account` ("teacher-a" …). */
export async function signedIn(browser: Browser, account: string, device: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(device)).newPage();
  await signIn(page, account);
  return page;
}

/** Signs the page's browser in with the test school account `account`, from /teach. */
export async function signIn(page: Page, account: string): Promise<void> {
  await page.request.post(`${IDP}/test/account`, { data: { id: account } });
  await page.goto('/teach');
  await page.getByRole('button', { name: 'Sign in with Test School' }).click();
  const name = account.replace(/^teacher-/, '').toUpperCase();
  await expect(page.getByText(`Signed in as Teacher ${name} (${account}@school.test)`)).toBeVisible();
  await expect(page).toHaveURL(/\/teach$/);
}

/**
 * Gives the page's browser a passkey authenticator of its own (Chromium's virtual authenticator, as
 * a laptop's built-in one: it keeps passkeys and confirms the user without a prompt).
 */
export async function withAuthenticator(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  /** How many passkeys the authenticator holds. */
  return async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length;
}

/** Makes an assignment as the page's signed-in teacher (from the app's own origin, as its pages do). */
export async function makeAssignment(page: Page, baseURL: string, title: string, setIds: string[]) {
  const response = await page.request.post('/api/assignments', {
    data: { title, setIds },
    headers: { origin: baseURL },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; code: string; teacherKey: string };
}
