import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext } from './browser';
import { giveFacilitatorName, openConsoleView } from './consoleViews';
import type { ServerProcess } from './serverProcess';
import { connectSharedBrowser, sharedServer } from './sharedRun';

const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));
const LIVE_WITHIN_MS = 15_000;

/**
 * The second facilitator arrives by link, both facilitators steer the same workshop live, and a participant's
 * change made offline survives closing the page and arrives when they come back ([OUT1] [OUT3] [AUTH2] [SES1]); a
 * facilitator's save answered late closes only its own form ([PLAN1]).
 */
describe('two facilitators, and a change made offline', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  let lead: Page;
  let co: Page;
  let participantContext: BrowserContext;
  let participant: Page;
  let workshopPath = '';

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    server = sharedServer();
    browser = await connectSharedBrowser();
  });

  afterAll(async () => {
    await Promise.allSettled([browser?.close()]);
    await server?.stop();
  });

  async function open(context: BrowserContext, who: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
    return page;
  }

  const status = (page: Page) => page.getByTestId('connection-status');

  it('[AUTH2] the co-facilitator opens their link: signed in by cookie, token gone from the address bar', async () => {
    lead = await open(await newDesktopContext(browser!), 'lead');
    await lead.goto(server!.url);
    const form = lead.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill('St Helens PIP');
    await form.getByLabel('Area', { exact: true }).fill('St Helens');
    await form.getByLabel('Facilitator name', { exact: true }).fill('Sam Lead');
    await form.getByRole('button', { name: 'Create workshop' }).click();
    const link = await lead.getByLabel('Send this to your co-facilitator', { exact: true }).inputValue();
    expect(link).toMatch(/\/w\/[\w-]+#token=/);
    workshopPath = new URL(link).pathname;

    co = await open(await newDesktopContext(browser!), 'co-facilitator');
    await co.goto(link);
    await giveFacilitatorName(co, { name: 'Jo Second', organisation: 'St Helens Council', sectorLabel: 'Local council' });
    await expect.poll(() => co.url()).toBe(`${server!.url}${workshopPath}`);
    const cookies = await co.context().cookies();
    expect(cookies.find((c) => c.name.startsWith('rt_'))).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await co.evaluate(() => document.cookie)).toBe('');
    await expectNoAxeViolations(co, "the co-facilitator's console");
  });

  it('[SES1] one facilitator renames a session and makes it current; the other and a participant see it live', async () => {
    participantContext = await newPhoneContext(browser!);
    participant = await open(participantContext, 'participant');
    await participant.goto(server!.url);
    const code = (await lead.getByTestId('join-code').innerText()).trim();
    const join = participant.getByRole('form', { name: 'Join a workshop' });
    await join.getByLabel('Join code', { exact: true }).fill(code);
    await join.getByLabel('Your name', { exact: true }).fill('Pat Volunteer');
    await join.getByLabel('Organisation', { exact: true }).fill('St Helens CVS');
    await join.getByRole('radio', { name: /Third sector/ }).check();
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await participant.getByRole('heading', { level: 1, name: 'St Helens PIP' }).waitFor();

    await Promise.all([openConsoleView(co, 'Sessions'), openConsoleView(lead, 'Sessions')]);
    await co.getByRole('button', { name: 'Session 2: Benefits and difficult aspects' }).click();
    await co.getByLabel('Title of session 2', { exact: true }).fill('What we gain, what is hard');
    await co.getByRole('button', { name: 'Save session 2' }).click();
    await co.getByRole('button', { name: 'Make current' }).click();

    await lead.getByRole('button', { name: 'Session 2: What we gain, what is hard' }).waitFor({ timeout: LIVE_WITHIN_MS });
    await participant.getByRole('heading', { name: 'Session 2: What we gain, what is hard' }).or(participant.getByText('What we gain, what is hard')).first().waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[OUT1] [OUT3] [A11Y2] a change made offline waits, survives closing the page, and arrives on return; a screen reader is told it is offline, then that the change waits', async () => {
    await expect.poll(() => status(participant).innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/Live/);
    await participantContext.setOffline(true);
    await expect.poll(() => status(participant).innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/Offline|Reconnecting/);
    // Offline, nobody's presence is known: the roster must not keep saying "online".
    const leadEntry = participant.getByRole('list', { name: 'People in this workshop' }).getByRole('listitem').filter({ hasText: 'Sam Lead' });
    await expect.poll(() => leadEntry.innerText(), { timeout: LIVE_WITHIN_MS }).toContain('not known');

    await participant.getByRole('button', { name: 'Edit your details' }).click();
    const profile = participant.getByRole('form', { name: 'Edit your details' });
    await profile.getByLabel('Organisation', { exact: true }).fill('Age UK St Helens');
    await profile.getByRole('button', { name: 'Save your details' }).click();
    await expect.poll(() => status(participant).innerText()).toMatch(/1 change waiting/);
    await participant.screenshot({ path: `${ARTIFACTS_DIR}participant-offline-change-waiting.png`, fullPage: true });
    // [A11Y2] The status's live region: "Offline" at once, the waiting change only once it has waited 5 s.
    const announced = participant.getByRole('banner').getByRole('status');
    expect(await announced.innerText()).toMatch(/^Offline/);
    await expect.poll(() => announced.innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Offline (1 change waiting)');
    await expectNoAxeViolations(participant, 'a participant offline, a change waiting');
    const stored = await participant.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('roundtable.outbox.')));
    expect(stored).toHaveLength(1);
    expect(stored[0]![1]).toContain('Age UK St Helens');

    // Close the tab while offline; come back later in a new one.
    await participant.close();
    await participantContext.setOffline(false);
    participant = await open(participantContext, 'participant (back)');
    await participant.goto(`${server!.url}${workshopPath}`);

    await openConsoleView(lead, 'People and links');
    const roster = lead.getByRole('list', { name: 'People in this workshop' });
    await expect.poll(() => roster.getByRole('listitem').filter({ hasText: 'Pat Volunteer' }).innerText(), { timeout: LIVE_WITHIN_MS }).toContain('Age UK St Helens');
    await expect.poll(() => status(participant).innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Live');
    expect(await participant.evaluate(() => Object.entries(localStorage).filter(([k, v]) => k.startsWith('roundtable.outbox.') && v !== '[]'))).toEqual([]);
  });

  it('[PLAN1] a vision saved offline, then the principles opened: the vision’s late answer leaves the principles being typed open', async () => {
    await openConsoleView(lead, 'Sessions');
    const sessionFour = lead.getByRole('button', { name: 'Session 4: Objectives and the action plan' });
    await sessionFour.click();
    await lead.getByRole('article').filter({ has: sessionFour }).getByRole('button', { name: 'Make current', exact: true }).click();
    await Promise.all([openConsoleView(co, 'Plan and review'), openConsoleView(lead, 'Plan and review')]);
    const plan = (page: Page) => page.getByRole('region', { name: 'Action plan', exact: true });
    await plan(co).getByRole('button', { name: 'Edit the vision', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });

    // Offline, the vision's save waits unanswered; meanwhile the co-facilitator goes on to the principles.
    await co.context().setOffline(true);
    await expect.poll(() => status(co).innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/Offline|Reconnecting/);
    await plan(co).getByRole('button', { name: 'Edit the vision', exact: true }).click();
    await plan(co).getByRole('textbox', { name: 'Vision', exact: true }).fill('Partners who plan together');
    await plan(co).getByRole('button', { name: 'Save the vision', exact: true }).click();
    await plan(co).getByRole('button', { name: 'Edit the principles', exact: true }).click();
    const principles = plan(co).getByRole('textbox', { name: 'Key principles, one per line', exact: true });
    await principles.fill('Openness');

    await co.context().setOffline(false);
    await plan(lead).getByText('Partners who plan together').waitFor({ timeout: LIVE_WITHIN_MS });
    await expect.poll(() => status(co).innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Live');
    // Answered: the vision's form is long gone, and the principles' stays open with what was typed.
    expect(await principles.count(), 'the principles editor is still open').toBe(1);
    expect(await principles.inputValue()).toBe('Openness');
    await plan(co).getByRole('button', { name: 'Save the principles', exact: true }).click();
    await plan(lead).getByText('Openness', { exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
