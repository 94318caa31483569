import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../live/outboxStorage';
import { readCreationLinks, stashCreationLinks } from './creationLinks';

function fakeStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

describe('creation links', () => {
  const links = { facilitatorUrl: 'http://x/w/w1#token=a', coFacilitatorUrl: 'http://x/w/w1#token=b' };

  it('are kept per workshop for the console to show', () => {
    const storage = fakeStorage();
    stashCreationLinks(storage, 'w1', links);
    expect(readCreationLinks(storage, 'w1')).toEqual(links);
    expect(readCreationLinks(storage, 'w2')).toBeNull();
  });

  it('read as absent when the stored value is not what we wrote', () => {
    const storage = fakeStorage();
    storage.items.set('roundtable.creationLinks.w1', '{"coFacilitatorUrl": 3}');
    expect(readCreationLinks(storage, 'w1')).toBeNull();
    storage.items.set('roundtable.creationLinks.w1', 'not json');
    expect(readCreationLinks(storage, 'w1')).toBeNull();
  });
});
