import { TIMER_SECONDS_MAX } from '@roundtable/shared/board/boardLimits';

/**
 * [LIVE3] The live view's keyboard shortcuts: the next step, a minute more on the countdown, and "bring everyone
 * here". Alt+Shift and a letter, read by the key's place (`code`), so a Mac's Option, which turns letters into other
 * characters, still works; none of them is a browser's or a screen reader's own. They never act while focus is in a
 * field that takes typing.
 */
export type LiveShortcut = 'next' | 'minute' | 'focus';

export interface LiveShortcutKey {
  action: LiveShortcut;
  /** KeyboardEvent.code of the letter. */
  code: string;
  /** As `aria-keyshortcuts` writes it. */
  keys: string;
}

export const LIVE_SHORTCUTS: readonly LiveShortcutKey[] = [
  { action: 'next', code: 'KeyN', keys: 'Alt+Shift+N' },
  { action: 'minute', code: 'KeyM', keys: 'Alt+Shift+M' },
  { action: 'focus', code: 'KeyE', keys: 'Alt+Shift+E' },
];

/** The `aria-keyshortcuts` of an action. */
export function shortcutKeys(action: LiveShortcut): string {
  return LIVE_SHORTCUTS.find((s) => s.action === action)?.keys ?? '';
}

/** What of an element decides whether it takes typing (an Element, or a plain object in tests). */
export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs whose keys are not typing: pressing a letter with them focused types nothing. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Whether focus is somewhere a person types: a text field, a text area, a list box, or editable content. */
export function takesTyping(target: TargetLike | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
  return false;
}

export interface KeyLike {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  repeat: boolean;
  defaultPrevented: boolean;
  target: TargetLike | null;
}

/** The shortcut a key press asks for, or null: wrong keys, a held-down repeat, or focus in a field that takes typing. */
export function shortcutOf(event: KeyLike): LiveShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.repeat || event.defaultPrevented) return null;
  if (takesTyping(event.target)) return null;
  return LIVE_SHORTCUTS.find((s) => s.code === event.code)?.action ?? null;
}

const MINUTE_S = 60;

/** The countdown's new length when a minute is added: what is left plus a minute, or a minute when none runs. */
export function withMinuteAdded(secondsLeft: number | null): number {
  return Math.min(TIMER_SECONDS_MAX, (secondsLeft ?? 0) + MINUTE_S);
}
