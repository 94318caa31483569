import type { Locator, Page } from 'playwright-core';

/** Animation frames to wait for a box to stop moving before giving up (a smooth scroll takes a few dozen). */
const MAX_FRAMES_TO_SETTLE = 120;
/** Wheel turns before giving up on bringing the target into sight. */
const MAX_WHEEL_TURNS = 20;
const WHEEL_TURN_PX = 300;

type Box = { x: number; y: number; width: number; height: number };

/** Where `target` is once the page has stopped moving: a wheel turn scrolls smoothly, after `mouse.wheel` returns. */
async function settledBox(page: Page, target: Locator, what: string): Promise<Box> {
  let last = JSON.stringify(await target.boundingBox());
  for (let frames = 0; frames < MAX_FRAMES_TO_SETTLE; frames += 1) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const box = await target.boundingBox();
    if (box && JSON.stringify(box) === last) return box;
    last = JSON.stringify(box);
  }
  throw new Error(`${what} did not stop moving (or is not on the page): last seen at ${last}.`);
}

/** The band of the window in which `target` can be seen: the window, narrowed by every ancestor that clips it (a region that scrolls on its own). */
function visibleBand(target: Locator): Promise<{ top: number; bottom: number }> {
  return target.evaluate((element) => {
    let top = 0;
    let bottom = window.innerHeight;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (!/(auto|scroll|hidden)/.test(getComputedStyle(parent).overflowY)) continue;
      const box = parent.getBoundingClientRect();
      top = Math.max(top, box.top);
      bottom = Math.min(bottom, box.bottom);
    }
    return { top, bottom };
  });
}

/**
 * Drags `source` onto `target` as a person with a mouse does on a board longer than the screen (or than the region it
 * scrolls in): press on the item, turn the wheel until the target is in sight, move onto it, release. (Playwright's own
 * dragTo cannot reach a target out of sight without scrolling mid-drag, which drops the drag.)
 */
export async function dragWithWheel(page: Page, source: Locator, target: Locator): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = await settledBox(page, source, 'The dragged item');
  await page.mouse.move(from.x + 16, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 32, from.y + 24, { steps: 4 });
  // The wheel scrolls what is under the mouse: the page, or the region the board scrolls in (the console's live view).
  const band = await visibleBand(target);
  let to = await settledBox(page, target, 'The drop target');
  for (let turns = 0; turns < MAX_WHEEL_TURNS && (to.y < band.top || to.y + Math.min(to.height, 100) > band.bottom); turns += 1) {
    await page.mouse.wheel(0, to.y < band.top ? -WHEEL_TURN_PX : WHEEL_TURN_PX);
    to = await settledBox(page, target, 'The drop target');
  }
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 50), { steps: 6 });
  await page.mouse.up();
}
