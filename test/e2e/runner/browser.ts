// The browser the e2e run drives: Debian's Chromium, headless, through Playwright. Playwright's
// own browser download is not used, so the run needs no access beyond the npm registry.
import { chromium, type Browser } from 'playwright-core';
import type { SystemPackage } from '../../../tools/codeServer/install';

export const CHROMIUM: SystemPackage = { file: '/usr/bin/chromium', debian: 'chromium' };

// No sandbox (runs as root in containers), no GPU, and none of Chromium's own network traffic.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM.file, headless: true, args: CHROMIUM_FLAGS });
}
