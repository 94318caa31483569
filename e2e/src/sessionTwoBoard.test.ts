import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkAnonymousBoard } from './anonymityCheck';
import { makeSessionCurrent } from './consoleViews';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext, PHONE_VIEWPORT } from './browser';
import { dragWithWheel } from './dragWithWheel';
import { horizontalOverflow } from './horizontalOverflow';
import { recordReceivedFrames, type FrameRecorder } from './receivedFrames';
import type { ServerProcess } from './serverProcess';
import { connectSharedBrowser, sharedServer } from './sharedRun';

/** Screenshots for people to look at (not compared by the test). */
const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url));
/** Longest a live change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;

const BOARD = 'Benefits of partnership working';
const COUNCIL = 'Local council';
const THIRD_SECTOR = 'Third sector – voluntary & community';

/** Two council and two third-sector participants, each with the cards they write on the benefits board. */
const PARTICIPANTS = [
  { key: 'chris', name: 'Chris Calder', organisation: 'Darlington Borough Council', sector: COUNCIL, cards: ['Pooling budgets stretches every pound further', 'Shared training for council and charity staff'] },
  { key: 'carol', name: 'Carol Crane', organisation: 'Darlington Borough Council', sector: COUNCIL, cards: ['Clear terms of reference for joint meetings', 'Decisions made closer to local people', 'Access to extra funding and premises'] },
  { key: 'tanya', name: 'Tanya Thwaite', organisation: 'Darlington CVS', sector: THIRD_SECTOR, cards: ['Volunteers reach people the council cannot', 'Joint training for staff in both sectors'] },
  { key: 'theo', name: 'Theo Tait', organisation: 'Age UK Darlington', sector: THIRD_SECTOR, cards: ['Room to try new ideas and take risks', 'Small charities heard by council leaders'] },
] as const;
type ParticipantKey = (typeof PARTICIPANTS)[number]['key'];
const ALL_CARDS = PARTICIPANTS.flatMap((p) => p.cards);
const [POOLING, SHARED_TRAINING] = PARTICIPANTS[0].cards;
const [TERMS, DECISIONS, FUNDING] = PARTICIPANTS[1].cards;
const [VOLUNTEERS, JOINT_TRAINING] = PARTICIPANTS[2].cards;
const [ROOM_TO_TRY] = PARTICIPANTS[3].cards;
/** Clusters named for the challenges PIP areas reported: organisation, people (and power). */
const ORGANISATION = 'Organisation';
const PEOPLE = 'People';
const PEOPLE_AGREED = 'People who trust each other across sectors';

interface Person {
  name: string;
  page: Page;
  frames: FrameRecorder;
  memberId: string;
  typed: string[];
}

describe('a session-two board, from first card to the partnership profile, with one facilitator and four participants', () => {
  let server: ServerProcess;
  let browser: Browser;
  const pageErrors: string[] = [];
  const people = new Map<ParticipantKey | 'facilitator', Person>();
  let joinCode = '';
  let workshopId = '';
  /** Only the first failure's screenshots are kept: later steps fail because of it and would overwrite them. */
  let failedOnce = false;

  const facilitator = () => people.get('facilitator')!.page;
  const participant = (key: ParticipantKey) => people.get(key)!.page;
  const participantPages = () => PARTICIPANTS.map((p) => participant(p.key));

  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    server = sharedServer();
    browser = await connectSharedBrowser();
  });

  afterAll(async () => {
    await Promise.allSettled([browser?.close()]);
    await server?.stop();
  });

  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      if (failedOnce) return;
      failedOnce = true;
      for (const [who, { page }] of people) await page.screenshot({ path: `${ARTIFACTS_DIR}failed-board-${who}.png`, fullPage: true }).catch(() => undefined);
      // What each page was told over Socket.io (acks, personal views), to see why a page shows what it shows.
      const told = [...people].map(([who, { frames }]) => ({ who, socketIo: frames.frames.filter((f) => f.channel === 'socket.io').map((f) => f.payload) }));
      await writeFile(`${ARTIFACTS_DIR}failed-board-socketio.json`, JSON.stringify(told, null, 1)).catch(() => undefined);
      console.error(`Screenshots and Socket.io messages: ${ARTIFACTS_DIR}failed-board-*\nPage errors: ${pageErrors.join('\n') || 'none'}\nServer output:\n${server?.output() || '(none)'}`);
    });
  });

  /** A page whose every received frame is recorded from before its first navigation. */
  async function openPage(who: string, context: Promise<BrowserContext>): Promise<{ page: Page; frames: FrameRecorder }> {
    const page = await (await context).newPage();
    page.on('pageerror', (error) => pageErrors.push(`${who}: ${error.message}`));
    return { page, frames: recordReceivedFrames(page) };
  }

  /** Who this browser is in the workshop, as the app's own REST endpoint tells it. */
  async function memberIdOf(page: Page): Promise<string> {
    const me = await page.evaluate(async (id) => (await fetch(`/api/workshops/${id}/me`)).json(), workshopId);
    expect(me, 'GET /me').toMatchObject({ workshopId, memberId: expect.any(String) });
    return (me as { memberId: string }).memberId;
  }

  const phaseOf = (page: Page) => page.getByTestId('board-phase').first();
  const cardsOn = (page: Page) => page.getByTestId('card');
  const cardCounts = (page: Page) => page.getByTestId('card-counts').first();
  const cluster = (page: Page, name: string) => page.getByTestId('cluster').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const card = (scope: Page | Locator, text: string) => scope.getByTestId('card').filter({ hasText: text });

  async function expectPhase(page: Page, phase: string): Promise<void> {
    await expect.poll(() => phaseOf(page).innerText(), { timeout: LIVE_WITHIN_MS }).toBe(phase);
  }

  async function nextPhase(to: string): Promise<void> {
    await facilitator().getByRole('button', { name: `Next: ${to}`, exact: true }).click();
    await Promise.all([facilitator(), ...participantPages()].map((page) => expectPhase(page, to)));
  }

  async function expectFitsPhoneWidth(page: Page, where: string): Promise<void> {
    const overflow = await horizontalOverflow(page);
    expect(overflow.viewportWidth, 'the phone viewport').toBe(PHONE_VIEWPORT.width);
    expect(overflow.scrollWidth, `${where} scrolls sideways at ${PHONE_VIEWPORT.width} px; sticking out: ${overflow.culprits.join('; ') || 'nothing found'}`).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  }

  /** board-<phase>-360.png (a participant's phone) and board-<phase>-1280.png (the console); no phone scrolls sideways. */
  async function screenshotPhase(phase: string, phone: ParticipantKey = 'chris'): Promise<void> {
    for (const p of PARTICIPANTS) await expectFitsPhoneWidth(participant(p.key), `${p.name}'s phone at ${phase}`);
    await participant(phone).screenshot({ path: `${ARTIFACTS_DIR}board-${phase}-360.png`, fullPage: true });
    await facilitator().screenshot({ path: `${ARTIFACTS_DIR}board-${phase}-1280.png`, fullPage: true });
    await expectNoAxeViolations(participant(phone), `a participant's board at ${phase}`);
    await expectNoAxeViolations(facilitator(), `the console at ${phase}`);
  }

  it('the facilitator creates the workshop and makes session 2 current; four participants join with the code', async () => {
    const { page, frames } = await openPage('facilitator', newDesktopContext(browser));
    await page.goto(server.url);
    const form = page.getByRole('form', { name: 'Run a workshop' });
    await form.getByLabel('Workshop title', { exact: true }).fill('Darlington PIP 2026');
    await form.getByLabel('Area', { exact: true }).fill('Darlington');
    await form.getByLabel('Facilitator name', { exact: true }).fill('Fiona Fairweather');
    await form.getByRole('button', { name: 'Create workshop', exact: true }).click();
    joinCode = (await page.getByTestId('join-code').innerText()).trim();
    // /w/<id>/people: a new workshop opens on its People and links (LIVE2).
    workshopId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    people.set('facilitator', { name: 'Fiona (facilitator)', page, frames, memberId: await memberIdOf(page), typed: [] });

    await Promise.all(
      PARTICIPANTS.map(async (p) => {
        const { page, frames } = await openPage(p.key, newPhoneContext(browser));
        await page.goto(server.url);
        const join = page.getByRole('form', { name: 'Join a workshop' });
        await join.getByLabel('Join code', { exact: true }).fill(joinCode);
        await join.getByLabel('Your name', { exact: true }).fill(p.name);
        await join.getByLabel('Organisation', { exact: true }).fill(p.organisation);
        await join.getByRole('radio', { name: p.sector, exact: true }).check();
        await join.getByRole('button', { name: 'Join', exact: true }).click();
        await page.getByRole('heading', { level: 1, name: 'Darlington PIP 2026' }).waitFor();
        people.set(p.key, { name: p.name, page, frames, memberId: await memberIdOf(page), typed: [] });
      }),
    );

    await makeSessionCurrent(page, 'Session 2: Benefits and difficult aspects', 2);
    for (const phone of participantPages()) await phone.getByText('Session 2: Benefits and difficult aspects').waitFor({ timeout: LIVE_WITHIN_MS });
  });

  it('[SET1][CTL3][A11Y1] the facilitator opens the benefits board, private and anonymous, sets 4 dots (at most 2 on one item) and 3 to agree, and brings everyone to it', async () => {
    const page = facilitator();
    const live = page.getByRole('region', { name: 'Live boards: session 2' });
    // [A11Y1] Each board's "Open the wall" link is a target of at least 24 × 24 px.
    const wallLink = live.getByRole('link', { name: `Open the wall for ${BOARD}`, exact: true });
    const box = (await wallLink.boundingBox()) ?? { width: 0, height: 0 };
    expect({ width: box.width >= 24, height: box.height >= 24 }, `"Open the wall" is ${Math.round(box.width)} × ${Math.round(box.height)} px`).toEqual({ width: true, height: true });
    await live.getByRole('button', { name: new RegExp(`^${BOARD}`) }).click();
    const settings = page.getByRole('form', { name: 'Settings' });
    expect(await settings.getByRole('radio', { name: /^Private:/ }).isChecked(), 'private contributing by default').toBe(true);
    expect(await settings.getByRole('checkbox', { name: /^Anonymous:/ }).isChecked(), 'anonymous by default').toBe(true);
    await settings.getByLabel('Dots per person', { exact: true }).fill('4');
    await settings.getByLabel('Most dots one person can put on one item', { exact: true }).fill('2');
    await settings.getByLabel('Items to agree', { exact: true }).fill('3');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('Settings saved.').waitFor({ timeout: LIVE_WITHIN_MS });

    await page.getByRole('button', { name: 'Bring everyone here', exact: true }).click();
    await page.getByText('Everyone’s screen is following this board.').waitFor({ timeout: LIVE_WITHIN_MS });
    for (const phone of participantPages()) await phone.getByRole('heading', { level: 2, name: BOARD }).waitFor({ timeout: LIVE_WITHIN_MS });
    await nextPhase('Contribute');
  });

  it('[CARD2][LIVE1] at contribute each participant sees only their own drafts and everyone the live counts by sector; the facilitator sees no card text', async () => {
    await Promise.all(
      PARTICIPANTS.map(async (p) => {
        const person = people.get(p.key)!;
        const mine = person.page.getByRole('region', { name: 'Your cards' });
        for (const text of p.cards) {
          await person.page.getByLabel('Your card', { exact: true }).fill(text);
          await person.page.getByRole('button', { name: 'Add card', exact: true }).click();
          await card(mine, text).waitFor({ timeout: LIVE_WITHIN_MS });
          person.typed.push(text);
        }
      }),
    );
    const expectedCounts = (page: Page) => expect.poll(() => cardCounts(page).innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(/9 cards so far\s+Council\s+5\s+Third sector\s+4/);
    for (const p of PARTICIPANTS) {
      const page = participant(p.key);
      const mine = page.getByRole('region', { name: 'Your cards' });
      await mine.getByText('Only you can see these until reveal.').waitFor();
      expect(await mine.getByTestId('card').allInnerTexts(), `${p.name}'s drafts`).toEqual(p.cards.map((text) => expect.stringContaining(text)));
      await expectedCounts(page);
      const everything = await page.locator('body').innerText();
      for (const text of ALL_CARDS.filter((t) => !(p.cards as readonly string[]).includes(t))) expect(everything, `${p.name} must not see “${text}”`).not.toContain(text);
    }
    await expectedCounts(facilitator());
    const consoleText = await facilitator().locator('body').innerText();
    for (const text of ALL_CARDS) expect(consoleText, `the facilitator must not see “${text}” before reveal`).not.toContain(text);
    await screenshotPhase('contribute');
  });

  it('[PH3][CARD1] at reveal every participant sees every card, with its sector and no name', async () => {
    await nextPhase('Reveal');
    for (const page of [...participantPages(), facilitator()]) {
      await expect.poll(() => cardsOn(page).count(), { timeout: LIVE_WITHIN_MS }).toBe(ALL_CARDS.length);
      const shown = await cardsOn(page).allInnerTexts();
      for (const p of PARTICIPANTS) {
        for (const text of p.cards) expect(shown.find((s) => s.includes(text)), `“${text}” on every screen, with its sector`).toContain(p.sector === COUNCIL ? 'Council' : 'Third sector');
        expect(shown.filter((s) => s.includes(p.name)), `${p.name}'s name on no card`).toEqual([]);
      }
    }
    await screenshotPhase('reveal');
  });

  it('[GRP1][GRP3] the facilitator makes two clusters, moves cards by dragging and by keyboard alone, and merges a duplicate', async () => {
    await nextPhase('Group');
    const page = facilitator();
    for (const name of [ORGANISATION, PEOPLE]) {
      await page.getByLabel('Name of a new cluster', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Make cluster', exact: true }).click();
      await cluster(page, name).waitFor({ timeout: LIVE_WITHIN_MS });
    }

    // By drag and drop, with the mouse, scrolling with the wheel on the way when the cluster is out of sight.
    for (const [text, into] of [
      [SHARED_TRAINING, PEOPLE],
      [POOLING, ORGANISATION],
    ] as const) {
      await dragWithWheel(page, card(page, text), cluster(page, into));
      await card(cluster(page, into), text).waitFor({ timeout: LIVE_WITHIN_MS });
    }

    // By keyboard alone: focus the card's "Move or merge…", open it, pick the column with the arrow keys, press Move.
    const volunteers = card(page, VOLUNTEERS);
    await volunteers.getByRole('button', { name: `Move or merge “${VOLUNTEERS}”`, exact: true }).focus();
    await page.keyboard.press('Enter');
    const moveTo = volunteers.getByLabel(`Move “${VOLUNTEERS}” to`, { exact: true });
    await page.keyboard.press('Tab');
    expect(await moveTo.evaluate((el) => el === document.activeElement), 'Tab reaches “Move to”').toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await moveTo.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent), 'ArrowDown chooses the next column').toBe(PEOPLE);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await card(cluster(page, PEOPLE), VOLUNTEERS).waitFor({ timeout: LIVE_WITHIN_MS });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="card"]')?.querySelector('.board-card__text')?.textContent), { message: 'focus follows the moved card' })
      .toBe(VOLUNTEERS);

    // With the card's own controls and the mouse.
    for (const text of [TERMS, FUNDING]) {
      const moving = card(page, text);
      await moving.getByRole('button', { name: `Move or merge “${text}”`, exact: true }).click();
      await moving.getByLabel(`Move “${text}” to`, { exact: true }).selectOption({ label: ORGANISATION });
      await moving.getByRole('button', { name: 'Move', exact: true }).click();
      await card(cluster(page, ORGANISATION), text).waitFor({ timeout: LIVE_WITHIN_MS });
    }

    const duplicate = card(page, JOINT_TRAINING);
    await duplicate.getByRole('button', { name: `Move or merge “${JOINT_TRAINING}”`, exact: true }).click();
    await duplicate.getByLabel(`Merge “${JOINT_TRAINING}” into`, { exact: true }).selectOption({ label: SHARED_TRAINING });
    await duplicate.getByRole('button', { name: 'Merge', exact: true }).click();

    for (const phone of participantPages()) {
      await expect.poll(() => cardsOn(phone).count(), { timeout: LIVE_WITHIN_MS }).toBe(ALL_CARDS.length - 1);
      const merged = card(cluster(phone, PEOPLE), SHARED_TRAINING);
      await expect.poll(() => merged.innerText(), { timeout: LIVE_WITHIN_MS }).toMatch(new RegExp(`Merged with:\\s+${JOINT_TRAINING}[\\s\\S]*Council[\\s\\S]*Third sector`));
      expect(await cluster(phone, ORGANISATION).getByTestId('card').count(), 'Organisation on a phone').toBe(3);
      expect(await cluster(phone, PEOPLE).getByTestId('card').count(), 'People on a phone').toBe(2);
    }
    await screenshotPhase('group');
  });

  it('[VOTE1][VOTE2][VOTE4][A11Y2] participants spend their dots, up to 2 on one item, and one takes a dot back; the facilitator sees only how many are unspent', async () => {
    await nextPhase('Vote');
    // [A11Y2] The step is a live region on the phone, so a screen reader says that voting has opened and how.
    const announced = participant('chris').getByRole('status').filter({ has: participant('chris').getByTestId('board-phase') });
    expect(await announced.innerText(), 'the live region with the step').toMatch(/^Step:?\s*Vote\b[\s\S]*dot/i);
    const dotsLeft = (key: ParticipantKey) => participant(key).getByTestId('dots-left');
    const add = (key: ParticipantKey, item: string) => participant(key).getByRole('button', { name: `Add a dot to “${item}”`, exact: true });
    const take = (key: ParticipantKey, item: string) => participant(key).getByRole('button', { name: `Take a dot back from “${item}”`, exact: true });
    const unspent = facilitator().getByText(/not placed yet/);
    for (const p of PARTICIPANTS) expect(await dotsLeft(p.key).innerText()).toBe('4 of 4 dots left');
    await participant('chris').getByText('At most 2 dots on one item.').waitFor();
    // Every count of dots left each phone shows while its dots go out, to check it never jumps back.
    for (const page of participantPages()) {
      await page.evaluate(() => {
        const shown: string[] = [];
        const element = document.querySelector('[data-testid="dots-left"]')!;
        new MutationObserver(() => shown.push(element.textContent ?? '')).observe(element, { subtree: true, childList: true, characterData: true });
        (window as unknown as { dotsLeftShown: string[] }).dotsLeftShown = shown;
      });
    }

    const ballots: Record<ParticipantKey, string[]> = {
      chris: [ORGANISATION, ORGANISATION, PEOPLE, ROOM_TO_TRY],
      carol: [ORGANISATION, ORGANISATION, PEOPLE, PEOPLE],
      tanya: [PEOPLE, PEOPLE, ROOM_TO_TRY, ORGANISATION],
      theo: [ROOM_TO_TRY, ROOM_TO_TRY, ORGANISATION, PEOPLE],
    };
    await Promise.all(
      PARTICIPANTS.map(async ({ key }) => {
        for (const [i, item] of ballots[key].entries()) {
          await add(key, item).click();
          await expect.poll(() => dotsLeft(key).innerText(), { timeout: LIVE_WITHIN_MS }).toBe(`${3 - i} of 4 dots left`);
        }
      }),
    );
    for (const p of PARTICIPANTS) {
      const shown = await participant(p.key).evaluate(() => (window as unknown as { dotsLeftShown: string[] }).dotsLeftShown);
      // A dot confirmed by the personal view just before its acknowledgement must not be counted twice meanwhile.
      expect(shown.filter((text, i) => text !== shown[i - 1]), `${p.name}'s dots left, as shown`).toEqual(['3 of 4 dots left', '2 of 4 dots left', '1 of 4 dots left', '0 of 4 dots left']);
    }
    expect(await add('theo', ROOM_TO_TRY).getAttribute('aria-disabled'), 'a third dot on one item is refused').toBe('true');
    await expect.poll(() => unspent.innerText(), { timeout: LIVE_WITHIN_MS }).toBe('0 dots not placed yet · 16 dots placed');

    await take('theo', PEOPLE).click();
    await expect.poll(() => dotsLeft('theo').innerText(), { timeout: LIVE_WITHIN_MS }).toBe('1 of 4 dots left');
    await expect.poll(() => unspent.innerText(), { timeout: LIVE_WITHIN_MS }).toBe('1 dot not placed yet · 15 dots placed');
    await add('theo', DECISIONS).click();
    await expect.poll(() => dotsLeft('theo').innerText(), { timeout: LIVE_WITHIN_MS }).toBe('0 of 4 dots left');
    await expect.poll(() => unspent.innerText(), { timeout: LIVE_WITHIN_MS }).toBe('0 dots not placed yet · 16 dots placed');
    await screenshotPhase('vote', 'theo');
  });

  it('[RES1][RES2] every participant sees the ranked results; with two voters per sector no group reaches five, and the chart says when it would split by sector', async () => {
    await nextPhase('Results');
    const ranked = [
      [ORGANISATION, 6],
      [PEOPLE, 5],
      [ROOM_TO_TRY, 4],
      [DECISIONS, 1],
    ] as const;
    for (const page of participantPages()) {
      const results = page.getByTestId('results');
      const rows = results.getByRole('list', { name: `Dots placed on “${BOARD}”, most first` }).locator(':scope > li');
      await expect.poll(() => rows.count(), { timeout: LIVE_WITHIN_MS }).toBe(ranked.length);
      const texts = await rows.allInnerTexts();
      expect(texts.map((t) => t.split('\n').slice(0, 2).join(' '))).toEqual(ranked.map(([text, dots]) => `${text} ${dots === 1 ? '1 dot' : `${dots} dots`}`));
      // [SMALL1] Two voters a sector, four in all: no group reaches five, so no split is published, and the screen says when it would be.
      for (const row of texts) expect(row, 'no split by sector is drawn').not.toContain('Dots by the voters’ sector');
      await results.getByText('Shown by sector once 5 people of each sector have voted; fewer have, so the split would not stay anonymous.', { exact: true }).waitFor();
      expect(await results.getByText('Where the sectors diverge most').count(), 'no divergence without both sectors').toBe(0);
    }
    await screenshotPhase('results');
  });

  it('[AGR1][PRO1][PRO2] the facilitator agrees the top three, one reworded; participants see them agreed and in the profile, and one downloads the PDF', async () => {
    await nextPhase('Agree');
    const page = facilitator();
    await page.getByRole('checkbox', { name: `${ORGANISATION} 6 dots`, exact: true }).check();
    await page.getByRole('checkbox', { name: `${PEOPLE} 5 dots`, exact: true }).check();
    await page.getByRole('checkbox', { name: `${ROOM_TO_TRY} 4 dots`, exact: true }).check();
    await page.getByLabel(`Agreed wording for “${PEOPLE}”`, { exact: true }).fill(PEOPLE_AGREED);
    await page.getByRole('button', { name: 'Agree the selected items', exact: true }).click();

    const agreedWordings = [ORGANISATION, PEOPLE_AGREED, ROOM_TO_TRY];
    for (const phone of participantPages()) {
      const agreed = phone.getByRole('region', { name: 'Agreed', exact: true });
      await agreed.getByText('3 of 3 agreed').waitFor({ timeout: LIVE_WITHIN_MS });
      const items = agreed.getByRole('list').first().locator(':scope > li');
      expect((await items.allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(agreedWordings);
      await agreed.getByText(`Originally: “${PEOPLE}”`).waitFor();
      const benefits = phone.getByRole('region', { name: 'Partnership profile' }).getByRole('region', { name: 'Benefits', exact: true });
      const listed = await benefits.getByRole('listitem').filter({ hasText: 'Raised by:' }).allInnerTexts();
      expect(listed.map((t) => t.split('\n')[0]), 'the profile lists the agreed benefits').toEqual(expect.arrayContaining(agreedWordings));
      expect(listed).toHaveLength(3);
    }

    const tanya = participant('tanya');
    const [download] = await Promise.all([tanya.waitForEvent('download'), tanya.getByRole('link', { name: 'Download the partnership profile: PDF', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = `${ARTIFACTS_DIR}board-profile.pdf`;
    await download.saveAs(pdfPath);
    expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshotPhase('agree', 'tanya');
  });

  it('[ANON1] no frame any browser received ties a card of the anonymous board to its author', async () => {
    const everyone = [...people.values()];
    await Promise.all(everyone.map((p) => p.frames.settled()));
    const report = checkAnonymousBoard(everyone.map((p) => ({ name: p.name, memberId: p.memberId, typed: p.typed, frames: p.frames.frames })));
    expect(report.violations).toEqual([]);
    expect(report.gaps).toEqual([]);

    // The check had something to find: every card's author learned, every frame stream decoded into the board.
    expect(report.authorsOf.size, 'every card written, the merged one included').toBe(ALL_CARDS.length);
    const mergedAuthors = [...report.authorsOf.values()].find((authors) => authors.size === 2);
    expect(mergedAuthors, 'the merged card keeps both authors (in private)').toEqual(new Set([people.get('chris')!.memberId, people.get('tanya')!.memberId]));
    for (const person of everyone) {
      const stats = report.stats.get(person.name)!;
      expect(stats.cardsInDoc, `${person.name}'s rebuilt doc`).toBe(ALL_CARDS.length - 1);
      expect(stats.membersInDoc, `${person.name}'s rebuilt roster`).toBeGreaterThanOrEqual(people.size);
      expect(stats.updatesNamingCards, `${person.name}'s card updates`).toBeGreaterThan(0);
      expect(stats.personalViews, `${person.name}'s personal views`).toBeGreaterThan(0);
    }
  });

  it('no page threw an uncaught error or shows a refused change', async () => {
    expect(pageErrors).toEqual([]);
    for (const [who, { page }] of people) expect(await page.getByRole('alert', { name: 'Changes that were not made' }).innerText(), who).toBe('');
  });
});
