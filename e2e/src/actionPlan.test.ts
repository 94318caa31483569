import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../server/src/testing/extractText';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { downloadedBytes } from './downloads';
import { horizontalOverflow } from './horizontalOverflow';
import { actions, agreedActions, agreedObjectives, coFacilitator, concern, objective, participants, reworded, suggested, workshop } from './actionPlanScenario';
import { giveFacilitatorName, makeSessionCurrent, openConsoleView } from './consoleViews';
import { actionFacts, addAction, addObjective, joinByForm, objectiveRegion, planRegion } from './planUi';
import { ARTIFACTS_DIR, testRun } from './testRun';

/** Longest a change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;

const fold = (text: string) => text.replace(/\s+/g, ' ');
const execFileAsync = promisify(execFile);

/**
 * Session four, end to end: two facilitators build the action plan at the same time (and meet an edit conflict),
 * the room suggests and answers, the plan is agreed as version 1 and downloaded, and a sponsor reads it by a share
 * link until it is revoked ([PLAN1]–[PLAN9], [EXP1], [SHARE1], [SHARE2]).
 */
describe('the action plan, from two consoles and four phones to a sponsor', () => {
  const run = testRun({ screenshots: 'failed-plan-' });
  const { page, openPage, pageErrors } = run;
  let shareUrl = '';

  const plan = (who: string) => planRegion(page(who));
  const phones = () => Object.keys(participants).map(page);

  async function expectFitsPhoneWidth(on: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(on);
    expect(overflow.viewportWidth, 'the phone viewport').toBe(PHONE_VIEWPORT.width);
    expect(overflow.scrollWidth, `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(
      PHONE_VIEWPORT.width,
    );
  }

  /** The plan at one step, as Omar sees it on his phone and as the lead's console shows it; the phone must not scroll sideways. */
  async function screenshotStep(step: string): Promise<void> {
    await expectFitsPhoneWidth(page('omar'), `Omar's plan (${step})`);
    await plan('omar').screenshot({ path: `${ARTIFACTS_DIR}plan-${step}-360.png` });
    await plan('lead').screenshot({ path: `${ARTIFACTS_DIR}plan-${step}-1280.png` });
    await expectNoAxeViolations(page('omar'), `the plan on a phone (${step})`);
    await expectNoAxeViolations(page('lead'), `the plan in the console (${step})`);
  }

  /** A file saved through a download link or button, as the browser's download manager received it. */
  async function download(on: Page, trigger: Locator): Promise<{ fileName: string; body: Buffer }> {
    const [saved] = await Promise.all([on.waitForEvent('download'), trigger.click()]);
    return { fileName: saved.suggestedFilename(), body: await downloadedBytes(saved) };
  }

  it('the lead creates the workshop, the co-facilitator arrives by the link in the console, and four participants join', async () => {
    const url = run.url();
    const lead = await openPage('lead', newDesktopContext(run.browser()));
    await lead.goto(url);
    const form = lead.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill(workshop.title);
    await form.getByLabel('Area', { exact: true }).fill(workshop.area);
    await form.getByLabel('Facilitator name', { exact: true }).fill(workshop.facilitatorName);
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();
    const joinCode = (await lead.getByTestId('join-code').innerText()).trim();
    const coLink = await lead.getByLabel('Send this to your co-facilitator', { exact: true }).inputValue();

    const co = await openPage('co', newDesktopContext(run.browser()));
    await co.goto(coLink);
    await giveFacilitatorName(co, coFacilitator);
    await openConsoleView(co, 'Plan and review');
    await Promise.all(
      Object.entries(participants).map(async ([who, person]) => joinByForm(await openPage(who, newPhoneContext(run.browser())), url, joinCode, person, workshop.title)),
    );
  });

  it('session four opens the plan in both consoles and on every phone', async () => {
    await makeSessionCurrent(page('lead'), 'Session 4: Objectives and the action plan', 4);
    await openConsoleView(page('lead'), 'Plan and review');
    for (const who of ['lead', 'co']) await plan(who).getByRole('button', { name: 'Add objective', exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    for (const phone of phones()) await planRegion(phone).getByText('Draft of version 1').waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[PLAN1] [PLAN2] [PLAN3] both facilitators build the plan at the same time, and the room sees it live', async () => {
    const lead = plan('lead');
    const co = plan('co');
    // The co-facilitator's wait for the lead's second objective starts once the lead has added it: LIVE_WITHIN_MS is
    // how long a change may take to reach another browser, not how long the lead takes to type two objectives.
    let secondObjectiveAdded = () => {};
    const leadAddedSecondObjective = new Promise<void>((resolve) => (secondObjectiveAdded = resolve));
    const leadBuilds = async () => {
      await addObjective(lead, objective.resources);
      await addObjective(lead, objective.communication);
      secondObjectiveAdded();
      await lead.getByRole('button', { name: 'Edit the vision', exact: true }).click();
      await lead.getByRole('textbox', { name: 'Vision', exact: true }).fill('The council and the third sector treat partnership working as a long-term commitment, open and transparent.');
      await lead.getByRole('button', { name: 'Save the vision', exact: true }).click();
      await lead.getByRole('button', { name: 'Edit the principles', exact: true }).click();
      await lead.getByRole('textbox', { name: 'Key principles, one per line', exact: true }).fill('Openness and transparency\nListening to what each partner has to say');
      await lead.getByRole('button', { name: 'Save the principles', exact: true }).click();
      for (const action of [actions.audit, actions.volunteering]) await addAction(lead, objective.resources, action);
      for (const action of [actions.newsletter, actions.inclusion]) await addAction(lead, objective.communication, action);
    };
    const coBuilds = async () => {
      // The third objective goes after the lead's two, then its actions are written while the lead writes theirs.
      await leadAddedSecondObjective;
      await objectiveRegion(co, objective.communication).waitFor({ timeout: LIVE_WITHIN_MS });
      await addObjective(co, objective.governance);
      for (const action of [actions.factsheets, actions.training]) await addAction(co, objective.governance, action);
    };
    await Promise.all([leadBuilds(), coBuilds()]);

    for (const [who, region] of [['lead', lead], ['co', co], ...Object.keys(participants).map((p) => [p, plan(p)] as const)] as const) {
      for (const [i, text] of [objective.resources, objective.communication, objective.governance].entries()) {
        await region.getByRole('region', { name: new RegExp(`^Objective ${i + 1}\\s*${text}$`) }).waitFor({ timeout: LIVE_WITHIN_MS });
      }
      for (const action of Object.values(actions)) {
        const row = region.getByRole('row').filter({ hasText: action.text });
        await row.waitFor({ timeout: LIVE_WITHIN_MS });
        const cells = await row.innerText();
        for (const fact of actionFacts(action)) expect(cells, `${who} sees ${fact} in “${action.text}”`).toContain(fact);
      }
    }
    await plan('omar').getByText('Listening to what each partner has to say').waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[PLAN6] both facilitators reword the same objective: both texts are shown, and “Use mine” keeps the lead’s', async () => {
    const lead = plan('lead');
    const co = plan('co');
    for (const region of [lead, co]) await objectiveRegion(region, objective.communication).getByRole('button', { name: /^Reword “/ }).click();
    await lead.getByRole('textbox', { name: 'Objective', exact: true }).fill(reworded.byLead);
    await co.getByRole('textbox', { name: 'Objective', exact: true }).fill(reworded.byCo);
    await co.getByRole('button', { name: 'Save the objective', exact: true }).click();
    await co.getByRole('textbox', { name: 'Objective', exact: true }).waitFor({ state: 'detached' });
    await objectiveRegion(lead, reworded.byCo).waitFor({ timeout: LIVE_WITHIN_MS });

    await lead.getByRole('button', { name: 'Save the objective', exact: true }).click();
    const conflict = lead.getByRole('group', { name: 'Two versions of the wording', exact: true });
    await conflict.waitFor();
    expect(await conflict.getByRole('region', { name: 'Their version, saved now' }).innerText()).toContain(reworded.byCo);
    expect(await conflict.getByRole('region', { name: 'Your version' }).innerText()).toContain(reworded.byLead);
    await objectiveRegion(lead, reworded.byCo).screenshot({ path: `${ARTIFACTS_DIR}plan-conflict-1280.png` });
    await conflict.getByRole('button', { name: 'Use mine', exact: true }).click();
    await conflict.waitFor({ state: 'detached' });
    for (const region of [lead, co, plan('tanya')]) await objectiveRegion(region, reworded.byLead).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[PLAN9] a participant suggests a wording, and the facilitator accepts it', async () => {
    const tanyaPlan = plan('tanya');
    await tanyaPlan.getByRole('button', { name: /^Suggest a wording for the action “Inclusion of PIP/ }).click();
    await tanyaPlan.getByRole('textbox', { name: /^Your wording for “Inclusion of PIP/ }).fill(suggested);
    await tanyaPlan.getByRole('button', { name: 'Send to the facilitators', exact: true }).click();

    const lead = plan('lead');
    await lead.getByText('1 suggestion from the room is waiting for you.').waitFor({ timeout: LIVE_WITHIN_MS });
    await lead.getByText('Tanya Thwaite suggests this wording:').waitFor();
    await lead.getByRole('button', { name: /^Accept the suggestion from Tanya Thwaite: “Include the PIP/ }).click();
    for (const region of [lead, plan('co'), tanyaPlan]) await region.getByRole('row').filter({ hasText: suggested }).waitFor({ timeout: LIVE_WITHIN_MS });
    await tanyaPlan.getByRole('region', { name: 'Your suggestions' }).getByText('Accepted', { exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
    await lead.getByText('Nothing is missing').waitFor();
    await screenshotStep('built');
  });

  it('[SHARE2] before the first agreement a share link says the plan has not been agreed yet; the co-facilitator revokes it', async () => {
    const share = plan('co').getByRole('region', { name: 'Share the agreed plan' });
    await share.getByText('No version has been agreed yet: until one is, the link says so.').waitFor();
    await share.getByRole('button', { name: 'Make a link', exact: true }).click();
    const early = await share.getByRole('textbox', { name: 'The new link for sponsors', exact: true }).inputValue();

    const sponsor = await openPage('early-sponsor', newDesktopContext(run.browser()));
    await sponsor.goto(early);
    await sponsor.getByText('This plan has not been agreed yet.', { exact: false }).waitFor();
    expect(await sponsor.getByRole('row').count(), 'no draft is shown').toBe(0);
    expect(await sponsor.locator('body').innerText()).not.toContain(objective.resources);
    await sponsor.screenshot({ path: `${ARTIFACTS_DIR}plan-sponsor-not-agreed-1280.png`, fullPage: true });
    await expectNoAxeViolations(sponsor, "a sponsor's page before agreement");

    await share.getByRole('button', { name: /^Revoke the link made on / }).click();
    await share.getByRole('button', { name: 'Yes, revoke it', exact: true }).click();
    await share.getByRole('button', { name: /^Revoke the link made on / }).waitFor({ state: 'detached' });
    expect(await share.getByRole('list', { name: 'Links to the agreed plan' }).innerText()).toMatch(/Revoked on /);
  });

  it('[PLAN4] the plan is put to the room; each participant answers, and the facilitators see the concern with its comment', async () => {
    const lead = plan('lead');
    const record = lead.getByRole('button', { name: 'Record as agreed — version 1', exact: true });
    expect(await record.getAttribute('aria-disabled')).toBe('true');
    await lead.getByText('Put the plan to the room first.').waitFor();
    await lead.getByRole('button', { name: 'Put the plan to the room', exact: true }).click();

    const answers = Object.keys(participants).map(async (who) => {
      const respond = plan(who).getByRole('region', { name: 'Do you agree with this plan?' });
      await respond.waitFor({ timeout: LIVE_WITHIN_MS });
      if (who === 'omar') {
        await respond.getByRole('textbox', { name: 'Comment', exact: true }).fill(concern);
        await respond.getByRole('button', { name: 'I have a concern', exact: true }).click();
        await respond.getByText(`Your answer: I have a concern. Your comment: “${concern}”`).waitFor({ timeout: LIVE_WITHIN_MS });
      } else {
        await respond.getByRole('button', { name: 'I agree', exact: true }).click();
        await respond.getByText('Your answer: I agree.').waitFor({ timeout: LIVE_WITHIN_MS });
      }
    });
    await Promise.all(answers);

    for (const region of [lead, plan('co')]) {
      await region.getByText('4 of 4 participants have answered.').waitFor({ timeout: LIVE_WITHIN_MS });
      const concerns = region.getByRole('listitem').filter({ hasText: concern });
      expect(await concerns.innerText()).toContain('Omar Okafor');
    }
    // A participant sees their own answer, never another's.
    expect(await plan('chris').innerText()).not.toContain(concern);
    // Now it can be recorded, and since a concern is raised it asks first (PLAN10): no longer marked disabled.
    await expect.poll(() => record.getAttribute('aria-disabled'), { timeout: LIVE_WITHIN_MS }).toBeNull();
    await screenshotStep('consulting');
  });

  it('[PLAN7] [PLAN10] the facilitator records the plan as agreed over the concern, asked first: version 1, for everyone', async () => {
    await plan('lead').getByRole('button', { name: 'Record as agreed — version 1', exact: true }).click();
    // A concern is still raised: the console asks first, and the question lists it with its sector.
    const question = plan('lead').getByRole('group', { name: /^Concerns are still raised: / });
    expect(await question.innerText()).toContain(`Third sector: “${concern}”`);
    await expectNoAxeViolations(page('lead'), 'the console asking before agreement over a concern');
    await question.getByRole('button', { name: 'Record as agreed anyway', exact: true }).click();
    for (const who of ['lead', 'co', ...Object.keys(participants)]) await plan(who).getByText(/^Version 1 agreed on /).waitFor({ timeout: LIVE_WITHIN_MS });
    await plan('lead').getByRole('region', { name: 'Agreed versions' }).getByText('3 agreed, 1 with a concern.').waitFor();
    // Nothing to ask or record while the agreed plan is unchanged.
    await plan('lead').getByText(/^Version 1 is agreed and unchanged\. Any change to the plan starts the draft of version 2/).waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await plan('lead').getByRole('button', { name: 'Put the plan to the room', exact: true }).count()).toBe(0);
    await screenshotStep('agreed');
  });

  it('[EXP1] a participant downloads the Word and PDF files: every objective and action, both leads and the timescales', async () => {
    const tanyaPage = page('tanya');
    const word = await download(tanyaPage, plan('tanya').getByRole('link', { name: 'Download the action plan: Word document', exact: true }));
    const pdf = await download(tanyaPage, plan('tanya').getByRole('link', { name: 'Download the action plan: PDF', exact: true }));
    expect(word.fileName).toMatch(/-action-plan-v1\.docx$/);
    expect(pdf.fileName).toMatch(/-action-plan-v1\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');

    for (const [format, text] of [['docx', fold(await docxText(word.body))], ['pdf', fold(await pdfText(pdf.body))]] as const) {
      expect(text, format).toContain('Version 1, agreed on');
      expect(text, format).not.toContain('DRAFT');
      for (const wording of agreedObjectives) expect(text, `${format}: the objective “${wording}”`).toContain(wording);
      for (const action of agreedActions) for (const fact of actionFacts(action)) expect(text, `${format}: “${fact}” of “${action.text}”`).toContain(fact);
    }

    const pdfPath = `${ARTIFACTS_DIR}plan-e2e.pdf`;
    await writeFile(pdfPath, pdf.body);
    // The first page as a picture to look at, where poppler's pdftoppm is installed (it is not needed for the checks above).
    // -singlefile: the PNG is named exactly, whatever the page count's digits.
    await execFileAsync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath, `${ARTIFACTS_DIR}plan-e2e-pdf-1`]).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      },
    );
  });

  it('[SHARE1] [SHARE2] the facilitator makes a share link; a sponsor opens version 1 read-only and downloads the PDF', async () => {
    const share = plan('lead').getByRole('region', { name: 'Share the agreed plan' });
    await share.getByRole('button', { name: 'Make a link', exact: true }).click();
    const linkField = share.getByRole('textbox', { name: 'The new link for sponsors', exact: true });
    shareUrl = await linkField.inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${run.url()}/shared#token=[\\w-]{40,}$`));
    // Listed with the co-facilitator's revoked link, which this console had not seen before.
    const listed = share.getByRole('list', { name: 'Links to the agreed plan' }).getByRole('listitem');
    await expect.poll(() => listed.allInnerTexts()).toEqual([expect.stringContaining('Live'), expect.stringContaining('Revoked on ')]);
    await share.screenshot({ path: `${ARTIFACTS_DIR}plan-share-1280.png` });

    const sponsor = await openPage('sponsor', newDesktopContext(run.browser()));
    await sponsor.goto(shareUrl);
    await sponsor.getByRole('heading', { level: 1, name: workshop.title }).waitFor();
    // The token leaves the address bar at once, and is kept in the tab for a reload.
    expect(sponsor.url()).toBe(`${run.url()}/shared`);
    expect(await sponsor.evaluate(() => Object.values(sessionStorage))).toContain(new URL(shareUrl).hash.slice('#token='.length));
    await sponsor.getByText(/^Version 1, agreed on /).waitFor();
    for (const [i, wording] of agreedObjectives.entries()) {
      const region = sponsor.getByRole('region', { name: new RegExp(`^Objective ${i + 1}\\s*`) });
      expect(await region.innerText()).toContain(wording);
    }
    for (const action of agreedActions) {
      const cells = await sponsor.getByRole('row').filter({ hasText: action.text }).innerText();
      for (const fact of actionFacts(action)) expect(cells, `the sponsor sees ${fact} in “${action.text}”`).toContain(fact);
    }
    // Nothing else of the workshop: no facilitator, no answers, no suggestions, nothing to edit.
    const everything = await sponsor.locator('body').innerText();
    for (const absent of [workshop.facilitatorName, concern, 'Suggest a wording', 'Edit']) expect(everything).not.toContain(absent);
    await sponsor.screenshot({ path: `${ARTIFACTS_DIR}plan-sponsor-1280.png`, fullPage: true });
    await expectNoAxeViolations(sponsor, "a sponsor's page");

    const file = await download(sponsor, sponsor.getByRole('button', { name: 'Download the action plan: PDF', exact: true }));
    expect(file.fileName).toMatch(/-action-plan-v1\.pdf$/);
    const text = fold(await pdfText(file.body));
    expect(text).toContain('Version 1, agreed on');
    for (const wording of agreedObjectives) expect(text).toContain(wording);

    const onPhone = await openPage('sponsor-phone', newPhoneContext(run.browser()));
    await onPhone.goto(shareUrl);
    await onPhone.getByText(/^Version 1, agreed on /).waitFor();
    await expectFitsPhoneWidth(onPhone, "The sponsor's page");
    await onPhone.screenshot({ path: `${ARTIFACTS_DIR}plan-sponsor-360.png`, fullPage: true });
    await expectNoAxeViolations(onPhone, "a sponsor's page");
  });

  it('[SHARE1] the facilitator revokes the link, and the sponsor’s reload shows it no longer works', async () => {
    const share = plan('lead').getByRole('region', { name: 'Share the agreed plan' });
    await share.getByRole('button', { name: /^Revoke the link made on / }).click();
    await share.getByRole('group', { name: /^Revoke this link\?/ }).getByRole('button', { name: 'Yes, revoke it', exact: true }).click();
    await share.getByRole('button', { name: /^Revoke the link made on / }).waitFor({ state: 'detached' });
    const listed = share.getByRole('list', { name: 'Links to the agreed plan' }).getByRole('listitem');
    expect(await listed.allInnerTexts()).toEqual([expect.stringContaining('Revoked on '), expect.stringContaining('Revoked on ')]);

    const sponsor = page('sponsor');
    await sponsor.reload();
    await sponsor.getByRole('alert').filter({ hasText: 'This link to the action plan does not work any more' }).waitFor();
    expect(await sponsor.getByRole('row').count()).toBe(0);
    await sponsor.screenshot({ path: `${ARTIFACTS_DIR}plan-sponsor-revoked-1280.png`, fullPage: true });
    await expectNoAxeViolations(sponsor, "a sponsor's page, the link revoked");
  });

  it('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
