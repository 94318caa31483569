import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext } from './browser';
import { tabTo, tabUntilFocused } from './keyboardFocus';
import { need, testRun } from './testRun';
import { seedWorkshop, sendOrThrow, WALL_BOARD_TITLE, WALL_WORKSHOP, type SeededWorkshop } from './wallSeed';

/** Longest a live change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;
/** Tab stops allowed on the way to a control deep in a page (the console's first card is far down it). */
const MAX_TABS = 150;
const CARD = 'Shared training for council and charity staff';
const CLUSTER = 'Skills and training';

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** Presses Tab, only Tab, until `target` has focus, as a keyboard user working down a long page does. */
async function tabAlongTo(page: Page, target: Locator, what: string): Promise<void> {
  for (let tabs = 0; tabs < MAX_TABS; tabs += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} was not reached within ${MAX_TABS} presses of Tab.`);
}

/**
 * [A11Y5] A whole board by keyboard alone, no mouse and no touch: a participant joins, adds a card, spends a dot and
 * answers the survey; the facilitator moves the card into a cluster with the list view's move control. The steps a
 * facilitator takes elsewhere (the board's phases, making the cluster, opening the survey) go through the server's
 * own API, as the console sends them.
 */
describe('a whole board by keyboard alone', () => {
  const run = testRun({ screenshots: 'failed-keyboard-' });
  const { page, pageErrors, openPage } = run;
  let seeded: SeededWorkshop | undefined;
  afterAll(() => seeded?.close());

  it('[A11Y5] a participant joins and adds a card with the keyboard alone', async () => {
    seeded = await seedWorkshop(run.url(), 'contribute');
    const phone = await openPage('participant', newPhoneContext(run.browser()));
    await phone.goto(run.url());
    const form = phone.getByRole('form', { name: 'Join a workshop' });
    await form.waitFor();
    await tabUntilFocused(phone, form.getByLabel('Join code', { exact: true }), 'The Join code field');
    await phone.keyboard.type(seeded.created.joinCode);
    await tabTo(phone, form.getByLabel('Your name', { exact: true }), 'the "Your name" field');
    await phone.keyboard.type('Kim Keyboard');
    await tabTo(phone, form.getByLabel('Organisation', { exact: true }), 'the "Organisation" field');
    await phone.keyboard.type('Darlington CVS');
    await phone.keyboard.press('Tab');
    // The sectors are one radio group: arrow keys choose within it.
    await phone.keyboard.press('ArrowDown');
    expect(await form.getByRole('radio', { checked: true }).count(), 'a sector chosen with the arrow keys').toBe(1);
    await tabTo(phone, form.getByRole('button', { name: 'Join', exact: true }), 'the Join button');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 1, name: WALL_WORKSHOP.title }).waitFor();
    await phone.getByRole('heading', { level: 2, name: WALL_BOARD_TITLE }).waitFor({ timeout: LIVE_WITHIN_MS });

    await tabAlongTo(phone, phone.getByLabel('Your card', { exact: true }), 'The "Your card" field');
    await phone.keyboard.type(CARD);
    await tabTo(phone, phone.getByRole('button', { name: 'Add card', exact: true }), 'the Add card button');
    await phone.keyboard.press('Enter');
    await phone.getByTestId('card').filter({ hasText: CARD }).first().waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[A11Y5] the facilitator moves the card into a cluster with the keyboard alone', async () => {
    const s = need(seeded, 'The seeded workshop');
    await sendOrThrow(s.lead, 'board:setPhase', { boardId: s.boardId, from: 'contribute', to: 'reveal' });
    await sendOrThrow(s.lead, 'board:setPhase', { boardId: s.boardId, from: 'reveal', to: 'group' });
    await sendOrThrow(s.lead, 'cluster:add', { boardId: s.boardId, name: CLUSTER });

    const console_ = await openPage('facilitator', newDesktopContext(run.browser()));
    await console_.goto(s.created.facilitatorUrl);
    const card = console_.getByTestId('card').filter({ hasText: CARD });
    const moveOrMerge = card.getByRole('button', { name: `Move or merge “${CARD}”`, exact: true });
    await moveOrMerge.waitFor({ timeout: LIVE_WITHIN_MS });
    await tabAlongTo(console_, moveOrMerge, `“Move or merge” on the card`);
    await console_.keyboard.press('Enter');
    const moveTo = card.getByLabel(`Move “${CARD}” to`, { exact: true });
    await tabTo(console_, moveTo, '“Move to”');
    for (let i = 0; i < 5 && (await moveTo.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)) !== CLUSTER; i += 1) await console_.keyboard.press('ArrowDown');
    expect(await moveTo.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent), 'the cluster chosen with the arrow keys').toBe(CLUSTER);
    await console_.keyboard.press('Tab');
    await console_.keyboard.press('Enter');
    await console_.getByTestId('cluster').filter({ hasText: CLUSTER }).getByTestId('card').filter({ hasText: CARD }).waitFor({ timeout: LIVE_WITHIN_MS });
    await page('participant').getByTestId('cluster').filter({ hasText: CLUSTER }).getByTestId('card').filter({ hasText: CARD }).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[A11Y5] the participant spends a dot with the keyboard alone', async () => {
    const s = need(seeded, 'The seeded workshop');
    await sendOrThrow(s.lead, 'board:setPhase', { boardId: s.boardId, from: 'group', to: 'vote' });
    const phone = page('participant');
    const dotsLeft = phone.getByTestId('dots-left');
    await dotsLeft.waitFor({ timeout: LIVE_WITHIN_MS });
    const before = await dotsLeft.innerText();
    const addDot = phone.getByRole('button', { name: /^Add a dot to “/ }).first();
    await tabAlongTo(phone, addDot, 'The first "Add a dot" button');
    await phone.keyboard.press('Enter');
    await expect.poll(() => dotsLeft.innerText(), { timeout: LIVE_WITHIN_MS, message: 'one dot fewer left' }).not.toBe(before);
    await expectNoAxeViolations(phone, 'a participant voting by keyboard');
  });

  it('[A11Y5] the participant answers the survey with the keyboard alone', async () => {
    const s = need(seeded, 'The seeded workshop');
    await sendOrThrow(s.lead, 'survey:open', {});
    const phone = page('participant');
    const survey = phone.getByRole('region', { name: 'Feedback survey', exact: true });
    const firstChoice = survey.getByRole('radio').first();
    await firstChoice.waitFor({ timeout: LIVE_WITHIN_MS });
    await tabAlongTo(phone, firstChoice, 'The first question of the survey');
    // Arrow keys move within a question's radio group and check the answer they land on.
    await phone.keyboard.press('ArrowDown');
    expect(await survey.getByRole('radio', { checked: true }).count(), 'one answer chosen with the arrow keys').toBeGreaterThanOrEqual(1);
    await tabAlongTo(phone, survey.getByRole('button', { name: 'Send my answers', exact: true }), 'The "Send my answers" button');
    await phone.keyboard.press('Enter');
    await survey.getByText('Thank you — you have answered.', { exact: true }).waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('no page threw an uncaught error', () => {
    expect(pageErrors).toEqual([]);
  });
});
