import { HEALTH_RATING_LABELS, type HealthAnswer, type HealthCheckId, type HealthRound } from '@roundtable/shared/healthCheck/healthCheck';
import { healthChecksInOrder } from '@roundtable/shared/healthCheck/healthCheckRounds';
import { SUCCESS_FACTORS, type SuccessFactorId } from '@roundtable/shared/healthCheck/successFactors';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { CreateWorkshopResponse, MeResponse } from '@roundtable/shared/protocol/rest';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../server/src/testing/extractText';
import { joinTestWorkshop } from '../../server/src/testing/restClient';
import { WorkshopClient } from '../../server/src/testing/workshopClient';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { makeSessionCurrent, openConsoleView } from './consoleViews';
import { horizontalOverflow } from './horizontalOverflow';
import { joinByForm } from './planUi';
import { recordReceivedFrames, type FrameRecorder } from './receivedFrames';
import { ARTIFACTS_DIR, testRun } from './testRun';

/** Longest a change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;
const fold = (text: string) => text.replace(/\s+/g, ' ');

const COUNCIL = 'Local council';
const THIRD_SECTOR = 'Third sector – voluntary & community';
const TITLE = 'Darlington PIP health check';

/** How each sector rates the factors in each round: "Partly" unless said otherwise; nobody knows about "takes time". */
type Ratings = Partial<Record<SuccessFactorId, HealthAnswer>>;
const RATINGS: Record<HealthRound, { council: Ratings; third: Ratings }> = {
  1: {
    council: { governance: 'a_little', 'importance-of-data': 'mostly', 'takes-time': 'dont_know' },
    third: { governance: 'mostly', 'importance-of-data': 'mostly', 'takes-time': 'dont_know' },
  },
  2: {
    council: { governance: 'mostly', 'importance-of-data': 'mostly', 'takes-time': 'dont_know', 'trust-and-support': 'mostly' },
    third: { governance: 'fully', 'importance-of-data': 'mostly', 'takes-time': 'dont_know', 'trust-and-support': 'mostly' },
  },
};
const answersOf = (ratings: Ratings) => Object.fromEntries(SUCCESS_FACTORS.map((f) => [f.id, ratings[f.id] ?? 'partly'])) as Record<SuccessFactorId, HealthAnswer>;

/** Two participants on phones (one of each sector), and four more of each sector rating from their own connections. */
const PHONES = {
  cara: { name: 'Cara Calder', organisation: 'Darlington Borough Council', sectorLabel: COUNCIL, sector: 'council' as const },
  tom: { name: 'Tom Tait', organisation: 'Darlington CVS', sectorLabel: THIRD_SECTOR, sector: 'third' as const },
};
type PhoneKey = keyof typeof PHONES;
const PHONE_KEYS = Object.keys(PHONES) as PhoneKey[];
const OTHERS = ['Col', 'Con', 'Cyd', 'Cem', 'Tia', 'Tad', 'Tor', 'Tui'].map((name, i) => ({ name: `${name} Example`, sector: i < 4 ? ('local_authority' as const) : ('third_sector' as const) }));
/** Each participant's comment, unique, so a frame carrying it is found. */
const comment = (who: string, round: HealthRound) => `Comment-${round}-from-${who.split(' ')[0]}`;

function accepted<T>(what: string, ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`${what} was refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/**
 * [HEALTH1]–[HEALTH11] The partnership health check in two rounds: a group of both sectors rates the twelve factors
 * in session one and again in session five (two on phones, the rest from their own connections); the facilitator
 * opens and closes each round in the console; the results, the sectors' differences and the change are on every
 * screen and in the review report; and no one's ratings reach anyone else before the results.
 */
describe('the partnership health check, round one in session one and round two in session five', () => {
  const run = testRun({ screenshots: 'failed-health-' });
  const { url, page, openPage, pageErrors } = run;
  let created: CreateWorkshopResponse;
  let facilitator: WorkshopClient;
  const others: WorkshopClient[] = [];
  const frames = new Map<PhoneKey, FrameRecorder>();
  const rounds: Partial<Record<HealthRound, HealthCheckId>> = {};

  const consolePanel = () => page('lead').getByRole('region', { name: 'Partnership health check', exact: true });
  const phoneSection = (who: PhoneKey, round: HealthRound) => page(who).getByRole('region', { name: `Partnership health check, round ${round === 1 ? 'one' : 'two'}`, exact: true });
  const roundControls = (round: HealthRound) => consolePanel().locator('.health-round').filter({ has: page('lead').getByRole('heading', { level: 3, name: new RegExp(`^Round ${round === 1 ? 'one' : 'two'}`) }) });

  async function confirm(region: Locator, button: string, confirmLabel: string): Promise<void> {
    await region.getByRole('button', { name: button, exact: true }).click();
    await region.getByRole('button', { name: confirmLabel, exact: true }).click();
  }

  /** What a phone has received so far, as text (binary Yjs frames decoded as UTF-8, where their strings stand whole). */
  async function receivedText(who: PhoneKey): Promise<string> {
    const recorder = frames.get(who)!;
    await recorder.settled();
    return recorder.frames.map((f) => (typeof f.payload === 'string' ? f.payload : Buffer.from(f.payload).toString('utf8'))).join('\n');
  }

  async function rateOnPhone(who: PhoneKey, round: HealthRound, keyboard = false): Promise<void> {
    const section = phoneSection(who, round);
    const answers = answersOf(RATINGS[round][PHONES[who].sector]);
    for (const factor of SUCCESS_FACTORS) {
      const group = section.getByRole('group', { name: `${factor.number}. ${factor.title}`, exact: true });
      const radio = group.getByRole('radio', { name: HEALTH_RATING_LABELS[answers[factor.id]].replace("'", '’'), exact: true });
      if (keyboard) {
        await radio.focus();
        await page(who).keyboard.press('Space');
      } else await radio.check();
    }
    await section.getByRole('textbox', { name: /^Anything you would like to add/ }).fill(comment(PHONES[who].name, round));
  }

  async function rateFromConnections(round: HealthRound): Promise<void> {
    const id = rounds[round]!;
    await Promise.all(
      others.map(async (client, i) => {
        const sector = OTHERS[i]!.sector === 'local_authority' ? 'council' : 'third';
        await client.waitFor((s) => s.healthChecks[id]?.status === 'open');
        accepted('healthCheck:rate', await client.send('healthCheck:rate', { healthCheckId: id, answers: answersOf(RATINGS[round][sector]), comment: comment(OTHERS[i]!.name, round) }));
      }),
    );
  }

  async function expectFitsPhone(on: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(on);
    expect(overflow.scrollWidth, `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing'}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  }

  it('[HEALTH2] set-up: a facilitator, two participants on phones and eight more; the workshop has round one in session one and round two in session five', async () => {
    const response = await fetch(`${url()}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: TITLE, area: 'Darlington', facilitatorName: 'Fiona Facilitator' }) });
    expect(response.status).toBe(201);
    created = (await response.json()) as CreateWorkshopResponse;
    const lead = await openPage('lead', newDesktopContext(run.browser()));
    await lead.goto(created.facilitatorUrl);
    await lead.getByRole('navigation', { name: 'Console views', exact: true }).waitFor();
    for (const who of PHONE_KEYS) {
      const phone = await openPage(who, newPhoneContext(run.browser()));
      frames.set(who, recordReceivedFrames(phone));
      await joinByForm(phone, url(), created.joinCode, PHONES[who], TITLE);
    }
    const token = new URL(created.facilitatorUrl).hash.slice('#token='.length);
    const me = (await (await fetch(`${url()}/api/workshops/${created.workshopId}/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as MeResponse;
    facilitator = new WorkshopClient(url(), created.workshopId, me.memberId, token, { presence: false });
    await facilitator.whenSynced();
    for (const other of OTHERS) {
      const joined = await joinTestWorkshop(url(), created.joinCode, other.name, other.sector, other.sector === 'local_authority' ? 'Darlington Borough Council' : 'Age UK Darlington');
      const memberId = (await (await fetch(`${url()}/api/workshops/${created.workshopId}/me`, { headers: { authorization: `Bearer ${joined.token}` } })).json()) as MeResponse;
      const client = new WorkshopClient(url(), created.workshopId, memberId.memberId, joined.token, { presence: false });
      others.push(client);
      await client.whenSynced();
      await client.whenConnected();
    }
    const state = facilitator.state();
    const checks = healthChecksInOrder(state);
    expect(checks.map((c) => [c.round, state.sessions[c.sessionId]!.number, c.status])).toEqual([
      [1, 1, 'not_started'],
      [2, 5, 'not_started'],
    ]);
    rounds[1] = checks[0]!.id;
    rounds[2] = checks[1]!.id;
    await openConsoleView(lead, 'Survey');
    await roundControls(1).getByText('Not started').waitFor();
    for (const who of PHONE_KEYS) await phoneSection(who, 1).getByText('The health check has not started.', { exact: false }).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[HEALTH1] [HEALTH3] [A11Y1] round one: the facilitator opens it; each phone rates the twelve factors, a radio group each described by what the factor means; one by keyboard alone', async () => {
    await confirm(roundControls(1), 'Open this round', 'Open it');
    const cara = page('cara');
    const form = phoneSection('cara', 1);
    const governance = form.getByRole('group', { name: '6. Address governance', exact: true });
    await governance.waitFor({ timeout: LIVE_WITHIN_MS });
    // The group's description is what the factor means in practice, from the source.
    const describedBy = await governance.getAttribute('aria-describedby');
    expect(await cara.locator(`[id="${describedBy}"]`).innerText()).toBe(SUCCESS_FACTORS.find((f) => f.id === 'governance')!.description);
    expect(await governance.getByRole('radio').count()).toBe(6);
    await expectFitsPhone(cara, 'the health check form');
    await expectNoAxeViolations(cara, 'the health check form on a phone');
    await cara.screenshot({ path: `${ARTIFACTS_DIR}health-form-360.png`, fullPage: true });
    await rateOnPhone('cara', 1);
    await rateOnPhone('tom', 1, true);
    for (const who of PHONE_KEYS) {
      await phoneSection(who, 1).getByText('12 of 12 factors answered').waitFor();
      await phoneSection(who, 1).getByRole('button', { name: 'Send my ratings', exact: true }).click();
      await phoneSection(who, 1).getByText('Thank you — your ratings are in.').waitFor({ timeout: LIVE_WITHIN_MS });
    }
    await rateFromConnections(1);
    await roundControls(1).getByText('10 of 10 participants have answered').waitFor({ timeout: LIVE_WITHIN_MS });
    // [HEALTH4] Until the close, no phone has received anything of what anyone else answered.
    for (const who of PHONE_KEYS) {
      const text = await receivedText(who);
      for (const other of [...OTHERS.map((o) => o.name), ...PHONE_KEYS.filter((k) => k !== who).map((k) => PHONES[k].name)]) expect(text, `${who} received ${other}'s comment`).not.toContain(comment(other, 1));
      expect(text).not.toContain('"answers"');
      expect(text).not.toContain('a_little');
    }
  });

  it('[HEALTH5] [HEALTH6] [HEALTH7] [HEALTH10] [A11Y3] closing round one publishes its results to everyone: the middle ratings, council beside third sector, where they differ most', async () => {
    await confirm(roundControls(1), 'Close this round', 'Close and publish');
    for (const who of PHONE_KEYS) {
      const results = phoneSection(who, 1).getByRole('region', { name: 'Results of round one', exact: true });
      await results.waitFor({ timeout: LIVE_WITHIN_MS });
      const text = fold(await results.innerText());
      expect(text).toContain('10 of 10 participants answered.');
      expect(text).toMatch(/6\. Address governance Middle rating: Partly \(3 of 5\).*?Fully 0 · Mostly 5 · Partly 0 · A little 5 · Not at all 0 · Don’t know: 0 · Left blank: 0 Council: A little \(2 of 5\) Third sector: Mostly \(4 of 5\)/);
      expect(text).toMatch(/12\. Recognise it takes time Middle rating: Nobody rated this factor\..*?Don’t know: 10/);
      expect(text).toContain('Where council and third sector differ most Address governance: Council A little (2 of 5); third sector Mostly (4 of 5)');
      for (const other of OTHERS) expect(text).toContain(comment(other.name, 1));
    }
    const cara = page('cara');
    await expectFitsPhone(cara, 'the health check results');
    // [A11Y3] At 320 px the page does not scroll sideways either: the overview table scrolls in its own region.
    await cara.setViewportSize({ width: 320, height: PHONE_VIEWPORT.height });
    try {
      expect((await horizontalOverflow(cara)).scrollWidth, 'the results at 320 px').toBeLessThanOrEqual(320);
    } finally {
      await cara.setViewportSize(PHONE_VIEWPORT);
    }
    await expectNoAxeViolations(cara, 'round one results on a phone');
    await cara.screenshot({ path: `${ARTIFACTS_DIR}health-results-360.png`, fullPage: true });
    await expectNoAxeViolations(page('lead'), 'round one results in the console');
    await consolePanel().screenshot({ path: `${ARTIFACTS_DIR}health-results-1280.png` });
    // It cannot be reopened.
    expect(await roundControls(1).getByRole('button', { name: 'Open this round' }).count()).toBe(0);
  });

  it('[HEALTH8] a weak factor becomes a draft objective of the action plan with one action', async () => {
    const weak = consolePanel().getByRole('button', { name: 'Draft an objective from “Address governance”', exact: true });
    await weak.click();
    await consolePanel().getByText('“Address governance” is now a draft objective in the action plan.').waitFor({ timeout: LIVE_WITHIN_MS });
    const state = await facilitator.waitFor((s) => Object.values(s.objectives).some((o) => o.text.startsWith('To improve how our partnership does this: Address governance')));
    expect(Object.values(state.objectives)).toHaveLength(1);
  });

  it('[HEALTH2] [HEALTH9] session five: round two on the phones, and once it closes, the change from round one on every screen', async () => {
    // The plan is agreed in session four (the review report needs an agreed version), through the server's commands.
    const state = facilitator.state();
    const objectiveId = Object.values(state.objectives)[0]!.id;
    const { actionId } = accepted('action:add', await facilitator.send('action:add', { objectiveId, text: 'Agree a light-touch terms of reference for the forum' }));
    accepted('council lead', await facilitator.send('action:setLead', { actionId, slot: 'councilLead', lead: { kind: 'named', name: 'Priya Shah', organisation: 'Darlington Borough Council', sector: 'local_authority' } }));
    accepted('third-sector lead', await facilitator.send('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'named', name: 'Tom Reed', organisation: 'Darlington CVS', sector: 'third_sector' } }));
    accepted('timescale', await facilitator.send('action:update', { actionId, timescale: { kind: 'quarter', quarter: `${new Date().getUTCFullYear() + 1}-Q2` } }));
    accepted('plan:consult', await facilitator.send('plan:consult', {}));
    accepted('plan:agree', await facilitator.send('plan:agree', { version: 1 }));

    const lead = page('lead');
    await makeSessionCurrent(lead, 'Session 5: Review, key learning and feedback', 5);
    await openConsoleView(lead, 'Survey');
    await confirm(roundControls(2), 'Open this round', 'Open it');
    for (const who of PHONE_KEYS) {
      await phoneSection(who, 2).getByRole('group', { name: '1. Analyse need and plan', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
      await rateOnPhone(who, 2);
      await phoneSection(who, 2).getByRole('button', { name: 'Send my ratings', exact: true }).click();
      await phoneSection(who, 2).getByText('Thank you — your ratings are in.').waitFor({ timeout: LIVE_WITHIN_MS });
    }
    await rateFromConnections(2);
    await roundControls(2).getByText('10 of 10 participants have answered').waitFor({ timeout: LIVE_WITHIN_MS });
    for (const who of PHONE_KEYS) expect(await receivedText(who)).not.toContain(comment(OTHERS[0]!.name, 2));
    await confirm(roundControls(2), 'Close this round', 'Close and publish');

    for (const who of PHONE_KEYS) {
      const change = phoneSection(who, 2).getByRole('region', { name: 'What changed from round one to round two', exact: true });
      await change.waitFor({ timeout: LIVE_WITHIN_MS });
      const text = fold(await change.innerText());
      expect(text).toMatch(/6\. Address governance: up 1\.5 .*?Round one Partly \(3 of 5\); round two Between mostly and fully \(4\.5 of 5\)/);
      expect(text).toMatch(/8\. Draw on trust and mutual support: up 1 .*?Round one Partly \(3 of 5\); round two Mostly \(4 of 5\)/);
      expect(text).toMatch(/12\. Recognise it takes time: not comparable .*?Round one no ratings; round two no ratings/);
      const results = fold(await phoneSection(who, 2).getByRole('region', { name: 'Results of round two', exact: true }).innerText());
      expect(results).toContain('Where council and third sector differ most Address governance: Council Mostly (4 of 5); third sector Fully (5 of 5)');
    }
    const cara = page('cara');
    await expectFitsPhone(cara, 'the change between rounds');
    await expectNoAxeViolations(cara, 'round two and the change on a phone');
    await cara.screenshot({ path: `${ARTIFACTS_DIR}health-change-360.png`, fullPage: true });
    await consolePanel().getByRole('region', { name: 'What changed from round one to round two', exact: true }).waitFor();
    await expectNoAxeViolations(lead, 'both rounds and the change in the console');
    await consolePanel().screenshot({ path: `${ARTIFACTS_DIR}health-change-1280.png` });
  });

  it('[HEALTH11] the review report, downloaded and read in Markdown, Word and PDF, has both rounds and the change; the profile round one', async () => {
    const token = new URL(created.facilitatorUrl).hash.slice('#token='.length);
    const get = async (name: string) => {
      const res = await fetch(`${url()}/api/workshops/${created.workshopId}/${name}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status, name).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const texts = {
      md: fold((await get('review.md')).toString('utf8').replace(/\\/g, '')),
      docx: fold(await docxText(await get('review.docx'))),
      pdf: fold((await pdfText(await get('review.pdf'))).replace(/(\w)-\s(?=\w)/g, '$1-')),
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toContain('Partnership health check');
      expect(text, format).toContain('Round one');
      expect(text, format).toContain('Round two');
      expect(text, format).toContain('Address governance: council A little (2 of 5); third sector Mostly (4 of 5)');
      expect(text, format).toMatch(/6\. Address governance.{0,10}Partly \(3 of 5\).{0,10}Between mostly and fully \(4\.5 of 5\).{0,10}Up 1\.5/);
      expect(text, format).toMatch(/12\. Recognise it takes time.{0,10}No ratings.{0,10}No ratings.{0,10}Not comparable/);
      expect(text, format).toContain(comment(OTHERS[0]!.name, 2));
    }
    const profile = fold(await pdfText(await get('profile.pdf')));
    expect(profile).toContain('Partnership health check');
    expect(profile).toContain('Round one');
    expect(profile).not.toContain('Round two');
    for (const client of others) client.close();
    facilitator.close();
    expect(pageErrors).toEqual([]);
  });
});
