import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './lib.mts';

/** The system Chromium with the test suite's flags (nothing leaves loopback). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(chromiumPath ? { executablePath: chromiumPath } : {}), args: CHROMIUM_FLAGS });
}
