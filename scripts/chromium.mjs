// Finds the Chromium the tests drive. Tests never download a browser: they use one that is
// already on the machine (Debian's `chromium`) or one named by MARGINALIA_CHROMIUM / CHROMIUM_PATH.
import { existsSync } from 'node:fs';

/** Flags for a quiet, offline, headless Chromium that works as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const candidates = [
  process.env.MARGINALIA_CHROMIUM,
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Returns the first Chromium found, or throws a message that says how to install one. */
export function chromiumPath() {
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found. The tests drive an installed Chromium and never download one.\n' +
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set MARGINALIA_CHROMIUM to its path.',
  );
}
