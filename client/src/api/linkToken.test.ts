import { describe, expect, it } from 'vitest';
import { fakeStorage, refusingStorage } from '../testing/fakeStorage';
import { linkTokenOf } from './linkToken';

const KEY = 'roundtable.someLinkToken';

describe("a link's token", () => {
  it('comes from the #fragment and is kept in the tab for a reload', () => {
    const storage = fakeStorage();
    expect(linkTokenOf('#token=abc123', storage, KEY)).toBe('abc123');
    expect(storage.items.get(KEY)).toBe('abc123');
    expect(linkTokenOf('', storage, KEY)).toBe('abc123');
  });

  it('from a newer link replaces the one kept', () => {
    const storage = fakeStorage();
    storage.items.set(KEY, 'old');
    expect(linkTokenOf('#token=new', storage, KEY)).toBe('new');
    expect(linkTokenOf('#', storage, KEY)).toBe('new');
  });

  it('is kept under its own key: a token kept for another kind of link is not read', () => {
    const storage = fakeStorage();
    expect(linkTokenOf('#token=other', storage, 'roundtable.otherLinkToken')).toBe('other');
    expect(linkTokenOf('', storage, KEY)).toBeNull();
    expect(storage.items.get('roundtable.otherLinkToken')).toBe('other');
  });

  it('is absent with no link and nothing kept', () => {
    expect(linkTokenOf('', fakeStorage(), KEY)).toBeNull();
    expect(linkTokenOf('#token=', null, KEY)).toBeNull();
  });

  it('still comes from the link when storage refuses', () => {
    expect(linkTokenOf('#token=abc', refusingStorage(), KEY)).toBe('abc');
    expect(linkTokenOf('', refusingStorage(), KEY)).toBeNull();
    expect(linkTokenOf('#token=abc', null, KEY)).toBe('abc');
  });
});
