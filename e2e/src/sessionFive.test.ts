import { writeFile } from 'node:fs/promises';
import type { Lead, LeadSlot } from '@roundtable/shared/plan/plan';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { CreateWorkshopResponse, MeResponse } from '@roundtable/shared/protocol/rest';
import { PIP_SURVEY_ITEMS } from '@roundtable/shared/survey/pipSurveyItems';
import { SURVEY_SCALE, SURVEY_SCALE_LABELS } from '@roundtable/shared/survey/survey';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../server/src/testing/extractText';
import { WorkshopClient } from '../../server/src/testing/workshopClient';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { downloadedBytes } from './downloads';
import { horizontalOverflow } from './horizontalOverflow';
import { giveFacilitatorName, makeSessionCurrent, openConsoleView } from './consoleViews';
import { joinByForm } from './planUi';
import { startServerWithClock } from './sessionFiveClock';
import {
  coFacilitator,
  actions,
  auditDueBy,
  expectedResult,
  keyLearning,
  leads,
  objectives,
  parseCsv,
  participants,
  plan,
  principles,
  reports,
  SESSION_FOUR_OFFSET_MS,
  surveyAnswers,
  vision,
  workshop,
  type LeadSpec,
  type ParticipantKey,
} from './sessionFiveScenario';
import { ARTIFACTS_DIR, need, testRun } from './testRun';

/** Longest a change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;

const fold = (text: string) => text.replace(/\s+/g, ' ');
const PARTICIPANT_KEYS = Object.keys(participants) as ParticipantKey[];
const SCALE_ITEMS = PIP_SURVEY_ITEMS.filter((item) => item.kind === 'scale');
const TEXT_ITEM = PIP_SURVEY_ITEMS.find((item) => item.kind === 'text')!;
const WRITTEN_ANSWERS = Object.values(surveyAnswers)
  .map((a) => a.text)
  .filter(Boolean);

/** The ack's data, or a failure that says which set-up command was refused and why. */
function accepted<T>(what: string, ack: Ack<T>): T {
  if (!ack.ok) throw new Error(`${what} was refused: ${ack.error.code}: ${ack.error.message}`);
  return ack.data;
}

/**
 * Session five, end to end ([REV1]–[REV7], [REVEXP1], [SURV1]–[SURV9]): the plan agreed in session four (set up through
 * the server's own commands, on a clock set back to then), two leads reporting through their links between sessions,
 * the facilitators' review with an overdue action, the key-learning board, the feedback survey on three phones, and
 * the review report downloaded and read.
 */
describe('session five: progress from the leads, the review, key learning and the feedback survey', () => {
  const run = testRun({ screenshots: 'failed-session5-', startServer: () => startServerWithClock(SESSION_FOUR_OFFSET_MS), serverFirst: true });
  const { url, page, openPage, pageErrors } = run;
  let workshopId = '';
  const leadLinks: Partial<Record<keyof typeof leads, string>> = {};

  const phones = () => PARTICIPANT_KEYS.map(page);
  /** The facilitators' review in the console, and the participants' on their phones. */
  const consoleReview = (who = 'lead') => page(who).getByRole('region', { name: 'Session five: review of progress', exact: true });
  const phoneReview = (who: ParticipantKey) => page(who).getByRole('region', { name: 'Review of progress', exact: true });
  const actionCard = (review: Locator, text: string) => review.getByRole('article').filter({ has: review.page().getByRole('heading', { name: text }) });
  const surveyRegion = (who: string) => page(who).getByRole('region', { name: 'Feedback survey', exact: true });

  async function expectFitsPhoneWidth(on: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(on);
    expect(overflow.viewportWidth, 'the phone viewport').toBe(PHONE_VIEWPORT.width);
    expect(overflow.scrollWidth, `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(
      PHONE_VIEWPORT.width,
    );
  }

  /** [A11Y3] The narrowest phones (320 px): the page itself never scrolls sideways; a wide table scrolls in its own region. */
  async function expectFitsNarrowestPhone(on: Page, where: string): Promise<void> {
    await on.setViewportSize({ width: 320, height: PHONE_VIEWPORT.height });
    try {
      const overflow = await horizontalOverflow(on);
      expect(overflow.scrollWidth, `${where} scrolls sideways at 320 px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(320);
    } finally {
      await on.setViewportSize(PHONE_VIEWPORT);
    }
  }

  /** A file saved through a download link, as the browser's download manager received it. */
  async function download(on: Page, trigger: Locator): Promise<{ fileName: string; body: Buffer }> {
    const [saved] = await Promise.all([on.waitForEvent('download'), trigger.click()]);
    return { fileName: saved.suggestedFilename(), body: await downloadedBytes(saved) };
  }

  /** An action's latest status as its card shows it: the words, and the badge's RAG colour. */
  async function latestStatus(review: Locator, text: string): Promise<{ words: string; rag: string }> {
    const badge = actionCard(review, text).locator('.review-action__status .status-badge');
    const words = (await badge.innerText()).replace(/^[^A-Za-z]+/, '').trim();
    const rag = /status-badge--(\w+)/.exec((await badge.getAttribute('class')) ?? '')?.[1] ?? 'none';
    return { words, rag };
  }

  async function expectLatestStatus(review: Locator, text: string, words: string, rag: string): Promise<void> {
    await expect.poll(() => latestStatus(review, text), { timeout: LIVE_WITHIN_MS, message: `the latest status of “${text}”` }).toEqual({ words, rag });
  }

  /** A lead writes a report on their page and sends it. */
  async function writeReport(on: Page, report: { status: string; note: string; evidence?: { text: string; url: string } }): Promise<Locator> {
    const form = on.getByRole('form', { name: 'Report progress', exact: true });
    await form.getByRole('radio', { name: report.status, exact: true }).check();
    await form.getByLabel('Progress note', { exact: true }).fill(report.note);
    if (report.evidence) {
      await form.getByRole('button', { name: 'Add evidence', exact: true }).click();
      await form.getByLabel('Evidence 1: what it is', { exact: true }).fill(report.evidence.text);
      await form.getByLabel('Evidence 1: link', { exact: true }).fill(report.evidence.url);
    }
    await form.getByRole('button', { name: 'Send the report', exact: true }).click();
    return form;
  }

  async function reportAndSeeItRecorded(on: Page, report: Parameters<typeof writeReport>[1]): Promise<void> {
    const form = await writeReport(on, report);
    await form.getByText(/^Thank you: your report was recorded on /).waitFor({ timeout: LIVE_WITHIN_MS });
  }

  it('[PLAN7] set-up: two facilitators and three participants on phones; in session four, version 1 of the plan is agreed', async () => {
    const response = await fetch(`${url()}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: workshop.title, area: workshop.area, facilitatorName: workshop.facilitatorName }),
    });
    expect(response.status, 'POST /api/workshops').toBe(201);
    const created = (await response.json()) as CreateWorkshopResponse;
    workshopId = created.workshopId;

    const lead = await openPage('lead', newDesktopContext(run.browser()));
    const co = await openPage('co', newDesktopContext(run.browser()));
    await Promise.all([lead.goto(created.facilitatorUrl), co.goto(created.coFacilitatorUrl)]);
    await Promise.all([lead.getByRole('navigation', { name: 'Console views', exact: true }).waitFor(), giveFacilitatorName(co, coFacilitator)]);
    await Promise.all([openConsoleView(lead, 'Plan and review'), openConsoleView(co, 'Plan and review')]);
    await Promise.all(
      PARTICIPANT_KEYS.map(async (who) => joinByForm(await openPage(who, newPhoneContext(run.browser())), url(), created.joinCode, participants[who], workshop.title)),
    );

    // The plan of session four, through the server's own commands, as the lead facilitator's console sends them.
    const token = new URL(created.facilitatorUrl).hash.slice('#token='.length);
    const me = (await (await fetch(`${url()}/api/workshops/${workshopId}/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as MeResponse;
    const facilitator = new WorkshopClient(url(), workshopId, me.memberId, token, { presence: false });
    try {
      await facilitator.whenSynced();
      const state = await facilitator.waitFor((s) => PARTICIPANT_KEYS.every((who) => Object.values(s.members).some((m) => m.name === participants[who].name)));
      const memberId = (who: ParticipantKey) => need(Object.values(state.members).find((m) => m.name === participants[who].name), participants[who].name).id;
      const asLead = (spec: LeadSpec): Lead => (spec.kind === 'member' ? { kind: 'member', memberId: memberId(spec.who) } : { kind: 'named', name: spec.name, organisation: spec.organisation, sector: spec.sector });

      accepted('plan:update', await facilitator.send('plan:update', { vision, baseVision: '', principles }));
      for (const { objective, actions: planned } of plan) {
        const { objectiveId } = accepted('objective:add', await facilitator.send('objective:add', { text: objective }));
        for (const action of planned) {
          const { actionId } = accepted('action:add', await facilitator.send('action:add', { objectiveId, text: action.text }));
          for (const [slot, spec] of [['councilLead', action.council], ['thirdSectorLead', action.thirdSector]] as [LeadSlot, LeadSpec][]) {
            accepted(`action:setLead ${slot}`, await facilitator.send('action:setLead', { actionId, slot, lead: asLead(spec) }));
          }
          accepted('action:update', await facilitator.send('action:update', { actionId, timescale: action.timescale }));
        }
      }
      accepted('plan:consult', await facilitator.send('plan:consult', {}));
      accepted('plan:agree', await facilitator.send('plan:agree', { version: 1 }));
    } finally {
      facilitator.close();
    }
    for (const who of ['lead', 'co', ...PARTICIPANT_KEYS]) {
      await page(who).getByRole('region', { name: 'Action plan', exact: true }).getByText(/^Version 1 agreed on /).waitFor({ timeout: LIVE_WITHIN_MS });
    }

    // Three months later: the server's clock comes forward to today, and the audit's month is now behind it.
    await run.server().setClockOffset(0);
  });

  it('[REV1] between sessions, the facilitator makes links for a council lead and a third-sector lead in the lead-links panel', async () => {
    const fiona = page('lead');
    await fiona.getByRole('button', { name: 'Session five: review of progress', exact: true }).click();
    const panel = consoleReview().getByRole('region', { name: 'Links for the leads', exact: true });
    for (const [key, leadOf] of Object.entries(leads) as [keyof typeof leads, (typeof leads)[keyof typeof leads]][]) {
      const leadsOfAction = panel.getByRole('listitem').filter({ has: fiona.getByRole('heading', { name: leadOf.action.text }) });
      await leadsOfAction.getByRole('button', { name: new RegExp(`^Make link for the ${leadOf.slotWords} of “${leadOf.action.text.slice(0, 20)}`) }).click();
      const field = leadsOfAction.getByRole('textbox', { name: `The new link for ${leadOf.name}`, exact: true });
      await field.waitFor({ timeout: LIVE_WITHIN_MS });
      leadLinks[key] = await field.inputValue();
      expect(leadLinks[key]).toMatch(new RegExp(`^${url()}/lead#token=[\\w-]{40,}$`));
    }
    // Both are listed as live, each with its lead; the other four leads have none yet.
    await expect.poll(() => panel.getByText('Live', { exact: true }).count()).toBe(2);
    expect(await panel.getByText('No link yet', { exact: true }).count()).toBe(4);
    await panel.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-links-1280.png` });
  });

  it('[REV3] [REV7] [REV2] each lead opens their link in a fresh browser, without an account, and reports; the room sees it live', async () => {
    const priya = await openPage('priya', newDesktopContext(run.browser()));
    const sue = await openPage('sue', newPhoneContext(run.browser()));
    for (const [on, key] of [[priya, 'priya'], [sue, 'sue']] as const) {
      await on.goto(need(leadLinks[key], `The link of ${leads[key].name}`));
      await on.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
      await on.getByText(`You are the ${leads[key].slotWords}: ${leads[key].name}.`, { exact: true }).waitFor();
      // The token leaves the address bar at once.
      expect(on.url()).toBe(`${url()}/lead`);
      const action = on.getByRole('region', { name: 'Your action', exact: true });
      expect(fold(await action.innerText())).toContain(leads[key].action.text);
      await action.getByText('No report yet').waitFor();
    }
    // Sue's action was due by the end of session four's month: her page says it is overdue.
    await sue.getByRole('region', { name: 'Your action', exact: true }).getByText(`Overdue: due by ${auditDueBy}`).waitFor();
    await expectFitsPhoneWidth(sue, "Sue's lead page");
    await sue.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-360.png`, fullPage: true });
    await priya.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-1280.png`, fullPage: true });
    await expectNoAxeViolations(sue, "a lead's page");
    await expectNoAxeViolations(priya, "a lead's page");

    await reportAndSeeItRecorded(priya, reports.priyaFirst);
    await reportAndSeeItRecorded(sue, reports.sue);
    const priyaHistory = priya.getByRole('list', { name: `Reports on “${actions.volunteering.text}”, newest first`, exact: true });
    expect(fold(await priyaHistory.innerText())).toContain(reports.priyaFirst.note);
    await priya.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-reported-1280.png`, fullPage: true });

    // The console and every phone show the reports as they arrive, before session five.
    for (const review of [consoleReview('lead'), consoleReview('co'), ...PARTICIPANT_KEYS.map(phoneReview)]) {
      await expectLatestStatus(review, actions.volunteering.text, 'On track', 'green');
      await expectLatestStatus(review, actions.audit.text, 'At risk', 'amber');
    }
  });

  it('[REV1] [REV7] after the facilitator revokes a link, a report sent with it says the link no longer works, and nothing is recorded', async () => {
    const panel = consoleReview().getByRole('region', { name: 'Links for the leads', exact: true });
    await panel.getByRole('button', { name: new RegExp(`^Revoke the link of ${leads.sue.name} for “`) }).click();
    await panel.getByRole('group', { name: /^Revoke this link\?/ }).getByRole('button', { name: 'Yes, revoke it', exact: true }).click();
    await expect.poll(() => panel.getByText('Live', { exact: true }).count(), { timeout: LIVE_WITHIN_MS }).toBe(1);

    const sue = page('sue');
    await writeReport(sue, reports.sueAfterRevoked);
    await sue.getByText('This link no longer works, so the report cannot be sent with it.', { exact: false }).waitFor({ timeout: LIVE_WITHIN_MS });
    await sue.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-revoked-send-360.png`, fullPage: true });
    await sue.reload();
    await sue.getByRole('alert').filter({ hasText: 'This link does not work any more' }).waitFor({ timeout: LIVE_WITHIN_MS });
    await sue.screenshot({ path: `${ARTIFACTS_DIR}session5-lead-revoked-360.png`, fullPage: true });
    await expectNoAxeViolations(sue, "a lead's page after the link was revoked");

    // Nothing was recorded: the audit still has one report, at risk.
    const audit = actionCard(consoleReview(), actions.audit.text);
    await audit.getByText('History since agreement: 1 report', { exact: true }).waitFor();
    expect(fold(await consoleReview().innerText())).not.toContain(reports.sueAfterRevoked.note);
    await expectLatestStatus(consoleReview(), actions.audit.text, 'At risk', 'amber');
  });

  it('[REV2] [REV4] [REV5] [A11Y3] session five: the review shows each latest status in words, the history, the summary and the overdue action, live for the room', async () => {
    const fiona = page('lead');
    await makeSessionCurrent(fiona, 'Session 5: Review, key learning and feedback', 5);
    await openConsoleView(fiona, 'Plan and review');

    // Priya's second report arrives during the session: everyone's review changes as it does.
    await reportAndSeeItRecorded(page('priya'), reports.priyaSecond);
    const reviews = [consoleReview('lead'), consoleReview('co'), ...PARTICIPANT_KEYS.map(phoneReview)];
    for (const review of reviews) {
      await expectLatestStatus(review, actions.volunteering.text, 'Done', 'green');
      await expectLatestStatus(review, actions.audit.text, 'At risk', 'amber');
      await expectLatestStatus(review, actions.newsletter.text, 'No report yet', 'none');
      await actionCard(review, actions.audit.text).getByText(`Overdue: due by ${auditDueBy}`).waitFor();
      expect(await actionCard(review, actions.volunteering.text).getByText(/^Overdue/).count(), 'the volunteering strategy is not overdue').toBe(0);
      expect(await actionCard(review, actions.newsletter.text).getByText(/^Overdue/).count(), 'the newsletter is not overdue').toBe(0);
    }

    const review = consoleReview();
    // The history: both of Priya's reports, newest first, with who reported, the notes and the evidence's link.
    const volunteering = actionCard(review, actions.volunteering.text);
    await volunteering.getByText('History since agreement: 2 reports', { exact: true }).click();
    const history = volunteering.getByRole('list', { name: `Reports on “${actions.volunteering.text}”, newest first`, exact: true });
    // Each report is an item of the history (its evidence is a list of its own inside it).
    const reportsShown = history.getByRole('listitem').filter({ hasText: /Reported by the / });
    const entries = (await reportsShown.allInnerTexts()).map(fold);
    expect(entries).toEqual([expect.stringContaining(reports.priyaSecond.note), expect.stringContaining(reports.priyaFirst.note)]);
    expect(entries[0]).toMatch(/Done\s*Reported by the council lead \(Council\) on /);
    expect(entries[1]).toMatch(/On track\s*Reported by the council lead \(Council\) on /);
    const evidence = reportsShown.nth(1).getByRole('link', { name: new RegExp(`^${reports.priyaFirst.evidence.text}`) });
    expect(await evidence.getAttribute('href')).toBe(reports.priyaFirst.evidence.url);

    // The summary: each action once at its latest status; by sector, each lead at their own latest report.
    const summary = review.getByRole('region', { name: /^How many actions are in each status/ }).getByRole('table');
    const row = async (name: RegExp) => (await summary.getByRole('row', { name }).first().getByRole('cell').allInnerTexts()).map((c) => c.trim());
    expect(await summary.getByRole('columnheader').allInnerTexts()).toEqual(['Status', 'Actions', 'Council leads', 'Third-sector leads']);
    expect(await row(/Not started/)).toEqual(['1', '2', '2']);
    expect(await row(/of which not reported on yet/)).toEqual(['1', '2', '2']);
    expect(await row(/On track/)).toEqual(['0', '0', '0']);
    expect(await row(/At risk/)).toEqual(['1', '0', '1']);
    expect(await row(/Done/)).toEqual(['1', '1', '0']);
    expect(await row(/Dropped/)).toEqual(['0', '0', '0']);
    expect(await row(/^Total/)).toEqual(['3', '3', '3']);

    // What is overdue: the audit only, with its latest status in words.
    const overdue = review.getByRole('region', { name: 'Overdue', exact: true }).getByRole('listitem');
    expect((await overdue.allInnerTexts()).map(fold)).toEqual([expect.stringMatching(new RegExp(`${actions.audit.text}.*Overdue: due by ${auditDueBy}.*At risk`))]);

    await review.screenshot({ path: `${ARTIFACTS_DIR}session5-review-1280.png` });
    const tanya = page('tanya');
    await expectFitsPhoneWidth(tanya, "Tanya's review");
    await expectFitsNarrowestPhone(tanya, "Tanya's review");
    await expectNoAxeViolations(tanya, "a participant's review");
    await expectNoAxeViolations(fiona, 'the console in session five, with the review');
    await phoneReview('tanya').screenshot({ path: `${ARTIFACTS_DIR}session5-review-360.png` });
  });

  it('[WS1] the key-learning board of session five: a participant adds a card, everyone sees it, and the vision is shown again', async () => {
    const fiona = page('lead');
    await openConsoleView(fiona, 'Live');
    const live = fiona.getByRole('region', { name: 'Live boards: session 5' });
    await live.getByRole('button', { name: /^Key learning/ }).click();
    await fiona.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
    for (const phone of phones()) await phone.getByRole('heading', { level: 2, name: 'Key learning' }).waitFor({ timeout: LIVE_WITHIN_MS });
    await fiona.getByRole('button', { name: 'Next: Contribute', exact: true }).click();

    const omar = page('omar');
    await omar.getByLabel('Your card', { exact: true }).fill(keyLearning);
    await omar.getByRole('button', { name: 'Add card', exact: true }).click();
    await omar.getByRole('region', { name: 'Your cards' }).getByTestId('card').filter({ hasText: keyLearning }).waitFor({ timeout: LIVE_WITHIN_MS });
    await expect.poll(() => fiona.getByTestId('card-counts').first().innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/^1 cards? so far/);

    await fiona.getByRole('button', { name: 'Next: Reveal', exact: true }).click();
    for (const on of [fiona, ...phones()]) await on.getByTestId('card').filter({ hasText: keyLearning }).waitFor({ timeout: LIVE_WITHIN_MS });

    // The plan's vision, revisited beside the review, in the console and on every phone.
    await openConsoleView(fiona, 'Plan and review');
    for (const review of [consoleReview(), ...PARTICIPANT_KEYS.map(phoneReview)]) {
      const revisited = review.getByRole('region', { name: 'Our vision, revisited', exact: true });
      expect(fold(await revisited.innerText())).toContain(vision);
      for (const principle of principles) expect(await revisited.innerText()).toContain(principle);
    }
    await expectFitsPhoneWidth(omar, "Omar's key-learning board");
    await omar.screenshot({ path: `${ARTIFACTS_DIR}session5-key-learning-360.png`, fullPage: true });
    await expectNoAxeViolations(omar, 'the key-learning board, revealed');
  });

  it('[SURV2] [SURV3] [SURV4] the facilitator opens the survey; three participants answer on their phones, the count rises live, and nobody answers twice', async () => {
    await Promise.all([openConsoleView(page('lead'), 'Survey'), openConsoleView(page('co'), 'Survey')]);
    const survey = surveyRegion('lead');
    // Its disclosure is read as one phrase, status included, with no stray space before the comma.
    expect(await survey.getByRole('button', { name: 'Feedback survey, Not started', exact: true }).count()).toBe(1);
    await survey.getByRole('button', { name: 'Open the survey', exact: true }).click();
    await survey.getByRole('button', { name: 'Open it', exact: true }).click();
    await survey.getByRole('button', { name: 'Feedback survey, Open for answers', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    for (const who of ['lead', 'co']) {
      await expect.poll(() => surveyRegion(who).locator('.survey-count').innerText(), { timeout: LIVE_WITHIN_MS }).toBe('Answered so far: 0 of 3 participants (0%)');
    }

    // The form as a phone shows it, and as it would look on a laptop.
    const omar = page('omar');
    const form = surveyRegion('omar').getByRole('button', { name: 'Send my answers', exact: true });
    await form.waitFor({ timeout: LIVE_WITHIN_MS });
    await expectFitsPhoneWidth(omar, "Omar's survey form");
    await surveyRegion('omar').screenshot({ path: `${ARTIFACTS_DIR}session5-survey-form-360.png` });
    await expectNoAxeViolations(omar, 'the survey form');
    await omar.setViewportSize({ width: 1280, height: 800 });
    await surveyRegion('omar').screenshot({ path: `${ARTIFACTS_DIR}session5-survey-form-1280.png` });
    await expectNoAxeViolations(omar, 'the survey form');
    await omar.setViewportSize(PHONE_VIEWPORT);

    for (const [n, who] of PARTICIPANT_KEYS.entries()) {
      const region = surveyRegion(who);
      const answers = surveyAnswers[who];
      for (const [i, item] of SCALE_ITEMS.entries()) {
        const choice = answers.scale[i] ?? 'skip';
        const question = region.getByRole('group', { name: `${i + 1}. ${item.text}`, exact: true });
        await question.getByRole('radio', { name: choice === 'skip' ? 'Skip' : SURVEY_SCALE_LABELS[choice], exact: true }).check();
      }
      if (answers.text) await region.getByRole('textbox', { name: TEXT_ITEM.text, exact: true }).fill(answers.text);
      await region.getByRole('button', { name: 'Send my answers', exact: true }).click();
      await region.getByText('Thank you — you have answered.', { exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
      const rate = `Answered so far: ${n + 1} of 3 participants (${Math.round((100 * (n + 1)) / 3)}%)`;
      for (const facilitator of ['lead', 'co']) await expect.poll(() => surveyRegion(facilitator).locator('.survey-count').innerText(), { timeout: LIVE_WITHIN_MS }).toBe(rate);
    }
    await surveyRegion('lead').screenshot({ path: `${ARTIFACTS_DIR}session5-survey-open-1280.png` });
    await expectNoAxeViolations(page('lead'), 'the console with the survey open');

    // After a reload Chris is still shown as having answered, with no form to answer again.
    const chris = page('chris');
    await chris.reload();
    await surveyRegion('chris').getByText('Thank you — you have answered.', { exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await surveyRegion('chris').getByRole('button', { name: 'Send my answers' }).count()).toBe(0);
    await expectFitsPhoneWidth(chris, "Chris's survey after answering");
    await expectNoAxeViolations(chris, 'the survey, answered');
    await surveyRegion('chris').screenshot({ path: `${ARTIFACTS_DIR}session5-survey-answered-360.png` });
  });

  it('[SURV5] [SURV6] [SURV7] [SURV9] [A11Y3] the facilitator closes the survey: results per item with the helpful share, no split by sector, written answers without names, and the CSV', async () => {
    const survey = surveyRegion('lead');
    await survey.getByRole('button', { name: 'Close the survey', exact: true }).click();
    await survey.getByRole('button', { name: 'Close it', exact: true }).click();
    const results = survey.getByRole('region', { name: 'Results', exact: true });
    await results.waitFor({ timeout: LIVE_WITHIN_MS });
    await results.getByText(/^Responses: 3 of 3 participants \(100%\)\. Closed on /).waitFor();
    await results.getByText('Shown by sector once 5 people of each sector have answered; fewer have so far, and a small group\'s answers could be read off.', { exact: true }).waitFor();

    for (const [i, item] of SCALE_ITEMS.entries()) {
      const expected = expectedResult(i);
      const table = results.getByRole('table', { name: item.text, exact: true });
      expect(await table.getByRole('columnheader').allInnerTexts(), `“${item.text}”: all responses only`).toEqual(['Answer', 'All']);
      const helpful = table.getByRole('row', { name: /^Helpful or very helpful/ }).getByRole('cell');
      expect(await helpful.locator('strong').innerText(), `“${item.text}”: the helpful share, in bold`).toBe(expected.helpfulPercent === null ? '–' : `${expected.helpfulPercent}%`);
      for (const answer of SURVEY_SCALE) {
        const cell = await table.getByRole('row', { name: new RegExp(`^${SURVEY_SCALE_LABELS[answer]}\\s+[\\d–]`) }).getByRole('cell').innerText();
        expect(cell, `“${item.text}”: ${SURVEY_SCALE_LABELS[answer]}`).toContain(`(${expected.counts[answer]})`);
      }
    }

    const written = results.getByRole('region', { name: TEXT_ITEM.text, exact: true });
    expect((await written.getByRole('listitem').allInnerTexts()).sort()).toEqual([...WRITTEN_ANSWERS].sort());
    const shown = await written.innerText();
    for (const p of Object.values(participants)) for (const who of [p.name, p.organisation]) expect(shown, `the written answers do not name ${who}`).not.toContain(who);

    // Everyone sees the same results on their phone.
    for (const who of PARTICIPANT_KEYS) await surveyRegion(who).getByRole('region', { name: 'Results', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    await results.screenshot({ path: `${ARTIFACTS_DIR}session5-survey-results-1280.png` });
    await expectFitsPhoneWidth(page('tanya'), "Tanya's survey results");
    await expectFitsNarrowestPhone(page('tanya'), "Tanya's survey results");
    await expectNoAxeViolations(page('tanya'), 'the survey results');
    await expectNoAxeViolations(page('lead'), 'the console with the survey results');
    await surveyRegion('tanya').screenshot({ path: `${ARTIFACTS_DIR}session5-survey-results-360.png` });

    const csv = await download(page('lead'), results.getByRole('link', { name: 'Download CSV of the survey results', exact: true }));
    expect(csv.fileName).toMatch(/\.csv$/);
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0), 'a byte order mark').toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['Question', ...SURVEY_SCALE.map((a) => SURVEY_SCALE_LABELS[a]), 'Left blank', 'Helpful or very helpful (%)', 'Written answer']);
    for (const [i, item] of SCALE_ITEMS.entries()) {
      const expected = expectedResult(i);
      expect(rows[i], `the CSV row of “${item.text}”`).toEqual([
        item.text,
        ...SURVEY_SCALE.map((a) => String(expected.counts[a])),
        String(expected.skipped),
        expected.helpfulPercent === null ? '' : String(expected.helpfulPercent),
        '',
      ]);
    }
    const writtenRows = rows.slice(SCALE_ITEMS.length);
    expect(writtenRows.map((r) => r[0])).toEqual(WRITTEN_ANSWERS.map(() => TEXT_ITEM.text));
    expect(writtenRows.map((r) => r.at(-1)).sort()).toEqual([...WRITTEN_ANSWERS].sort());
    for (const p of Object.values(participants)) expect(text).not.toContain(p.name);
  });

  it('[REVEXP1] a participant downloads the review report as Word, PDF and Markdown, and each says it all', async () => {
    const tanya = page('tanya');
    const files = {
      docx: await download(tanya, phoneReview('tanya').getByRole('link', { name: 'Download the review report: Word document', exact: true })),
      pdf: await download(tanya, phoneReview('tanya').getByRole('link', { name: 'Download the review report: PDF', exact: true })),
      md: await download(tanya, phoneReview('tanya').getByRole('link', { name: 'Download the review report: Text (Markdown)', exact: true })),
    };
    const today = new Date().toISOString().slice(0, 10);
    for (const [format, file] of Object.entries(files)) expect(file.fileName, format).toMatch(new RegExp(`-review-${today}\\.${format}$`));
    expect(files.pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    await writeFile(`${ARTIFACTS_DIR}session5-review.pdf`, files.pdf.body);
    await writeFile(`${ARTIFACTS_DIR}session5-review.md`, files.md.body);

    const texts = {
      docx: fold(await docxText(files.docx.body)),
      pdf: fold(await pdfText(files.pdf.body)),
      md: fold(files.md.body.toString('utf8')),
    };
    for (const [format, text] of Object.entries(texts)) {
      const says = (what: string, fact: string) => expect(text, `${format}: ${what}`).toContain(fact);
      expect(text, `${format}: the survey has closed, so it is final`).not.toContain('DRAFT');
      for (const objective of Object.values(objectives)) says('every objective', objective);
      for (const action of Object.values(actions)) says('every action', action.text);
      says('the latest status of the volunteering strategy', 'Done');
      says('the latest status of the audit', 'At risk');
      says('a history note', reports.priyaFirst.note);
      says('the latest note', reports.priyaSecond.note);
      says('the evidence', reports.priyaFirst.evidence.text);
      says('the summary', 'Summary');
      says('the overdue actions', 'Overdue actions');
      expect(text, `${format}: the audit is overdue`).not.toContain('Nothing is overdue.');
      says('the vision', vision);
      says('key learning', 'Key learning');
      says('the key-learning card', keyLearning);
      says('the survey', 'Feedback on the programme');
      says('a survey item', SCALE_ITEMS[0]!.text);
      says('the helpful share', `${expectedResult(0).helpfulPercent}%`);
      says('why the survey is not split by sector', 'Not shown by sector');
      for (const answer of WRITTEN_ANSWERS) says('a written answer', answer);
      expect(text, `${format}: no report after the link was revoked`).not.toContain(reports.sueAfterRevoked.note);
    }
    expect(texts.md, 'Markdown: the status in words with its RAG colour').toContain('At risk (amber)');
    expect(texts.md, 'Markdown: the evidence link').toContain(`(<${reports.priyaFirst.evidence.url}>)`);
  });

  it('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
