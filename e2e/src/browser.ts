import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserServer } from 'playwright-core';

/** A system Chromium, used when present (a developer machine or CI image that has one). */
const SYSTEM_CHROMIUM_PATH = '/usr/bin/chromium';

/** Our flags, whichever binary runs: headless, no network chatter of Chromium's own. */
const BASE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `@sparticuz/chromium`'s recommended flags (tuned for AWS Lambda) that these tests must not use, by name
 * before any `=`, with the reason. What remains (no-zygote, no-pings, disk cache size, font hinting…) is harmless.
 */
const DROPPED_SPARTICUZ_FLAGS: ReadonlyMap<string, string> = new Map([
  // Measured with 143.0.4: three contexts open, closing one kills the browser ("Target … has been closed").
  ['--single-process', 'breaks multiple browser contexts'],
  ['--headless', "ours is in BASE_FLAGS; sparticuz's is the quoted --headless='shell'"],
  ['--disable-web-security', 'tests must meet the same CORS and origin rules as people do'],
  ['--allow-running-insecure-content', 'tests must meet the same security rules as people do'],
  ['--disable-site-isolation-trials', 'tests must meet the same security rules as people do'],
  // Chromium keeps one value per switch, so these would replace Playwright's own feature lists.
  ['--disable-features', "would replace Playwright's --disable-features list"],
  ['--enable-features', "would replace Playwright's --enable-features list"],
  ['--use-gl', 'contradicts --disable-gpu'],
  ['--use-angle', 'contradicts --disable-gpu'],
  ['--enable-unsafe-swiftshader', 'contradicts --disable-gpu'],
  ['--in-process-gpu', 'contradicts --disable-gpu'],
  ['--ignore-gpu-blocklist', 'contradicts --disable-gpu'],
]);

/** The flags of `sparticuzArgs` that can run beside BASE_FLAGS (see DROPPED_SPARTICUZ_FLAGS). */
export function compatibleSparticuzFlags(sparticuzArgs: readonly string[]): string[] {
  return sparticuzArgs.filter((flag) => !DROPPED_SPARTICUZ_FLAGS.has(flag.split('=')[0] ?? flag));
}

async function chromiumToLaunch(): Promise<{ executablePath: string; args: string[] }> {
  if (existsSync(SYSTEM_CHROMIUM_PATH)) return { executablePath: SYSTEM_CHROMIUM_PATH, args: BASE_FLAGS };
  // Imported only when needed: the package unpacks its Chromium into the temp dir on first use.
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { executablePath: await sparticuz.executablePath(), args: [...BASE_FLAGS, ...compatibleSparticuzFlags(sparticuz.args)] };
}

/**
 * A headless Chromium that can hold several isolated contexts (one per person in a test).
 * `npx playwright install` cannot work here, so this never uses Playwright's own browser downloads.
 */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await chromiumToLaunch();
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * The same Chromium as `launchBrowser`, launched once for a whole test run and reached over its websocket endpoint by
 * every test file (`connectBrowser`): a launch costs about a second of both cores, a connection next to nothing.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  const { executablePath, args } = await chromiumToLaunch();
  return chromium.launchServer({ executablePath, args, headless: true });
}

/** A connection to a browser server. Closing it closes the contexts it made, and leaves the browser running. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** CSS pixels of a small phone: the narrowest screen Roundtable must work on without sideways scrolling. */
export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;
/** A facilitator's laptop. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;

/** A fresh, isolated browser profile sized like a laptop: its own cookies and storage. */
export function newDesktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: 'en-GB' });
}

/**
 * A fresh, isolated browser profile that behaves like a phone: 360 px wide, touch, and `isMobile` so the page's
 * `<meta name="viewport">` is honoured (without one the page would lay out at 980 px, as real phones do).
 * One device pixel per CSS pixel: layout, what is read out and what the tests check are the same as at a phone's 2 or
 * 3, and painting a quarter of the pixels took ~15 % off Chromium's CPU in the phone-heavy scenarios. Screenshots are
 * 360 px wide.
 */
export function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'en-GB' });
}
