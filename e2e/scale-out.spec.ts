import { expect, SETS, test } from './fixtures';
import { freePort, kill, POSTGRES_ADMIN_URL, postgresAnswers, postgresStorage, startServer } from './servers';
import { withAuthenticator } from './teachers';

/**
 * The scale-out set-up (issue 17): two app instances on one PostgreSQL, as behind a load balancer.
 * A teacher's session made on one is honoured by the other; signing out everywhere on one ends it on
 * both; a session past its expiry (a stolen cookie kept too long) opens nothing. Sessions live in
 * the database, so no instance needs to know about the other. Sign-in is by passkey here: it needs
 * no identity provider, and the cookie is the same whichever way the teacher signed in.
 */

test('two instances on one PostgreSQL honour one session; sign out everywhere and expiry end it on both', async ({
  browser,
}) => {
  test.setTimeout(120_000); // two servers start (about 5 s each here)
  test.skip(
    !(await postgresAnswers()),
    `PostgreSQL skipped: nothing answered at ${POSTGRES_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (set TEST_DATABASE_URL)`,
  );
  const storage = await postgresStorage();
  const [portA, portB] = [await freePort(), await freePort()];
  // Both answer for one address (a balancer's); the browser reaches each on its own port of localhost,
  // whose cookies are shared across ports.
  const appUrl = `http://localhost:${portA}`;
  const auth = { APP_URL: appUrl, AUTH_SECRET: 'scale-out-secret-scale-out-secret-0123', OIDC_ISSUER: '' };
  const servers = [await startServer(portA, storage.env, auth)];
  try {
    servers.push(await startServer(portB, storage.env, auth));
    const one = `http://localhost:${portA}`;
    const two = `http://localhost:${portB}`;

    const page = await (await browser.newContext()).newPage();
    await withAuthenticator(page);
    await page.goto(`${one}/teach`);
    await page.getByText('New here? Make an account with a passkey').click();
    await page.getByLabel('Your name').fill('Mr Varga');
    await page.getByRole('button', { name: 'Make my account with a passkey' }).click();
    await expect(page.getByText('Signed in as Mr Varga with a passkey')).toBeVisible();
    const made = await page.request.post(`${one}/api/assignments`, {
      data: { title: 'Made on instance one', setIds: [SETS.who] },
      headers: { origin: appUrl },
    });
    expect(made.status()).toBe(201);
    const { id } = (await made.json()) as { id: string };

    // The other instance: the same session, the same assignment, without its key.
    await page.goto(`${two}/teach`);
    await expect(page.getByText('Signed in as Mr Varga with a passkey')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Made on instance one' })).toBeVisible();
    expect((await page.request.get(`${two}/api/assignments/${id}`)).status()).toBe(200);

    // A second device with the session on instance two signs out everywhere (sent as through the
    // balancer: with the app's address as its origin): the session ends on instance one too.
    const other = await (await browser.newContext()).newPage();
    await other.context().addCookies(await page.context().cookies());
    await other.goto(`${two}/teach`);
    await expect(other.getByText('Signed in as Mr Varga with a passkey')).toBeVisible();
    const revoked = await other.request.post(`${two}/api/auth/revoke-sessions`, {
      data: {},
      headers: { origin: appUrl },
    });
    expect(revoked.status()).toBe(200);
    expect((await page.request.get(`${one}/api/assignments/${id}`)).status()).toBe(404);
    await page.goto(`${one}/teach`);
    await expect(page.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible();

    // Signed in again; then the session's time runs out (set in the database, as if the cookie had
    // been kept past it): neither instance honours it.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await expect(page.getByText('Signed in as Mr Varga with a passkey')).toBeVisible();
    expect((await page.request.get(`${two}/api/assignments/${id}`)).status()).toBe(200);
    await storage.query(`update auth_sessions set expires_at = now() - interval '1 minute'`, []);
    for (const base of [one, two]) {
      expect((await page.request.get(`${base}/api/assignments/${id}`)).status()).toBe(404);
      const home = (await (await page.request.get(`${base}/api/teacher`)).json()) as { teacher: unknown };
      expect(home.teacher).toBeNull();
    }
  } finally {
    for (const server of servers) await kill(server);
    await storage.remove();
  }
});
