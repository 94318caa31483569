import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../live/outboxStorage';
import { SHARE_TOKEN_STORAGE_KEY, shareTokenOf } from './shareToken';

function fakeStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe("a share link's token", () => {
  it('comes from the #fragment and is kept for a reload', () => {
    const storage = fakeStorage();
    expect(shareTokenOf('#token=abc123', storage)).toBe('abc123');
    expect(storage.items.get(SHARE_TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(shareTokenOf('', storage)).toBe('abc123');
  });

  it('from a newer link replaces the one kept', () => {
    const storage = fakeStorage();
    storage.items.set(SHARE_TOKEN_STORAGE_KEY, 'old');
    expect(shareTokenOf('#token=new', storage)).toBe('new');
    expect(shareTokenOf('#', storage)).toBe('new');
  });

  it('is absent with no link and nothing kept', () => {
    expect(shareTokenOf('', fakeStorage())).toBeNull();
    expect(shareTokenOf('#token=', null)).toBeNull();
  });

  it('still comes from the link when storage refuses', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(shareTokenOf('#token=abc', refusing)).toBe('abc');
    expect(shareTokenOf('', refusing)).toBeNull();
    expect(shareTokenOf('#token=abc', null)).toBe('abc');
  });
});
