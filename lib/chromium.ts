import fs from 'node:fs';

/*
 * Debian's Chromium (`apt-get install -y chromium`), never a downloaded browser: `npm install`
 * must not fetch browsers or binaries. One place for where it is and how it is started, shared
 * by the PDF renderer (lib/pdf/render.ts) and both Playwright configurations.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * As root in a container, without a GPU, and quiet on a machine with no internet: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumInstalled(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

/** For the test configurations: Chromium's launch options, or a clear error saying how to install it. */
export function requireChromium(): { executablePath: string; args: string[] } {
  if (!chromiumInstalled()) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
}
