import { describe, expect, it } from 'vitest';
import { fakeStorage } from '../testing/fakeStorage';
import { LEAD_TOKEN_STORAGE_KEY, leadTokenOf } from './leadToken';

describe("a lead link's token", () => {
  it('[REV7] comes from the #fragment and is kept in the tab, under the lead link key, for a reload', () => {
    const storage = fakeStorage();
    expect(leadTokenOf('#token=abc123', storage)).toBe('abc123');
    expect([...storage.items]).toEqual([[LEAD_TOKEN_STORAGE_KEY, 'abc123']]);
    expect(leadTokenOf('', storage)).toBe('abc123');
  });
});
