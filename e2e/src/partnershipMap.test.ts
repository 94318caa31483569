import type { CreateWorkshopResponse } from '@roundtable/shared/protocol/rest';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../server/src/testing/extractText';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { openConsoleView } from './consoleViews';
import { horizontalOverflow } from './horizontalOverflow';
import { joinByForm } from './planUi';
import { ARTIFACTS_DIR, need, testRun } from './testRun';

/** Longest a change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;
const TITLE = 'Darlington PIP partnership map';
const PHONES = {
  cara: { name: 'Cara Calder', organisation: 'Darlington Borough Council', sectorLabel: 'Local council' },
  tom: { name: 'Tom Tait', organisation: 'The Darlington CVS', sectorLabel: 'Third sector – voluntary & community' },
};
const NHS = 'County Durham and Darlington NHS Foundation Trust';

/**
 * [MAP1]–[MAP9] The partnership map in session one, on the run's shared server: participants suggest organisations from
 * their phones, the facilitator places them in rings and adds one, moves one by keyboard; who is in the room and the
 * missing sector show on the console and the phones; the profile's Markdown and Word files and the CSV hold the map.
 */
describe('the partnership map, built from phones and placed by the facilitator', () => {
  const run = testRun({ screenshots: 'failed-map-' });
  const { url, page, openPage } = run;
  let created: CreateWorkshopResponse | undefined;

  const mapPanel = () => page('lead').getByRole('region', { name: 'Partnership map', exact: true });
  const phoneMap = (who: keyof typeof PHONES) => page(who).getByRole('region', { name: 'Partnership map', exact: true });
  const token = () => new URL(need(created, 'the workshop').facilitatorUrl).hash.slice('#token='.length);
  const download = (name: string) => fetch(`${url()}/api/workshops/${need(created, 'the workshop').workshopId}/${name}`, { headers: { authorization: `Bearer ${token()}` } });

  async function expectFitsPhone(on: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(on);
    expect(overflow.scrollWidth, `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing'}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  }

  it('[MAP1] [MAP3] set-up: a facilitator and two participants on phones; session one offers the empty map on the phones', async () => {
    const response = await fetch(`${url()}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: TITLE, area: 'Darlington', facilitatorName: 'Fiona Facilitator' }) });
    expect(response.status).toBe(201);
    created = (await response.json()) as CreateWorkshopResponse;
    const lead = await openPage('lead', newDesktopContext(run.browser()));
    await lead.goto(created.facilitatorUrl);
    await lead.getByRole('navigation', { name: 'Console views', exact: true }).waitFor();
    for (const who of ['cara', 'tom'] as const) {
      const phone = await openPage(who, newPhoneContext(run.browser()));
      await joinByForm(phone, url(), created.joinCode, PHONES[who], TITLE);
      await phoneMap(who).getByText('No organisations on the map yet.').waitFor({ timeout: LIVE_WITHIN_MS });
    }
    expect((await download('map.csv')).status).toBe(409);
  });

  it('[MAP2] [MAP3] [MAP9] participants suggest organisations from their phones; a duplicate by another spelling is refused with the name it clashes with', async () => {
    const suggest = async (who: keyof typeof PHONES, name: string, sector: string) => {
      const form = phoneMap(who).getByRole('form', { name: 'Suggest an organisation', exact: true });
      await form.getByRole('textbox', { name: 'Organisation', exact: true }).fill(name);
      await form.getByRole('combobox', { name: 'Sector', exact: true }).selectOption({ label: sector });
      await form.getByRole('button', { name: 'Suggest it', exact: true }).click();
    };
    await suggest('tom', 'Darlington CVS', 'Third sector – voluntary & community');
    await phoneMap('tom').getByRole('status').getByText('“Darlington CVS” is waiting for the facilitators.').waitFor({ timeout: LIVE_WITHIN_MS });
    await suggest('cara', NHS, 'Other public body (health, police, fire)');
    await phoneMap('cara').getByRole('status').getByText(`“${NHS}” is waiting for the facilitators.`).waitFor({ timeout: LIVE_WITHIN_MS });
    await suggest('cara', 'the darlington c.v.s.', 'Third sector – voluntary & community');
    await phoneMap('cara').getByRole('alert').getByText('"Darlington CVS" has already been suggested.', { exact: false }).waitFor({ timeout: LIVE_WITHIN_MS });
    await phoneMap('tom').getByRole('listitem').filter({ hasText: NHS }).waitFor({ timeout: LIVE_WITHIN_MS });
    await expectFitsPhone(page('cara'), 'the map on a phone');
    await expectNoAxeViolations(page('cara'), 'the partnership map on a phone');
  });

  it('[MAP4] [MAP5] [MAP6] [MAP9] the facilitator places both, adds the council as lead, moves a partner by keyboard; the missing sector and the unrepresented core partner are shown', async () => {
    const lead = page('lead');
    await openConsoleView(lead, 'Survey');
    const panel = mapPanel();
    await panel.getByRole('heading', { name: 'Suggestions to place (2)', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    const cvs = panel.getByRole('form', { name: 'Place Darlington CVS on the map', exact: true });
    await cvs.getByRole('combobox', { name: 'Ring — Darlington CVS', exact: true }).selectOption({ label: 'Core' });
    await cvs.getByRole('button', { name: 'Place Darlington CVS on the map', exact: true }).click();
    const nhs = panel.getByRole('form', { name: `Place ${NHS} on the map`, exact: true });
    await nhs.getByRole('combobox', { name: `Ring — ${NHS}`, exact: true }).selectOption({ label: 'Core' });
    await nhs.getByRole('button', { name: `Place ${NHS} on the map`, exact: true }).click();
    await panel.getByText('No suggestions waiting.').waitFor({ timeout: LIVE_WITHIN_MS });

    const add = panel.getByRole('form', { name: 'Add an organisation', exact: true });
    await add.getByRole('textbox', { name: 'Organisation', exact: true }).fill('Darlington Borough Council');
    await add.getByRole('combobox', { name: 'Sector', exact: true }).selectOption({ label: 'Local council' });
    await add.getByRole('combobox', { name: 'Ring', exact: true }).selectOption({ label: 'Lead' });
    await add.getByRole('button', { name: 'Add to the map', exact: true }).click();
    await panel.getByRole('status').getByText('Darlington Borough Council added to the map.').waitFor({ timeout: LIVE_WITHIN_MS });

    // By keyboard alone: the NHS trust to the wider ring and back to core.
    await panel.getByRole('button', { name: `Move ${NHS} to wider`, exact: true }).focus();
    await lead.keyboard.press('Enter');
    await panel.getByRole('region', { name: 'Wider partners (1)', exact: true }).getByText(NHS).waitFor({ timeout: LIVE_WITHIN_MS });
    await panel.getByRole('button', { name: `Move ${NHS} to core`, exact: true }).focus();
    await lead.keyboard.press('Enter');
    const core = panel.getByRole('region', { name: 'Core partners (2)', exact: true });
    await core.getByText(NHS).waitFor({ timeout: LIVE_WITHIN_MS });
    await expect.poll(() => core.getByRole('listitem').filter({ hasText: 'Darlington CVS' }).innerText()).toContain('In the room');
    expect(await core.getByRole('listitem').filter({ hasText: NHS }).innerText()).toContain('Nobody in the room');

    const gaps = panel.getByRole('region', { name: 'Gaps', exact: true });
    expect(await gaps.innerText()).toMatch(/Sectors with nobody in the room\s+Other public body \(health, police, fire\)/);
    expect(await gaps.innerText()).toMatch(new RegExp(`Lead and core partners with nobody in the room\\s+${NHS} \\(Core\\)`));
    await expectNoAxeViolations(lead, 'the partnership map in the console');
    await mapPanel().screenshot({ path: `${ARTIFACTS_DIR}map-console-1280.png` });

    // The phones follow live.
    const tomMap = phoneMap('tom');
    await tomMap.getByRole('region', { name: 'Lead partner (1)', exact: true }).getByText('Darlington Borough Council').waitFor({ timeout: LIVE_WITHIN_MS });
    await expectFitsPhone(page('tom'), 'the placed map on a phone');
    await tomMap.screenshot({ path: `${ARTIFACTS_DIR}map-phone-360.png` });

    // The facilitator's list view at 360 px: it fits without scrolling sideways, and keeps every control.
    await lead.setViewportSize(PHONE_VIEWPORT);
    await expectFitsPhone(lead, 'the console Survey page with the map');
    await mapPanel().getByRole('button', { name: `Move ${NHS} to wider`, exact: true }).waitFor();
    await mapPanel().screenshot({ path: `${ARTIFACTS_DIR}map-console-360.png` });
    await lead.setViewportSize({ width: 1280, height: 800 });
  });

  it('[MAP8] the profile (Markdown and Word) holds the map ring by ring with the gaps, and the CSV its rows', async () => {
    const md = await (await download('profile.md')).text();
    const map = md.slice(md.indexOf('## Partnership map'));
    expect(map).toContain('### Lead partner');
    expect(map).toContain('| Darlington Borough Council | Council | Yes |');
    expect(map).toContain(`| ${NHS} | Other public body | No |`);
    expect(map).toContain('Sectors with nobody in the room: Other public body.');
    const docx = (await docxText(Buffer.from(await (await download('profile.docx')).arrayBuffer()))).replace(/\s+/g, ' ');
    expect(docx).toContain('Partnership map');
    expect(docx).toContain(`Lead and core partners with nobody in the room: ${NHS}.`);
    const csv = await (await download('map.csv')).text();
    expect(csv.replace(/^\ufeff/, '').split('\r\n').slice(0, 4)).toEqual(['"name","sector","ring","represented"', '"Darlington Borough Council","Council","lead","Yes"', `"${NHS}","Other public body","core","No"`, '"Darlington CVS","Third sector","core","Yes"']);
  });
});
