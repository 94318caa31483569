import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { horizontalOverflow } from './horizontalOverflow';
import { tabTo, tabUntilFocused } from './keyboardFocus';
import { ARTIFACTS_DIR, testRun } from './testRun';

/** Longest a live change (a join, a presence) may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;

const workshop = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Fiona Fairweather', organisation: 'Darlington Borough Council' };
/** Joins with the keyboard alone, typing the code exactly as shown (ABC-DEF). */
const councillor = { name: 'Chris Calder', organisation: 'Darlington Borough Council', sectorLabel: 'Local council', badge: 'Council' };
/** Joins by touch, typing the code the lazy way: lower case, no dash. */
const volunteer = { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sectorLabel: 'Third sector – voluntary & community', badge: 'Third sector' };

/** "Local council  1 (1 online)" in the by-sector counts, whatever the spacing. */
function oneOnlineIn(sectorLabel: string): RegExp {
  const literal = sectorLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${literal}\\s+1 \\(1 online\\)`);
}

describe('joining a workshop from phones, and seeing each other live', () => {
  const run = testRun({ screenshots: 'failed-' });
  const { pageErrors, openPage } = run;
  let joinCode = '';

  /** The roster entry for `name`, once it shows them online; returns its text. */
  async function onlineRosterEntry(page: Page, name: string): Promise<string> {
    const roster = page.getByRole('list', { name: 'People in this workshop' });
    const entry = roster.getByRole('listitem').filter({ hasText: name });
    await entry.waitFor({ timeout: LIVE_WITHIN_MS });
    await expect.poll(() => entry.innerText(), { timeout: LIVE_WITHIN_MS, message: `${name} should show as online` }).toMatch(/\bonline\b/);
    return entry.innerText();
  }

  /** The by-sector counts of participants: a group named by its heading. */
  function sectorCounts(page: Page) {
    return page.getByRole('group', { name: 'Participants by sector', exact: true });
  }

  async function expectFitsPhoneWidth(page: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(page);
    expect(overflow.viewportWidth, 'the phone viewport').toBe(PHONE_VIEWPORT.width);
    expect(
      overflow.scrollWidth,
      `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`,
    ).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  }

  it('a facilitator creates a workshop and sees its join code and QR code', async () => {
    const page = await openPage('facilitator', newDesktopContext(run.browser()));
    await page.goto(run.url());
    await page.getByRole('form', { name: 'Run a workshop' }).waitFor();
    await expectNoAxeViolations(page, 'the home page');

    const form = page.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill(workshop.title);
    await form.getByLabel('Area', { exact: true }).fill(workshop.area);
    // Asked for as "Your name"; the client labels it "Facilitator name" (the join form has its own "Your name").
    await form.getByLabel('Facilitator name', { exact: true }).fill(workshop.facilitatorName);
    // [LIVE5] The creator says who they are to the room.
    await form.getByLabel('Organisation', { exact: true }).fill(workshop.organisation);
    await form.getByRole('radio', { name: 'Local council', exact: true }).check();
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();

    const code = page.getByTestId('join-code');
    await code.waitFor();
    joinCode = (await code.innerText()).trim();
    expect(joinCode).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    // [LIVE2] A new workshop opens on its People and links, with the join code and the QR code.
    expect(new URL(page.url()).pathname).toMatch(/^\/w\/[^/]+\/people$/);
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
  });

  it('[A11Y4] a participant joins on a phone with the keyboard alone, typing the code; focus lands on the workshop heading', async () => {
    expect(joinCode, 'the join code from the first step').not.toBe('');
    const page = await openPage('councillor', newPhoneContext(run.browser()));
    await page.goto(run.url());
    const form = page.getByRole('form', { name: 'Join a workshop' });
    await form.waitFor();
    await expectFitsPhoneWidth(page, 'The home page');
    await page.screenshot({ path: `${ARTIFACTS_DIR}home-phone-360.png`, fullPage: true });
    await expectNoAxeViolations(page, 'the home page');

    await tabUntilFocused(page, form.getByLabel('Join code', { exact: true }), 'The Join code field');
    await page.keyboard.type(joinCode);
    await tabTo(page, form.getByLabel('Your name', { exact: true }), 'the "Your name" field');
    await page.keyboard.type(councillor.name);
    await tabTo(page, form.getByLabel('Organisation', { exact: true }), 'the "Organisation" field');
    await page.keyboard.type(councillor.organisation);
    const sector = form.getByRole('radio', { name: councillor.sectorLabel, exact: true });
    await tabTo(page, sector, `the first sector, "${councillor.sectorLabel}"`);
    await page.keyboard.press('Space');
    expect(await sector.isChecked(), 'Space checks the focused sector').toBe(true);
    await tabTo(page, form.getByRole('button', { name: 'Join', exact: true }), 'the Join button');
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1, name: workshop.title });
    await heading.waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/w\/[^/]+$/);
    // [A11Y4] Focus goes to the new page's heading, so a screen reader reads where they are and Tab starts from there.
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement), { message: 'focus is on the workshop heading after joining' }).toBe(true);
  });

  it('a second participant joins on a phone by touch, typing the code in lower case without the dash', async () => {
    expect(joinCode, 'the join code from the first step').not.toBe('');
    const page = await openPage('volunteer', newPhoneContext(run.browser()));
    await page.goto(run.url());
    const form = page.getByRole('form', { name: 'Join a workshop' });

    await form.getByLabel('Join code', { exact: true }).tap();
    await form.getByLabel('Join code', { exact: true }).pressSequentially(joinCode.replace('-', '').toLowerCase());
    await form.getByLabel('Your name', { exact: true }).tap();
    await form.getByLabel('Your name', { exact: true }).pressSequentially(volunteer.name);
    await form.getByLabel('Organisation', { exact: true }).fill(volunteer.organisation);
    await form.getByRole('radio', { name: volunteer.sectorLabel, exact: true }).tap();
    await form.getByRole('button', { name: 'Join', exact: true }).tap();

    await page.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
  });

  it("the facilitator's roster shows both participants live, with their sectors", async () => {
    const page = run.page('facilitator');
    const councillorEntry = await onlineRosterEntry(page, councillor.name);
    expect(councillorEntry).toContain(councillor.badge);
    expect(councillorEntry).toContain(councillor.organisation);
    const volunteerEntry = await onlineRosterEntry(page, volunteer.name);
    expect(volunteerEntry).toContain(volunteer.badge);
    expect(volunteerEntry).toContain(volunteer.organisation);
    // Each join made one member, not two (a double submit would show a name twice). The roster also lists the
    // co-facilitator's seat, offline until someone opens that link, so its total is not checked here.
    const roster = page.getByRole('list', { name: 'People in this workshop' });
    for (const { name } of [councillor, volunteer]) expect(await roster.getByRole('listitem').filter({ hasText: name }).count(), name).toBe(1);

    const bySector = sectorCounts(page);
    await expect.poll(() => bySector.innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(oneOnlineIn(councillor.sectorLabel));
    expect(await bySector.innerText()).toMatch(oneOnlineIn(volunteer.sectorLabel));
    await page.screenshot({ path: `${ARTIFACTS_DIR}facilitator-console-desktop.png`, fullPage: true });
    await expectNoAxeViolations(page, 'the console with two participants');
  });

  it('each participant sees who else is here, by sector and online', async () => {
    const views = [
      { who: 'councillor', self: councillor, other: volunteer },
      { who: 'volunteer', self: volunteer, other: councillor },
    ];
    for (const { who, self, other } of views) {
      const page = run.page(who);
      expect(await onlineRosterEntry(page, other.name), `${who} sees ${other.name}`).toContain(other.badge);
      const facilitator = await onlineRosterEntry(page, workshop.facilitatorName);
      expect(facilitator, `${who} sees the facilitator`).toContain('Facilitator');
      expect(facilitator, `${who} sees the facilitator's organisation [LIVE5]`).toContain(workshop.organisation);
      expect(await onlineRosterEntry(page, self.name), `${who} sees themself`).toContain('(you)');

      const bySector = sectorCounts(page);
      await expect.poll(() => bySector.innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(oneOnlineIn(other.sectorLabel));
      expect(await bySector.innerText()).toMatch(oneOnlineIn(self.sectorLabel));

      await expectFitsPhoneWidth(page, `The ${who}'s workshop view`);
      await page.screenshot({ path: `${ARTIFACTS_DIR}participant-${who}-phone-360.png`, fullPage: true });
      if (who === 'councillor') await expectNoAxeViolations(page, "a participant's workshop view");
    }
  });

  it('[A11Y1] an address with no page says so, on a phone and a laptop, with no axe violations', async () => {
    for (const [who, width] of [['volunteer', 'phone'], ['facilitator', 'laptop']] as const) {
      const page = run.page(who);
      await page.goto(`${run.url()}/no-such-page`);
      await page.getByRole('heading', { level: 1, name: 'There is no page at this address.' }).waitFor();
      await expectNoAxeViolations(page, `the not-found page on a ${width}`);
    }
  });

  it('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
