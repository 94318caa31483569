/** Frames to wait for an element that a re-render is about to add (an editor opening, a row arriving from the doc). */
const FOCUS_WAIT_FRAMES = 20;

/**
 * Moves focus to the element with this id — or, if it is a wrapper, to the first control inside it — as soon as it
 * is on the page. Used after something opens, closes or moves, so keyboard users are not left on the page's body.
 */
export function focusSoon(elementId: string, framesLeft = FOCUS_WAIT_FRAMES): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    if (!element) {
      if (framesLeft > 0) focusSoon(elementId, framesLeft - 1);
      return;
    }
    const control = element.matches('input, select, textarea, button, a[href], [tabindex]')
      ? element
      : element.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button, a[href]');
    (control ?? element).focus();
  });
}
