import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../live/outboxStorage';
import { LEAD_TOKEN_STORAGE_KEY, leadTokenOf } from './leadToken';

function fakeStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe("a lead link's token", () => {
  it('[REV7] comes from the #fragment and is kept in the tab for a reload', () => {
    const storage = fakeStorage();
    expect(leadTokenOf('#token=abc123', storage)).toBe('abc123');
    expect(storage.items.get(LEAD_TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(leadTokenOf('', storage)).toBe('abc123');
  });

  it('from a newer link replaces the one kept', () => {
    const storage = fakeStorage();
    storage.items.set(LEAD_TOKEN_STORAGE_KEY, 'old');
    expect(leadTokenOf('#token=new', storage)).toBe('new');
  });

  it('is absent with no link and nothing kept, and storage that refuses is no reason to fail', () => {
    expect(leadTokenOf('', fakeStorage())).toBeNull();
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(leadTokenOf('#token=abc', refusing)).toBe('abc');
    expect(leadTokenOf('', refusing)).toBeNull();
  });
});
