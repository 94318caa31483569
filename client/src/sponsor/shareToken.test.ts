import { describe, expect, it } from 'vitest';
import { LEAD_TOKEN_STORAGE_KEY, leadTokenOf } from '../lead/leadToken';
import { fakeStorage } from '../testing/fakeStorage';
import { SHARE_TOKEN_STORAGE_KEY, shareTokenOf } from './shareToken';

describe("a share link's token", () => {
  it('comes from the #fragment and is kept in the tab, under the share link key, for a reload', () => {
    const storage = fakeStorage();
    expect(shareTokenOf('#token=abc123', storage)).toBe('abc123');
    expect([...storage.items]).toEqual([[SHARE_TOKEN_STORAGE_KEY, 'abc123']]);
    expect(shareTokenOf('', storage)).toBe('abc123');
  });

  it('and a lead link opened in the same tab each keep their own token', () => {
    const storage = fakeStorage();
    shareTokenOf('#token=share', storage);
    leadTokenOf('#token=lead', storage);
    expect(shareTokenOf('', storage)).toBe('share');
    expect(leadTokenOf('', storage)).toBe('lead');
    expect(storage.items.get(LEAD_TOKEN_STORAGE_KEY)).toBe('lead');
  });
});
