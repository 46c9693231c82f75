// The browser every browser bench measures in: Debian's Chromium (or CHROME_BIN), headless, with a fresh
// profile (Playwright gives each launch its own temporary user-data-dir) and nothing running in the background
// that would add requests or CPU work to the figures.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_BIN ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A headless Chromium; answers the browser and its version. */
export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  return { browser, version: browser.version() };
}

/** What e2e's pages use too (e2e/playwright.config.ts), so layouts and texts are the ones tested. */
export const PAGE_OPTIONS = {
  viewport: { width: 1200, height: 800 },
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
};
