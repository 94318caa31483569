import { CARD_HEIGHT, CARD_WIDTH, FRAME_HEADER, FRAME_PADDING, WALL_GAP } from '@roundtable/shared/board/wallLayout';
import type { Browser, Locator, Page } from 'playwright-core';

/*
 * The board wall as a facilitator drives it: opened from the console, in arrange or wall mode, cards dragged with
 * the mouse. Shapes are found by tldraw's `data-shape-id` (`shape:card:<cardId>`, `shape:cluster:<clusterId>`), so
 * a test can name the card or cluster it seeded and measure where the canvas draws it.
 */

/** A projector's screen: the wall in wall mode. */
export const WALL_VIEWPORT = { width: 1920, height: 1080 } as const;
/** Loading the canvas the first time (a large chunk, fonts) can take a while on a slow machine. */
const WALL_LOADS_WITHIN_MS = 30_000;

export type WallMode = 'arrange' | 'wall';

/** A card's shape on the canvas. */
export function shapeCard(page: Page, cardId: string): Locator {
  return page.locator(`[data-shape-id="shape:card:${cardId}"]`);
}

/** A cluster's frame on the canvas. */
export function clusterFrame(page: Page, clusterId: string): Locator {
  return page.locator(`[data-shape-id="shape:cluster:${clusterId}"]`);
}

/** Every card shape the canvas draws. */
export function cardShapes(page: Page): Locator {
  return page.locator('[data-shape-id^="shape:card:"]');
}

/**
 * Signs in with the facilitator's link and opens the wall in `mode`: from the console's live board `boardTitle` ("Open
 * the wall for …"), or, without one, at the wall's own address, following the board everyone is on (as a projector's
 * bookmark would). Resolves once the canvas is up.
 */
export async function openWallPage(page: Page, facilitatorLink: string, mode: WallMode, boardTitle?: string): Promise<void> {
  await page.goto(facilitatorLink);
  // The console's live view, or (for a co-facilitator not yet named) the question before it: either way, signed in.
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: WALL_LOADS_WITHIN_MS });
  if (boardTitle) {
    const live = page.getByRole('region', { name: /^Live boards/ });
    await live.getByRole('button', { name: new RegExp(`^${boardTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await live.getByRole('link', { name: `Open the wall for ${boardTitle}`, exact: true }).click();
  } else {
    await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname.replace(/\/$/, '')}/wall`);
  }
  // The page settles its mode once the workshop has loaded; a choice made just before that can be reset, so choose
  // until it holds.
  const radio = page.getByRole('group', { name: 'Mode' }).getByRole('radio', { name: mode === 'arrange' ? 'Arrange' : 'Wall (projector)', exact: true });
  const deadline = Date.now() + WALL_LOADS_WITHIN_MS;
  await radio.waitFor({ timeout: WALL_LOADS_WITHIN_MS });
  while (!(await radio.isChecked())) {
    if (Date.now() > deadline) throw new Error(`The wall's ${mode} mode could not be chosen.`);
    await radio.click({ timeout: WALL_LOADS_WITHIN_MS });
    await page.waitForTimeout(100);
  }
  await page.getByRole('region', { name: /^Wall of / }).locator('.tl-container').waitFor({ timeout: WALL_LOADS_WITHIN_MS });
}

/**
 * For the benchmark: a projector-sized page showing the wall in wall mode with `cards` cards, on the canvas or (view
 * 'plain') in the plain board view the wall page offers instead, as a baseline without tldraw.
 */
export async function openWall(browser: Browser, facilitatorLink: string, cards: number, view: 'canvas' | 'plain' = 'canvas'): Promise<Page> {
  const context = await browser.newContext({ viewport: WALL_VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  await openWallPage(page, facilitatorLink, 'wall');
  await waitForCardShapes(page, cards);
  if (view === 'plain') {
    await page.getByRole('link', { name: 'Plain board view', exact: true }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="card"]').length === n, cards, { timeout: WALL_LOADS_WITHIN_MS, polling: 200 });
  }
  return page;
}

/** Resolves once the canvas draws exactly `cards` card shapes. */
export async function waitForCardShapes(page: Page, cards: number, timeoutMs = WALL_LOADS_WITHIN_MS): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-shape-id^="shape:card:"]').length === n, cards, { timeout: timeoutMs, polling: 200 });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface DrawnOverlap {
  what: 'card over card' | 'card across a frame edge' | 'frame over frame';
  a: string;
  b: string;
}

/**
 * What overlaps on the canvas as drawn: two cards, a card lying across a frame's edge (neither in it nor out of it),
 * or two frames. Shapes are named by their ids; edges that only touch do not count.
 */
export async function drawnOverlaps(page: Page): Promise<DrawnOverlap[]> {
  const shapes = await page.locator('[data-shape-id^="shape:card:"], [data-shape-id^="shape:cluster:"]').evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-shape-id') ?? '', box: el.getBoundingClientRect().toJSON() as Box })),
  );
  const shrink = (b: Box): Box => ({ x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 });
  const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
  const cards = shapes.filter((s) => s.id.startsWith('shape:card:'));
  const frames = shapes.filter((s) => s.id.startsWith('shape:cluster:'));
  const found: DrawnOverlap[] = [];
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) if (intersects(shrink(a.box), shrink(b.box))) found.push({ what: 'card over card', a: a.id, b: b.id });
    for (const f of frames) if (intersects(shrink(a.box), shrink(f.box)) && !inside(a.box, f.box)) found.push({ what: 'card across a frame edge', a: a.id, b: f.id });
  }
  for (const [i, a] of frames.entries()) for (const b of frames.slice(i + 1)) if (intersects(shrink(a.box), shrink(b.box))) found.push({ what: 'frame over frame', a: a.id, b: b.id });
  return found;
}

/**
 * Drags a card's shape with the mouse (press, move in steps, release) so that it lands in a free place inside the
 * cluster's frame, as a facilitator would: the first free slot of the frame's grid, as the canvas draws it.
 * `midway` runs while the mouse is held halfway, for a test to look at the drag in progress.
 */
export async function dragCardInto(page: Page, cardId: string, clusterId: string, midway?: () => Promise<void>): Promise<void> {
  const card = shapeCard(page, cardId);
  const frame = clusterFrame(page, clusterId);
  const [cardBox, frameBox] = await Promise.all([card.boundingBox(), frame.boundingBox()]);
  if (!cardBox || !frameBox) throw new Error(`The card ${cardId} or the cluster ${clusterId} is not drawn on the wall.`);
  const others = (await cardShapes(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box))).filter(
    (box) => Math.abs(box.x - cardBox.x) > 0.5 || Math.abs(box.y - cardBox.y) > 0.5,
  );
  const scale = cardBox.width / CARD_WIDTH;
  const pitchX = (CARD_WIDTH + WALL_GAP) * scale;
  const pitchY = (CARD_HEIGHT + WALL_GAP) * scale;
  let target: Box | null = null;
  for (let row = 0; !target && frameBox.y + FRAME_HEADER * scale + row * pitchY + cardBox.height <= frameBox.y + frameBox.height; row++) {
    for (let column = 0; !target; column++) {
      const slot = { x: frameBox.x + FRAME_PADDING * scale + column * pitchX, y: frameBox.y + FRAME_HEADER * scale + row * pitchY, width: cardBox.width, height: cardBox.height };
      if (slot.x + slot.width > frameBox.x + frameBox.width) break;
      if (!others.some((other) => intersects(slot, other))) target = slot;
    }
  }
  if (!target) throw new Error(`The cluster ${clusterId} has no free place for another card as drawn; make its frame larger first.`);
  const from = { x: cardBox.x + cardBox.width / 2, y: cardBox.y + cardBox.height / 2 };
  const to = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 2, from.y + (to.y - from.y) / 2, { steps: 10 });
  await midway?.();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}
