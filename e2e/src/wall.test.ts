import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidyBoard } from '@roundtable/shared/board/wallPlacement';
import type { BoardId } from '@roundtable/shared/ids/ids';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { joinTestWorkshop } from '../../server/src/testing/restClient';
import { expectNoAxeViolations } from './axe';
import { newDesktopContext, newPhoneContext } from './browser';
import { describeAttempts, foreignReferencesIn, type NetworkIsolation } from './networkIsolation';
import { ARTIFACTS_DIR, need, testRun } from './testRun';
import { cardShapes, clusterFrame, dragCardInto, drawnOverlaps, openWallPage, shapeCard, WALL_VIEWPORT } from './wallPage';
import { CLUSTERED_CARDS, seedClusteredCards, seedWorkshop, WALL_BOARD_TITLE, WALL_WORKSHOP, type SeededClusters, type SeededWorkshop } from './wallSeed';

/** The built client's scripts, as the server serves them (CLIENT_DIST_DIR, as for the server): the wall's chunks carry tldraw. */
const CLIENT_ASSETS_DIR = join(process.env.CLIENT_DIST_DIR ?? fileURLToPath(new URL('../../client/dist/', import.meta.url)), 'assets');
/** Longest a live change may take to reach another browser. */
const LIVE_WITHIN_MS = 15_000;
/** Each cluster's last card starts loose; the lead facilitator drags it in. */
const LOOSE = CLUSTERED_CARDS.map((group) => ({ cluster: group.cluster, text: group.cards[group.cards.length - 1]!.text }));
const TOTAL_CARDS = CLUSTERED_CARDS.reduce((n, group) => n + group.cards.length, 0);

/** The built scripts that hold tldraw (a string only its code has), by file name. */
async function wallChunks(): Promise<Set<string>> {
  const names = (await readdir(CLIENT_ASSETS_DIR)).filter((name) => name.endsWith('.js'));
  const chunks = new Set<string>();
  for (const name of names) if ((await readFile(join(CLIENT_ASSETS_DIR, name), 'utf8')).includes('tl-container')) chunks.add(name);
  return chunks;
}

const scriptNames = (isolation: NetworkIsolation) => isolation.own.filter((r) => r.resourceType === 'script').map((r) => new URL(r.url).pathname.split('/').pop() ?? '');

/**
 * [WALLV1][WALLV2][WALLV3][WALLV4][WALL5][WALL6] The wall, live: the lead facilitator clusters cards by dragging them on the canvas (arrange
 * mode) while the co-facilitator's projected wall (wall mode) and a participant's phone follow; no browser reaches
 * any host but the app's, and the phone never loads the canvas.
 */
describe('the board wall: one facilitator clusters cards while another’s wall and a phone follow live', () => {
  const run = testRun({ screenshots: 'failed-wall-', viewportOnly: true, report: () => `Failed requests: ${failedRequests.join('\n') || 'none'}` });
  const { page, pages, pageErrors, isolations } = run;
  let seeded: SeededWorkshop | undefined;
  let seededClusters: SeededClusters | undefined;
  /** Requests that got no answer (shown when a step fails, to explain a page error). */
  const failedRequests: string[] = [];

  beforeAll(async () => {
    seeded = await seedWorkshop(run.url(), 'group');
    seededClusters = await seedClusteredCards(seeded, 1);
  });

  afterAll(() => {
    seeded?.close();
  });

  /** A page that reaches only the app's server; its requests that get no answer are noted. */
  async function openIsolatedPage(who: string, context: Promise<BrowserContext>): Promise<Page> {
    const page = await run.openIsolatedPage(who, context);
    page.on('requestfailed', (request) => failedRequests.push(`${who}: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
    return page;
  }

  const cardId = (text: string) => need(need(seededClusters, 'The seeded board').cardIds.get(text), `The card “${text}”`);
  const clusterId = (name: string) => need(need(seededClusters, 'The seeded board').clusterIds.get(name), `The cluster “${name}”`);
  /** A cluster on the phone's plain board view, by its heading. */
  const phoneCluster = (name: string) => page('participant').getByTestId('cluster').filter({ has: page('participant').getByRole('heading', { name, exact: true }) });
  const phoneCard = (scope: Locator, text: string) => scope.getByTestId('card').filter({ hasText: text });

  /** Whether the card's shape lies inside the cluster's frame on `who`'s canvas, as drawn. */
  async function drawnInside(who: string, card: string, cluster: string): Promise<boolean> {
    const [cardBox, frameBox] = await Promise.all([shapeCard(page(who), cardId(card)).boundingBox(), clusterFrame(page(who), clusterId(cluster)).boundingBox()]);
    if (!cardBox || !frameBox) return false;
    const slack = 1;
    return cardBox.x >= frameBox.x - slack && cardBox.y >= frameBox.y - slack && cardBox.x + cardBox.width <= frameBox.x + frameBox.width + slack && cardBox.y + cardBox.height <= frameBox.y + frameBox.height + slack;
  }

  it('the lead facilitator opens the wall to arrange, the co-facilitator projects it, and a participant follows on a phone', async () => {
    const { created } = need(seeded, 'The seeded workshop');
    const b = run.browser();
    const lead = await openIsolatedPage('lead', newDesktopContext(b));
    await openWallPage(lead, created.facilitatorUrl, 'arrange');
    const co = await openIsolatedPage('co', b.newContext({ viewport: WALL_VIEWPORT, locale: 'en-GB' }));
    await openWallPage(co, created.coFacilitatorUrl, 'wall');

    const joined = await joinTestWorkshop(run.url(), created.joinCode, 'Tanya Thwaite', 'third_sector', 'Darlington CVS');
    const phone = await openIsolatedPage('participant', newPhoneContext(b));
    await phone.goto(joined.participantUrl);
    await phone.getByRole('heading', { level: 1, name: WALL_WORKSHOP.title }).waitFor();
    await phone.getByRole('heading', { level: 2, name: WALL_BOARD_TITLE }).waitFor({ timeout: LIVE_WITHIN_MS });

    for (const who of ['lead', 'co']) {
      await expect.poll(() => cardShapes(page(who)).count(), { timeout: LIVE_WITHIN_MS, message: `every card on the ${who}'s wall` }).toBe(TOTAL_CARDS);
    }
    await expect.poll(() => page('participant').getByTestId('card').count(), { timeout: LIVE_WITHIN_MS }).toBe(TOTAL_CARDS);
    const state = need(seeded, 'The seeded workshop').lead.state();
    for (const { cluster, text } of LOOSE) {
      expect(state.cards[cardId(text) as keyof typeof state.cards]?.clusterId, `“${text}” starts loose`).toBeNull();
      expect(await phoneCard(phoneCluster(cluster), text).count(), `“${text}” starts outside “${cluster}” on the phone`).toBe(0);
    }
  });

  it('[WALL6][WALLV2] the lead drags each loose card into its cluster with the mouse; the projected wall and the phone show it there', async () => {
    const lead = need(seeded, 'The seeded workshop').lead;
    for (const [i, { cluster, text }] of LOOSE.entries()) {
      // The first drag is watched while it is in progress: the projected wall shows who is moving a card, uncommitted.
      const watchDrag =
        i === 0
          ? async () => {
              const ghost = page('co').getByTestId('drag-ghost');
              await ghost.waitFor({ timeout: LIVE_WITHIN_MS });
              expect(await ghost.innerText()).toContain('Ann Facilitator is moving this');
              expect(lead.state().cards[cardId(text) as keyof ReturnType<typeof lead.state>['cards']]?.clusterId, 'nothing committed mid-drag').toBeNull();
            }
          : undefined;
      await dragCardInto(page('lead'), cardId(text), clusterId(cluster), watchDrag);
      await lead.waitFor((state) => state.cards[cardId(text) as keyof typeof state.cards]?.clusterId === clusterId(cluster), LIVE_WITHIN_MS);
      await expect.poll(() => drawnInside('lead', text, cluster), { timeout: LIVE_WITHIN_MS, message: `“${text}” in “${cluster}” on the lead's wall` }).toBe(true);
      await expect.poll(() => drawnInside('co', text, cluster), { timeout: LIVE_WITHIN_MS, message: `“${text}” in “${cluster}” on the projected wall` }).toBe(true);
      await phoneCard(phoneCluster(cluster), text).waitFor({ timeout: LIVE_WITHIN_MS });
      const shape = `shape:card:${cardId(text)}`;
      for (const who of ['lead', 'co']) expect((await drawnOverlaps(page(who))).filter((o) => o.a === shape || o.b === shape), `“${text}” dropped clear of the others on the ${who}'s wall`).toEqual([]);
      if (i === 0) await page('co').getByTestId('drag-ghost').waitFor({ state: 'detached', timeout: LIVE_WITHIN_MS });
    }
    for (const group of CLUSTERED_CARDS) {
      expect(await phoneCluster(group.cluster).getByTestId('card').count(), `${group.cluster} on the phone`).toBe(group.cards.length);
    }
  });

  it('[A11Y1] a screenshot of the projected wall with 60 cards in 5 clusters, as the drags left it and once tidied; no axe violations, and the licence button shows focus', async () => {
    const co = page('co');
    const everyCardInItsCluster = async () => {
      for (const group of CLUSTERED_CARDS) for (const card of group.cards) if (!(await drawnInside('co', card.text, group.cluster))) return `“${card.text}” is not drawn in “${group.cluster}”`;
      return 'all in place';
    };
    expect(await everyCardInItsCluster()).toBe('all in place');
    await co.screenshot({ path: `${ARTIFACTS_DIR}wall-60-cards-5-clusters-1920.png` });
    await page('lead').screenshot({ path: `${ARTIFACTS_DIR}wall-arrange-1280.png` });
    await phoneCluster(LOOSE[0]!.cluster).screenshot({ path: `${ARTIFACTS_DIR}wall-phone-cluster-360.png` });
    await expectNoAxeViolations(page('lead'), 'the wall, arranging');
    await expectNoAxeViolations(co, 'the projected wall');
    await expectNoAxeViolations(page('participant'), "a participant's board while the wall is arranged");

    // [A11Y1] tldraw's licence button stays, and shows where keyboard focus is (tldraw removes outlines on its canvas).
    const licence = page('lead').locator('.tl-watermark_SEE-LICENSE > button');
    expect(await licence.count(), "tldraw's licence button on the wall").toBe(1);
    await page('lead').keyboard.press('Shift');
    await licence.focus();
    const ring = await licence.evaluate((button) => ({ visible: button.matches(':focus-visible'), style: getComputedStyle(button).outlineStyle, width: getComputedStyle(button).outlineWidth }));
    expect(ring, 'the focused licence button has an outline').toEqual({ visible: true, style: 'solid', width: '3px' });
    await licence.blur();

    // [WALL5] Tidy, from the lead's wall: the projected wall follows, every card still in its cluster, nothing overlapping.
    const seededBoard = need(seeded, 'The seeded workshop');
    const isTidy = (state: WorkshopState) => {
      const changes = tidyBoard(state, seededBoard.boardId as BoardId);
      return changes.cards.length === 0 && changes.clusters.length === 0;
    };
    expect(isTidy(seededBoard.lead.state()), 'the drags left a layout that tidy would change').toBe(false);
    await page('lead').getByRole('button', { name: 'Tidy the board', exact: true }).click();
    await seededBoard.lead.waitFor(isTidy, LIVE_WITHIN_MS);
    const tidied = clusterFrame(co, clusterId(CLUSTERED_CARDS[CLUSTERED_CARDS.length - 1]!.cluster));
    const firstFrame = clusterFrame(co, clusterId(CLUSTERED_CARDS[0]!.cluster));
    // Tidy puts the frames in rows: the last frame ends up below the first.
    await expect.poll(async () => ((await tidied.boundingBox())?.y ?? 0) > ((await firstFrame.boundingBox())?.y ?? 0) + 1, { timeout: LIVE_WITHIN_MS }).toBe(true);
    await expect.poll(everyCardInItsCluster, { timeout: LIVE_WITHIN_MS }).toBe('all in place');
    expect(await drawnOverlaps(co), 'nothing overlaps on the tidied wall').toEqual([]);
    await co.screenshot({ path: `${ARTIFACTS_DIR}wall-60-cards-5-clusters-tidy-1920.png` });
  });

  it('[WALLV4] no browser asked another host for anything; the wall’s fonts, icons and translations came from the app', async () => {
    for (const [who, isolation] of isolations) expect(describeAttempts(isolation.foreign), `${who}'s requests to other hosts`).toBe('none');
    for (const who of ['lead', 'co', 'participant']) expect(await foreignReferencesIn(page(who), run.url()), `${who}'s page`).toEqual([]);
    const fromApp = need(isolations.get('co'), 'The projected wall').own;
    expect(fromApp.filter((r) => r.resourceType === 'font').length, 'the wall’s fonts, loaded from the app').toBeGreaterThan(0);
  });

  it('[WALLV3] the phone never loads the wall’s code; the facilitators’ browsers did', async () => {
    const chunks = await wallChunks();
    expect(chunks.size, 'the build has a wall chunk').toBeGreaterThan(0);
    for (const who of ['lead', 'co']) expect(scriptNames(need(isolations.get(who), who)).filter((name) => chunks.has(name)).length, `${who} loaded the wall`).toBeGreaterThan(0);
    const phoneScripts = scriptNames(need(isolations.get('participant'), 'The phone'));
    expect(phoneScripts.length, 'the phone loaded the app').toBeGreaterThan(0);
    expect(phoneScripts.filter((name) => chunks.has(name))).toEqual([]);
    expect(await page('participant').locator('.tl-container').count(), 'no canvas on the phone').toBe(0);
  });

  it('no page threw an uncaught error or shows a refused change', async () => {
    expect(pageErrors).toEqual([]);
    for (const [who, on] of pages) {
      const refused = on.getByRole('alert', { name: 'Changes that were not made' });
      if ((await refused.count()) > 0) expect(await refused.innerText(), who).toBe('');
    }
  });
});
