import type { Page } from 'playwright-core';

/*
 * The facilitator console's views (LIVE2), as a facilitator moves between them: by the links of its "Console views"
 * navigation, never by typing an address.
 */

export type ConsoleViewName = 'Live' | 'Sessions' | 'People and links' | 'Plan and review' | 'Survey';

/** Longest a view may take to show after its link is followed (the workshop's connection is kept). */
const VIEW_WITHIN_MS = 15_000;

/** Follows the view's link and waits until it is the current view. */
export async function openConsoleView(page: Page, view: ConsoleViewName): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Console views', exact: true }).getByRole('link', { name: view, exact: true });
  await link.click();
  await page.waitForFunction((name) => Array.from(document.querySelectorAll('nav a[aria-current="page"]')).some((a) => a.textContent === name), view, { timeout: VIEW_WITHIN_MS });
}

/**
 * On the Sessions page, opens the session named `heading` ("Session 2: Benefits and difficult aspects"), makes it
 * current, and comes back to the live view of its boards.
 */
export async function makeSessionCurrent(page: Page, heading: string, sessionNumber: number): Promise<void> {
  await openConsoleView(page, 'Sessions');
  const disclosure = page.getByRole('button', { name: heading, exact: true });
  const session = page.getByRole('article').filter({ has: disclosure });
  if ((await disclosure.getAttribute('aria-expanded')) !== 'true') await disclosure.click();
  await session.getByRole('button', { name: 'Make current', exact: true }).click();
  await session.getByText('Current session', { exact: true }).waitFor({ timeout: VIEW_WITHIN_MS });
  await openConsoleView(page, 'Live');
  await page.getByRole('heading', { level: 2, name: `Live boards: session ${sessionNumber}`, exact: true }).waitFor({ timeout: VIEW_WITHIN_MS });
}

/** Who a facilitator says they are when they first open their link (LIVE4). */
export interface FacilitatorIdentity {
  name: string;
  organisation: string;
  /** The sector's label on the form. */
  sectorLabel: string;
}

/** Answers "Before you start: who are you?" and waits for the console to open. */
export async function giveFacilitatorName(page: Page, who: FacilitatorIdentity): Promise<void> {
  const form = page.getByRole('form', { name: 'Before you start: who are you?', exact: true });
  await form.getByLabel('Your name', { exact: true }).fill(who.name);
  await form.getByLabel('Organisation', { exact: true }).fill(who.organisation);
  await form.getByRole('radio', { name: who.sectorLabel, exact: true }).check();
  await form.getByRole('button', { name: 'Continue to the console', exact: true }).click();
  await page.getByRole('navigation', { name: 'Console views', exact: true }).waitFor({ timeout: VIEW_WITHIN_MS });
}
