import { startIdentityProvider } from './identity-provider';

/** Starts the test identity provider the app's teacher sign-in points at (playwright.config.ts). */
export default async function globalSetup() {
  const stop = await startIdentityProvider(Number(process.env.E2E_IDP_PORT), process.env.E2E_BASE_URL!);
  return stop;
}
