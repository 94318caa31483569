import { TIMER_SECONDS_MAX } from '@roundtable/shared/board/boardLimits';
import { describe, expect, it } from 'vitest';
import { LIVE_SHORTCUTS, shortcutKeys, shortcutOf, takesTyping, withMinuteAdded, type KeyLike } from './liveShortcuts';

const press = (code: string, more: Partial<KeyLike> = {}): KeyLike => ({
  code,
  altKey: true,
  shiftKey: true,
  ctrlKey: false,
  metaKey: false,
  repeat: false,
  defaultPrevented: false,
  target: { tagName: 'BODY' },
  ...more,
});

describe('the live view’s shortcuts', () => {
  it('[LIVE3] Alt+Shift+N, M and E ask for the next step, a minute more, and bringing everyone here', () => {
    expect(shortcutOf(press('KeyN'))).toBe('next');
    expect(shortcutOf(press('KeyM'))).toBe('minute');
    expect(shortcutOf(press('KeyE'))).toBe('focus');
    expect(LIVE_SHORTCUTS.map((s) => shortcutKeys(s.action))).toEqual(['Alt+Shift+N', 'Alt+Shift+M', 'Alt+Shift+E']);
  });

  it('[LIVE3] act on focused buttons, links and choices, which take no typing', () => {
    for (const target of [{ tagName: 'BUTTON' }, { tagName: 'A' }, { tagName: 'INPUT', type: 'radio' }, { tagName: 'INPUT', type: 'checkbox' }, { tagName: 'SECTION' }]) {
      expect(shortcutOf(press('KeyN', { target })), JSON.stringify(target)).toBe('next');
    }
  });

  it('[LIVE3] never act while typing in a field', () => {
    const typing = [{ tagName: 'INPUT' }, { tagName: 'INPUT', type: 'text' }, { tagName: 'input', type: 'search' }, { tagName: 'INPUT', type: 'number' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true }];
    for (const target of typing) {
      expect(takesTyping(target), JSON.stringify(target)).toBe(true);
      expect(shortcutOf(press('KeyN', { target })), JSON.stringify(target)).toBeNull();
    }
  });

  it('[LIVE3] ignore other keys, other modifiers, a held-down key and a press already handled', () => {
    expect(shortcutOf(press('KeyX'))).toBeNull();
    expect(shortcutOf(press('KeyN', { altKey: false }))).toBeNull();
    expect(shortcutOf(press('KeyN', { shiftKey: false }))).toBeNull();
    expect(shortcutOf(press('KeyN', { ctrlKey: true }))).toBeNull();
    expect(shortcutOf(press('KeyN', { metaKey: true }))).toBeNull();
    expect(shortcutOf(press('KeyN', { repeat: true }))).toBeNull();
    expect(shortcutOf(press('KeyN', { defaultPrevented: true }))).toBeNull();
  });

  it('[LIVE3] add a minute to what is left, start a minute when no countdown runs, and stop at the longest countdown', () => {
    expect(withMinuteAdded(null)).toBe(60);
    expect(withMinuteAdded(0)).toBe(60);
    expect(withMinuteAdded(125)).toBe(185);
    expect(withMinuteAdded(TIMER_SECONDS_MAX - 10)).toBe(TIMER_SECONDS_MAX);
  });
});
