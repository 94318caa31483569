import { afterAll, describe, expect, it } from 'vitest';
import { WorkshopClient } from '../../server/src/testing/workshopClient';
import { joinTestWorkshop } from '../../server/src/testing/restClient';
import { expectNoAxeViolations } from './axe';
import { newPhoneContext } from './browser';
import { horizontalOverflow } from './horizontalOverflow';
import { ARTIFACTS_DIR, need, testRun } from './testRun';
import { CLUSTERED_CARDS, memberIdOf, scribeCards, seedWorkshop, sendOrThrow, type SeededWorkshop } from './wallSeed';

/** Longest a live change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;
/** Three groups of two cards each, and one card left outside every group. */
const GROUPS = CLUSTERED_CARDS.slice(0, 3).map((g) => ({ name: g.cluster, cards: g.cards.slice(0, 2) }));
const LOOSE = CLUSTERED_CARDS[4]!.cards[0]!;
const [MONEY, PEOPLE, COMMUNICATION] = GROUPS.map((g) => g.name) as [string, string, string];

/**
 * [VOTE5][VOTE7][VOTE8] One level of voting, on a 360-px phone: a board with clusters offers dots on its groups and
 * on the card outside every group, never on a card inside a group; the results list the same items.
 */
describe('one level of voting on a phone', () => {
  const run = testRun({ screenshots: 'failed-vote-level-' });
  const { openPage, pageErrors } = run;
  let seeded: SeededWorkshop | undefined;
  let other: WorkshopClient | undefined;
  const clusterIds = new Map<string, string>();
  afterAll(() => {
    other?.close();
    seeded?.close();
  });

  it('[VOTE5][VOTE7] the phone says the board votes on the clusters and offers dots on the clusters and the loose card only', async () => {
    seeded = await seedWorkshop(run.url(), 'group');
    for (const group of GROUPS) {
      const { clusterId } = await sendOrThrow(seeded.lead, 'cluster:add', { boardId: seeded.boardId, name: group.name });
      clusterIds.set(group.name, clusterId);
      for (const cardId of await scribeCards(seeded, group.cards)) await sendOrThrow(seeded.lead, 'card:move', { cardId, clusterId });
    }
    await scribeCards(seeded, [LOOSE]);
    const joined = await joinTestWorkshop(run.url(), seeded.created.joinCode, 'Priya Phone', 'third_sector', 'Darlington CVS');
    const phone = await openPage('participant', newPhoneContext(run.browser()));
    await phone.goto(joined.participantUrl.replace(/^https?:\/\/[^/]+/, run.url()));
    await sendOrThrow(seeded.lead, 'board:setPhase', { boardId: seeded.boardId, from: 'group', to: 'vote' });

    const vote = phone.getByRole('region', { name: 'Vote on the clusters', exact: true });
    await vote.waitFor({ timeout: LIVE_WITHIN_MS });
    await vote.getByText('Each cluster of cards is one item, and so is a card outside every cluster.', { exact: false }).waitFor();
    const offered = (await vote.getByRole('button', { name: /^Add a dot to “/ }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).map((label) =>
      label!.slice('Add a dot to “'.length, -1),
    );
    expect(offered, 'the items offered, in order').toEqual([MONEY, PEOPLE, COMMUNICATION, LOOSE.text]);
    // A group's cards are there to read, with no dots of their own.
    const money = vote.getByRole('list', { name: `Cards in “${MONEY}”`, exact: true });
    expect(await money.getByRole('listitem').allInnerTexts()).toEqual(GROUPS[0]!.cards.map((c) => c.text));
    for (const card of GROUPS.flatMap((g) => g.cards)) expect(await vote.getByRole('button', { name: `Add a dot to “${card.text}”` }).count(), card.text).toBe(0);

    const overflow = await horizontalOverflow(phone);
    expect(overflow.scrollWidth, `nothing sticks out at 360 px: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.viewportWidth);
    await expectNoAxeViolations(phone, 'a participant voting on groups');
  });

  it('[VOTE1][VOTE7] the participant spends dots on a group and on the loose card', async () => {
    const phone = run.page('participant');
    const vote = phone.getByRole('region', { name: 'Vote on the clusters', exact: true });
    const dotsLeft = phone.getByTestId('dots-left');
    for (const [item, left] of [
      [MONEY, 2],
      [MONEY, 1],
      [LOOSE.text, 0],
    ] as const) {
      await vote.getByRole('button', { name: `Add a dot to “${item}”`, exact: true }).click();
      await expect.poll(() => dotsLeft.innerText(), { timeout: LIVE_WITHIN_MS }).toBe(`${left} of 3 dots left`);
    }
    await phone.screenshot({ path: `${ARTIFACTS_DIR}vote-level-phone-vote.png`, fullPage: true });
    await vote.screenshot({ path: `${ARTIFACTS_DIR}vote-level-phone-vote-panel.png` });
  });

  it('[VOTE5] a second participant, through the API, cannot put a dot on a card inside a group', async () => {
    const s = need(seeded, 'The seeded workshop');
    const joined = await joinTestWorkshop(run.url(), s.created.joinCode, 'Colin Council', 'local_authority', 'Darlington Borough Council');
    other = new WorkshopClient(run.url(), s.created.workshopId, await memberIdOf(run.url(), s.created.workshopId, joined.token), joined.token, { presence: false });
    await other.whenSynced();
    await other.whenConnected();
    const inside = Object.values(other.state().cards).find((c) => c.text === GROUPS[1]!.cards[0]!.text)!;
    const refused = await other.send('vote:cast', { boardId: s.boardId, itemId: inside.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringContaining(`in the cluster "${PEOPLE}"`) } });
    for (const group of [PEOPLE, COMMUNICATION, MONEY]) await sendOrThrow(other, 'vote:cast', { boardId: s.boardId, itemId: clusterIds.get(group)! });
  });

  it('[VOTE8][RES1] the results list the same items the phone offered, most dots first, and no card inside a group', async () => {
    const s = need(seeded, 'The seeded workshop');
    await sendOrThrow(s.lead, 'board:setPhase', { boardId: s.boardId, from: 'vote', to: 'results' });
    const phone = run.page('participant');
    const results = phone.getByTestId('results');
    const rows = results.getByRole('list', { name: /^Dots placed on “/ }).locator(':scope > li');
    await expect.poll(() => rows.count(), { timeout: LIVE_WITHIN_MS }).toBe(4);
    const texts = (await rows.locator('.results__text').allInnerTexts()).map((t) => t.trim());
    // Money 3; the rest 1 each, ties by wording.
    expect(texts).toEqual([MONEY, ...[COMMUNICATION, PEOPLE, LOOSE.text].sort((a, b) => a.localeCompare(b))]);
    expect(await results.getByText('3 dots', { exact: true }).count()).toBe(1);
    for (const card of GROUPS.flatMap((g) => g.cards)) expect(texts, 'no card inside a group is an item').not.toContain(card.text);
    await phone.screenshot({ path: `${ARTIFACTS_DIR}vote-level-phone-results.png`, fullPage: true });
    await results.screenshot({ path: `${ARTIFACTS_DIR}vote-level-phone-results-list.png` });
    const overflow = await horizontalOverflow(phone);
    expect(overflow.scrollWidth, `nothing sticks out at 360 px: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.viewportWidth);
    await expectNoAxeViolations(phone, 'a participant seeing the results of a vote on groups');
  });

  it('no page threw an uncaught error or shows a refused change', async () => {
    expect(pageErrors).toEqual([]);
    expect(await run.page('participant').getByRole('alert', { name: 'Changes that were not made' }).innerText()).toBe('');
  });
});
