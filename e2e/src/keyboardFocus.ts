import type { Locator, Page } from 'playwright-core';

/** Tab stops a keyboard user would tolerate before reaching the first field; more is itself a finding. */
const MAX_TABS_TO_REACH = 10;

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** What has focus now, for failure messages: `tag "accessible-ish name"`. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing (the page body)';
    const name = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return `${element.tagName.toLowerCase()} "${name.trim().slice(0, 40)}"`;
  });
}

/** Presses Tab, as a keyboard user does, until `target` has focus; fails naming what had it instead. */
export async function tabUntilFocused(page: Page, target: Locator, what: string): Promise<void> {
  for (let tabs = 0; tabs < MAX_TABS_TO_REACH; tabs += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(target)) return;
  throw new Error(`${what} was not reached within ${MAX_TABS_TO_REACH} presses of Tab; focus is on ${await describeFocus(page)}.`);
}

/** Presses Tab once and checks focus moved to `target` (the next field in reading order). */
export async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await page.keyboard.press('Tab');
  if (!(await isFocused(target))) throw new Error(`Tab should move focus to ${what}, but it is on ${await describeFocus(page)}.`);
}
