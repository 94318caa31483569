import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addVirtualAuthenticator } from './accountsScenario';
import { expectNoAxeViolations } from './axe';
import { DESKTOP_VIEWPORT, newDesktopContext, PHONE_VIEWPORT } from './browser';
import { horizontalOverflow } from './horizontalOverflow';
import { recordReceivedFrames, type FrameRecorder } from './receivedFrames';
import { startServerProcess, type ServerProcess } from './serverProcess';
import { ARTIFACTS_DIR, need, testRun } from './testRun';

/** How long after its ready line the server may take to print the setup link. */
const SETUP_LINK_WITHIN_MS = 10_000;

interface ProgrammeServer extends ServerProcess {
  setupUrl(): Promise<string | null>;
}

/** A server of this file's own, on a fresh database: its first start prints the setup link of its first administrator. */
async function startProgrammeServer(): Promise<ProgrammeServer> {
  const server = await startServerProcess();
  return {
    ...server,
    async setupUrl() {
      for (let waited = 0; waited <= SETUP_LINK_WITHIN_MS; waited += 100) {
        const token = /\/setup#token=([A-Za-z0-9_-]+)/.exec(server.output())?.[1];
        if (token) return `${server.url}/setup#token=${token}`;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    },
  };
}

const lead = { name: 'Lena Lead', email: 'lena@pip-programme.org.uk' };
const facilitator = { name: 'Dev Darlington', email: 'dev@darlington-cvs.org.uk' };
const PROGRAMME = 'Partnership Improvement Programme 2027';

/**
 * Programmes in the browser, on a server of its own: the first administrator makes a programme with three areas in
 * three regions and invites a facilitator, who signs up, joins the programme by its link and makes Darlington's
 * workshop from it; the lead's programme view follows live, and a participant joining Darlington shows there as a head
 * count by sector, while nothing of anyone's identity or contributions reaches the lead's page.
 */
describe('programmes: a lead, a facilitator and the programme view, live', () => {
  const run = testRun({ screenshots: 'failed-programme-', startServer: startProgrammeServer });
  const { url, page, openPage } = run;
  let frames: FrameRecorder | undefined;
  let programmePath = '';

  async function screenshots(on: Page, name: string): Promise<void> {
    await on.setViewportSize(DESKTOP_VIEWPORT);
    await on.screenshot({ path: `${ARTIFACTS_DIR}programme-${name}-desktop.png`, fullPage: true });
    await expectNoAxeViolations(on, `the ${name} page`);
    await on.setViewportSize(PHONE_VIEWPORT);
    try {
      await expectNoAxeViolations(on, `the ${name} page`);
      const overflow = await horizontalOverflow(on);
      expect(overflow.scrollWidth, `${name} scrolls sideways at 360 px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
      await on.screenshot({ path: `${ARTIFACTS_DIR}programme-${name}-phone.png`, fullPage: true });
    } finally {
      await on.setViewportSize(DESKTOP_VIEWPORT);
    }
  }

  async function signUp(on: Page, who: { name: string; email: string }, link: string): Promise<void> {
    await on.goto(link);
    const form = on.locator('form.account-form');
    await form.waitFor();
    await form.getByLabel('Your name', { exact: true }).fill(who.name);
    await form.getByLabel('Email address', { exact: true }).fill(who.email);
    await form.getByRole('button', { name: 'Create account with a passkey', exact: true }).click();
    await on.getByRole('list', { name: 'Recovery codes' }).first().waitFor();
  }

  it('[PROG1] the first administrator makes a programme with its regions and areas, and leads it', async () => {
    const setupUrl = need((await run.server().setupUrl()) ?? undefined, 'The setup link in the server’s log');
    const laptop = await openPage('lead', newDesktopContext(run.browser()));
    await addVirtualAuthenticator(laptop);
    frames = recordReceivedFrames(laptop);
    await signUp(laptop, lead, setupUrl);

    await laptop.goto(`${url()}/programmes`);
    await laptop.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    await laptop.getByText('You are not part of any programme yet.', { exact: false }).waitFor();
    const form = laptop.getByRole('region', { name: 'Make a programme' });
    await form.getByLabel('Title', { exact: true }).fill(PROGRAMME);
    await form.getByLabel('National objectives', { exact: true }).fill('Better partnership working between councils and the third sector\nShared local objectives and plans');
    await form.getByLabel('Regions and their areas', { exact: true }).fill('North East: Darlington\nNorth West: St Helens\nLondon: Sutton');
    await screenshots(laptop, 'new');
    await form.getByRole('button', { name: 'Make the programme', exact: true }).click();
    await laptop.getByRole('heading', { level: 1, name: PROGRAMME }).waitFor();
    programmePath = new URL(laptop.url()).pathname;
    const areas = laptop.getByRole('list', { name: 'Areas' }).getByRole('listitem').filter({ has: laptop.getByRole('heading', { level: 3 }) });
    await expect.poll(() => areas.count()).toBe(3);
    expect(await laptop.getByText('No workshop yet.').count()).toBe(3);
  });

  it('[PROG2] [PROG3] a facilitator invited by link joins the programme and makes Darlington’s workshop from it', async () => {
    const laptop = page('lead');
    const origin = { origin: url() };
    const instanceInvitation = await laptop.request.post(`${url()}/api/admin/invitations`, { data: { email: facilitator.email }, headers: origin });
    expect(instanceInvitation.status()).toBe(201);
    const invite = laptop.getByRole('region', { name: 'Invite someone' });
    await invite.getByLabel('As', { exact: true }).selectOption({ label: 'Facilitator' });
    await invite.getByRole('button', { name: 'Make an invitation link', exact: true }).click();
    const programmeLink = await invite.getByRole('textbox', { name: 'Invitation link for a facilitator', exact: true }).inputValue();
    expect(programmeLink).toMatch(/\/programmes\/join#invitation=/);

    const theirs = await openPage('facilitator', newDesktopContext(run.browser()));
    await addVirtualAuthenticator(theirs);
    await signUp(theirs, facilitator, ((await instanceInvitation.json()) as { url: string }).url);
    await theirs.goto(programmeLink);
    await theirs.getByText(`You are now part of ${PROGRAMME}.`).waitFor();
    expect(new URL(theirs.url()).hash, 'the token leaves the address bar').toBe('');
    await theirs.getByRole('link', { name: 'Open the programme', exact: true }).click();
    const darlington = theirs.getByRole('form', { name: 'Make the workshop for Darlington' });
    await darlington.getByLabel('Your name', { exact: true }).fill(facilitator.name);
    await screenshots(theirs, 'areas');
    await darlington.getByRole('button', { name: 'Make the workshop for Darlington', exact: true }).click();
    await theirs.getByRole('link', { name: 'Open the workshop of Darlington', exact: true }).waitFor();
  });

  it('[PROG9] [PROG6] the lead’s view follows Darlington live, and receives nobody’s identity or contributions', async () => {
    const laptop = page('lead');
    const line = laptop.getByRole('listitem').filter({ has: laptop.getByRole('heading', { level: 3, name: /Darlington/ }) });
    await line.getByText('Session 1: Experiences and local drivers').waitFor();
    const details = (await (await laptop.request.get(`${url()}/api/programmes/${programmePath.split('/').pop()}`)).json()) as { regions: { areas: { name: string; workshopId: string | null }[] }[] };
    const workshopId = need(details.regions.flatMap((r) => r.areas).find((a) => a.name === 'Darlington')?.workshopId ?? undefined, 'Darlington’s workshop');

    // A participant joins Darlington with its code: the lead's line counts them by sector, and names nobody.
    const facilitatorPage = page('facilitator');
    const phone = await openPage('participant', newDesktopContext(run.browser()));
    const code = await readJoinCode(facilitatorPage, workshopId);
    const joined = await phone.request.post(`${url()}/api/join`, { data: { joinCode: code, name: 'Priya Secretname', organisation: 'Darlington CVS', sector: 'third_sector' } });
    expect(joined.status()).toBe(201);
    await line.getByText('Third sector 1', { exact: false }).waitFor();

    await line.getByRole('button', { name: 'Published outputs of Darlington', exact: true }).click();
    await line.getByRole('heading', { name: 'Darlington: published outputs' }).waitFor();
    await screenshots(laptop, 'view');

    const recorder = need(frames, 'The lead’s frame recorder');
    await recorder.settled();
    const received = recorder.frames.map((f) => (typeof f.payload === 'string' ? f.payload : new TextDecoder().decode(f.payload))).join('\n');
    expect(received).toContain('programme:view');
    for (const secret of ['Priya Secretname', '"authorIds"', '"votes"', '"answers"', '"dotsSpent"', '"responses"']) expect(received, `the lead’s page received ${secret}`).not.toContain(secret);
  });

  /** The join code as the facilitator's browser reads it from the workshop's live state. */
  async function readJoinCode(on: Page, workshopId: string): Promise<string> {
    await on.goto(`${url()}/w/${workshopId}/people`);
    const code = on.getByTestId('join-code');
    await code.waitFor();
    return (await code.innerText()).replace(/[^A-Z0-9]/gi, '');
  }
});
