import { CARD_TEXT_SIZES, FIRST_TEXT_SIZE, fitStep, type CardTextSize } from './cardTextSize';

/*
 * Fits the cards' texts on the wall's page (see cardTextSize.ts): each card's text box is watched, and whenever it
 * appears or changes size its text is tried at each type size in turn, largest first. Cards are fitted together in
 * rounds (every card measured, then every card changed), so a wall of cards costs a few layouts, not a few per card.
 * The text's size is a data attribute React does not own, so a card drawn again keeps its size.
 */

const SMALLEST = CARD_TEXT_SIZES[CARD_TEXT_SIZES.length - 1];

/** Watched text boxes → their text. */
const texts = new Map<Element, HTMLElement>();
let observer: ResizeObserver | null = null;

/** Shows `text` at `size`, cut at `lines` lines (or not at all), writing only what changes (a write costs a layout). */
function show(text: HTMLElement, size: CardTextSize, lines: number | null, lineHeight: number): void {
  // No size yet is the first size (the style sheet's default).
  if ((text.dataset.size ?? FIRST_TEXT_SIZE) !== size) text.dataset.size = size;
  if (lines === null) {
    if (text.dataset.clamped === undefined) return;
    delete text.dataset.clamped;
    text.style.removeProperty('-webkit-line-clamp');
    text.style.removeProperty('max-height');
  } else {
    // Exactly `lines` lines high, so nothing of the next line shows under the ellipsis.
    text.dataset.clamped = '';
    text.style.setProperty('-webkit-line-clamp', String(lines));
    text.style.maxHeight = `${lines * lineHeight}px`;
  }
}

/** Fits the texts of these watched boxes now. A box not laid out (off screen) is fitted once it shows. */
export function fitCardTexts(boxes: Iterable<Element>): void {
  const shown = [...boxes].flatMap((box) => {
    const text = texts.get(box);
    return text && box.clientHeight > 0 ? [{ box, text }] : [];
  });
  let pending: { box: Element; text: HTMLElement; size: CardTextSize }[] = [];
  for (const { box, text } of shown) {
    show(text, FIRST_TEXT_SIZE, null, 0);
    pending.push({ box, text, size: FIRST_TEXT_SIZE });
  }
  while (pending.length > 0) {
    // All measured first, then all changed: one layout per round.
    const measured = pending.map((p) => ({
      ...p,
      room: p.box.clientHeight,
      height: p.text.scrollHeight,
      lineHeight: p.size === SMALLEST ? Number.parseFloat(getComputedStyle(p.text).lineHeight) || 12 : 0,
    }));
    pending = [];
    for (const m of measured) {
      const step = fitStep(m.size, m.height, m.room, m.lineHeight);
      show(m.text, step.size, step.done ? step.lines : null, m.lineHeight);
      if (!step.done) pending.push({ box: m.box, text: m.text, size: step.size });
    }
  }
}

/** Keeps `text` fitted to `box` while it is on the page; returns the way to stop. */
export function watchCardText(box: HTMLElement, text: HTMLElement): () => void {
  observer ??= new ResizeObserver((entries) => fitCardTexts(entries.map((e) => e.target)));
  texts.set(box, text);
  observer.observe(box);
  return () => {
    observer?.unobserve(box);
    texts.delete(box);
  };
}
