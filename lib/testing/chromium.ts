import { existsSync } from 'node:fs';

/**
 * The browser the flows, the benchmark and the screenshots use: CHROMIUM_PATH, else the system
 * Chromium (/usr/bin/chromium); undefined means Playwright's own, on machines that installed it.
 */
export const systemChromium: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** No sandbox, no GPU, and nothing that goes on the network: only loopback resolves. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
];
