import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { DESKTOP_VIEWPORT, newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { giveFacilitatorName, makeSessionCurrent, openConsoleView } from './consoleViews';
import { horizontalOverflow } from './horizontalOverflow';
import { joinByForm, type Person } from './planUi';
import { ARTIFACTS_DIR, need, testRun } from './testRun';

/*
 * [LIVE2] [LIVE3] [LIVE4] The facilitator's live view: a session-two board run from draft to agree on a 1280 × 800
 * laptop, each step fitting the screen without the page scrolling, with its controls in sight; the shortcuts; the
 * co-facilitator giving their name on first opening their link, then on another view than the lead's; and the live
 * view on a 360-px phone.
 */

const LIVE_WITHIN_MS = 15_000;
const WORKSHOP = { title: 'Hartlepool PIP 2026', area: 'Hartlepool', facilitatorName: 'Fiona Fairweather' };
const SESSION_TWO = 'Session 2: Benefits and difficult aspects';
const BOARD = 'Benefits of partnership working';
const COUNCIL = 'Local council';
const THIRD_SECTOR = 'Third sector – voluntary & community';
const PARTICIPANTS: { person: Person; cards: string[] }[] = [
  { person: { name: 'Chris Calder', organisation: 'Hartlepool Borough Council', sectorLabel: COUNCIL }, cards: ['Pooling budgets stretches every pound further', 'Shared training for council and charity staff'] },
  { person: { name: 'Tanya Thwaite', organisation: 'Hartlepool Voluntary Development Agency', sectorLabel: THIRD_SECTOR }, cards: ['Volunteers reach people the council cannot', 'Small charities heard by council leaders'] },
];
const CO = { name: 'Sam Okafor', organisation: 'Hartlepool Borough Council', sectorLabel: COUNCIL };

describe('the facilitator’s live view', () => {
  const run = testRun({ screenshots: 'failed-live-view-' });
  let joinCode = '';
  let coLink = '';
  let ownLink = '';

  const lead = () => run.page('lead');
  const live = (page: Page) => page.getByRole('region', { name: 'Live boards: session 2', exact: true });
  const phaseOf = (page: Page) => page.getByTestId('board-phase').first();

  /** Whether the element's box lies wholly inside the window, as it is scrolled now. */
  const inViewport = (locator: Locator) =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    });

  /** The page does not scroll, and the board's key controls are on screen: its step, Next, pause, focus, countdown, shortcuts and work. */
  async function expectFitsOneScreen(page: Page, phase: string, controls: Locator[]): Promise<void> {
    const size = await page.evaluate(() => ({ scrollHeight: document.scrollingElement?.scrollHeight ?? 0, innerHeight: window.innerHeight, innerWidth: window.innerWidth }));
    expect(size.innerHeight, 'the laptop viewport').toBe(DESKTOP_VIEWPORT.height);
    expect(size.scrollHeight, `the console at ${phase} is ${size.scrollHeight} px tall in an ${size.innerHeight}-px window`).toBeLessThanOrEqual(size.innerHeight);
    const region = live(page);
    const always = [
      page.getByTestId('board-phase').first(),
      region.getByRole('list', { name: 'Steps of this board', exact: true }),
      region.getByRole('button', { name: 'Bring everyone here', exact: true }).or(region.getByRole('button', { name: 'Let everyone browse', exact: true })),
      region.getByRole('group', { name: 'Countdown', exact: true }),
      region.getByRole('group', { name: 'Shortcuts', exact: true }),
      region.getByRole('region', { name: `Work of this step: ${phase}`, exact: true }),
    ];
    for (const control of [...always, ...controls]) {
      const what = (await control.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent ?? '')).trim().slice(0, 60);
      expect(await inViewport(control), `"${what}" is on screen at ${phase}`).toBe(true);
    }
  }

  async function nextButton(page: Page, to: string): Promise<Locator> {
    return live(page).getByRole('button', { name: `Next: ${to}`, exact: true });
  }

  /** live-<phase>-1280.png, looked at by people; and axe on the same state. */
  async function screenshotAndAxe(phase: string): Promise<void> {
    await lead().screenshot({ path: `${ARTIFACTS_DIR}live-${phase.toLowerCase()}-1280.png` });
    await expectNoAxeViolations(lead(), `the live view at ${phase}`);
  }

  async function expectPhase(page: Page, phase: string): Promise<void> {
    await expect.poll(() => phaseOf(page).innerText(), { timeout: LIVE_WITHIN_MS }).toBe(phase);
  }

  it('[LIVE2] a new workshop opens on People and links; two participants join; session 2 is made current from the Sessions page', async () => {
    const page = await run.openPage('lead', newDesktopContext(run.browser()));
    await page.goto(run.url());
    const form = page.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill(WORKSHOP.title);
    await form.getByLabel('Area', { exact: true }).fill(WORKSHOP.area);
    await form.getByLabel('Facilitator name', { exact: true }).fill(WORKSHOP.facilitatorName);
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();
    joinCode = (await page.getByTestId('join-code').innerText()).trim();
    coLink = await page.getByLabel('Send this to your co-facilitator', { exact: true }).inputValue();
    ownLink = await page.getByLabel('Your own link back to this console', { exact: true }).inputValue();
    expect(new URL(page.url()).pathname).toMatch(/^\/w\/[\w-]+\/people$/);
    await page.getByRole('link', { name: 'People and links', exact: true }).and(page.locator('[aria-current="page"]')).waitFor();

    await Promise.all(
      PARTICIPANTS.map(async ({ person }, i) => {
        const phone = await run.openPage(`participant-${i}`, newPhoneContext(run.browser()));
        await joinByForm(phone, run.url(), joinCode, person, WORKSHOP.title);
      }),
    );
    await page.screenshot({ path: `${ARTIFACTS_DIR}console-people-1280.png`, fullPage: true });
    await expectNoAxeViolations(page, 'the console’s People and links');
    await openConsoleView(page, 'Sessions');
    await page.screenshot({ path: `${ARTIFACTS_DIR}console-sessions-1280.png`, fullPage: true });
    await expectNoAxeViolations(page, 'the console’s Sessions');
    await makeSessionCurrent(page, SESSION_TWO, 2);
    // The live view has its own address: a reload keeps it.
    await page.reload();
    await live(page).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[LIVE2] [LIVE3] draft: the board fits the screen with its settings; Alt+Shift+E brings everyone here, and says so', async () => {
    const page = lead();
    await live(page).getByRole('button', { name: new RegExp(`^${BOARD}`) }).click();
    await expectPhase(page, 'Draft');
    await expectFitsOneScreen(page, 'Draft', [await nextButton(page, 'Contribute')]);
    await screenshotAndAxe('Draft');

    await page.keyboard.press('Alt+Shift+KeyE');
    await expect.poll(() => page.getByTestId('shortcut-status').innerText(), { timeout: LIVE_WITHIN_MS }).toBe(`Shortcut: everyone’s screen now follows “${BOARD}”.`);
    await page.getByText('Everyone’s screen is following this board.').waitFor({ timeout: LIVE_WITHIN_MS });
    for (let i = 0; i < PARTICIPANTS.length; i += 1) await run.page(`participant-${i}`).getByRole('heading', { level: 2, name: BOARD }).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[LIVE2] [LIVE3] contribute: Alt+Shift+N moves on; cards by sector and the scribe are on screen while participants write', async () => {
    const page = lead();
    await page.keyboard.press('Alt+Shift+KeyN');
    await expectPhase(page, 'Contribute');
    await expect.poll(() => page.getByTestId('shortcut-status').innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Shortcut: moved on to Contribute.');
    await Promise.all(
      PARTICIPANTS.map(async ({ cards }, i) => {
        const phone = run.page(`participant-${i}`);
        await expectPhase(phone, 'Contribute');
        for (const text of cards) {
          await phone.getByLabel('Your card', { exact: true }).fill(text);
          await phone.getByRole('button', { name: 'Add card', exact: true }).click();
          await phone.getByRole('region', { name: 'Your cards' }).getByTestId('card').filter({ hasText: text }).waitFor({ timeout: LIVE_WITHIN_MS });
        }
      }),
    );
    await expect.poll(() => page.getByTestId('card-counts').first().innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/4 cards so far/);
    await expectFitsOneScreen(page, 'Contribute', [await nextButton(page, 'Reveal'), page.getByTestId('card-counts').first()]);
    await screenshotAndAxe('Contribute');
  });

  it('[LIVE3] a shortcut typed into a field types, and moves nothing; Alt+Shift+M adds a minute to the countdown', async () => {
    const page = lead();
    const scribe = live(page).getByLabel('Card text', { exact: true });
    await scribe.focus();
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyM');
    expect(await phaseOf(page).innerText(), 'still contributing').toBe('Contribute');
    expect(await live(page).getByRole('group', { name: 'Countdown', exact: true }).getByRole('timer').count(), 'no countdown started').toBe(0);

    await live(page).getByRole('button', { name: 'Bring everyone here', exact: true }).or(live(page).getByRole('button', { name: 'Let everyone browse', exact: true })).focus();
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => page.getByTestId('shortcut-status').innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Shortcut: countdown set to 1 minute.');
    await page.keyboard.press('Alt+Shift+KeyM');
    await expect.poll(() => page.getByTestId('shortcut-status').innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/^Shortcut: countdown set to (2 minutes|1 minute \d+ seconds)\.$/);
  });

  it('[LIVE2] reveal and group: the grouping columns scroll inside the work region, the controls stay on screen', async () => {
    const page = lead();
    await (await nextButton(page, 'Reveal')).click();
    await expectPhase(page, 'Reveal');
    await (await nextButton(page, 'Group')).click();
    await expectPhase(page, 'Group');
    for (const name of ['Money and premises', 'People and skills', 'Being heard']) {
      await live(page).getByLabel('Name of a new cluster', { exact: true }).fill(name);
      await live(page).getByRole('button', { name: 'Make cluster', exact: true }).click();
      await live(page).getByTestId('cluster').filter({ has: page.getByRole('heading', { name, exact: true }) }).waitFor({ timeout: LIVE_WITHIN_MS });
    }
    await expectFitsOneScreen(page, 'Group', [await nextButton(page, 'Vote')]);
    await screenshotAndAxe('Group');
  });

  it('[LIVE2] vote, results and agree each fit the screen', async () => {
    const page = lead();
    for (const [phase, next] of [
      ['Vote', 'Results'],
      ['Results', 'Agree'],
      ['Agree', 'Closed'],
    ] as const) {
      await (await nextButton(page, phase)).click();
      await expectPhase(page, phase);
      await expectFitsOneScreen(page, phase, [await nextButton(page, next)]);
      await screenshotAndAxe(phase);
    }
  });

  it('[LIVE4] [LIVE2] the co-facilitator gives their name on first opening their link, then works on another view than the lead', async () => {
    const co = await run.openPage('co-facilitator', newDesktopContext(run.browser()));
    await co.goto(coLink);
    const form = co.getByRole('form', { name: 'Before you start: who are you?', exact: true });
    await form.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await co.getByRole('navigation', { name: 'Console views' }).count(), 'no console before the name').toBe(0);
    await form.screenshot({ path: `${ARTIFACTS_DIR}live-co-facilitator-name-1280.png` });
    await expectNoAxeViolations(co, 'the co-facilitator’s first visit');
    // The placeholder is not a name.
    await form.getByLabel('Your name', { exact: true }).fill('Co-facilitator');
    await form.getByRole('button', { name: 'Continue to the console', exact: true }).click();
    await form.getByText('Enter your own name.').first().waitFor();
    await giveFacilitatorName(co, CO);

    await openConsoleView(co, 'People and links');
    const roster = co.getByRole('list', { name: 'People in this workshop', exact: true });
    await roster.getByRole('listitem').filter({ hasText: CO.name }).filter({ hasText: CO.organisation }).waitFor({ timeout: LIVE_WITHIN_MS });
    // A reload keeps each browser's own view: the co-facilitator on People and links, the lead on the live view.
    await co.reload();
    await roster.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(new URL(co.url()).pathname).toMatch(/\/people$/);
    await live(lead()).waitFor();
    expect(new URL(lead().url()).pathname).toMatch(/^\/w\/[\w-]+$/);
    // The room sees the name given.
    await run.page('participant-0').getByText(CO.name).first().waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await roster.getByText('Co-facilitator', { exact: true }).count(), 'the placeholder is gone from the roster').toBe(0);
  });

  it('[LIVE2] at 360 px the live view stacks and still works: no sideways scrolling, the step and its buttons reachable', async () => {
    const phone = await run.openPage('lead-phone', newPhoneContext(run.browser()));
    await phone.goto(need(ownLink || undefined, 'The lead’s own link'));
    await live(phone).waitFor({ timeout: LIVE_WITHIN_MS });
    await expectPhase(phone, 'Agree');
    const overflow = await horizontalOverflow(phone);
    expect(overflow.scrollWidth, `the live view scrolls sideways at ${PHONE_VIEWPORT.width} px: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    const back = live(phone).getByRole('button', { name: 'Back to Results', exact: true });
    await back.scrollIntoViewIfNeeded();
    expect(await back.isVisible()).toBe(true);
    await phone.screenshot({ path: `${ARTIFACTS_DIR}live-agree-360.png`, fullPage: true });
    await expectNoAxeViolations(phone, 'the live view on a phone');
    expect(run.pageErrors).toEqual([]);
  });
});
