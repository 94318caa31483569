import type { Page } from 'playwright-core';

export interface HorizontalOverflow {
  /** The viewport's width in CSS pixels. */
  viewportWidth: number;
  /** document.documentElement.scrollWidth: more than viewportWidth means the page scrolls sideways. */
  scrollWidth: number;
  /** Up to ten of the elements that stick out past the right edge, as `tag.class "text…" (right edge px)`. */
  culprits: string[];
}

/** How wide the page is against its viewport, and which elements make it wider, for a readable failure. */
export function horizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate(() => {
    const viewportWidth = window.innerWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const right = element.getBoundingClientRect().right + window.scrollX;
      if (right <= viewportWidth + 0.5) continue;
      const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
      const text = (element.textContent ?? '').trim().slice(0, 30);
      culprits.push(`${element.tagName.toLowerCase()}${classes} "${text}" (right edge ${Math.round(right)} px)`);
      if (culprits.length === 10) break;
    }
    return { viewportWidth, scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}
