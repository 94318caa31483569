import { describe, expect, it } from 'vitest';
import { createDragPresence, remoteDrags, type AwarenessLike } from './dragPresence';

const drag = { boardId: 'board00001', cardId: 'card000001', x: 10, y: -20 };

/** A stand-in for y-protocols' Awareness: states by client id, `change` listeners. */
class FakeAwareness implements AwarenessLike {
  readonly states = new Map<number, Record<string, unknown>>();
  private readonly listeners = new Set<() => void>();
  constructor(readonly clientID: number) {
    this.states.set(clientID, { memberId: 'me00000001', boardId: null });
  }
  getStates() {
    return this.states;
  }
  setLocalStateField(field: string, value: unknown) {
    this.set(this.clientID, { ...this.states.get(this.clientID), [field]: value });
  }
  set(clientId: number, state: Record<string, unknown>) {
    this.states.set(clientId, state);
    for (const l of [...this.listeners]) l();
  }
  on(_event: 'change', listener: () => void) {
    this.listeners.add(listener);
  }
  off(_event: 'change', listener: () => void) {
    this.listeners.delete(listener);
  }
  listenerCount() {
    return this.listeners.size;
  }
}

describe('remoteDrags', () => {
  it('[WALLV2] lists other clients\' drags with who is dragging, never my own, and skips states without a well-formed drag', () => {
    const states = new Map<number, unknown>([
      [1, { memberId: 'me00000001', boardId: null, drag }],
      [3, { memberId: 'co00000001', boardId: null, drag: { ...drag, cardId: 'card000003' } }],
      [2, { memberId: 'lead000001', boardId: null, drag }],
      [4, { memberId: 'pat0000001', boardId: null, drag: null }],
      [5, { memberId: 'bad0000001', boardId: null, drag: { ...drag, x: 'far' } }],
      [6, { boardId: null, drag }],
      [7, null],
    ]);
    expect(remoteDrags(states, 1)).toEqual([
      { memberId: 'lead000001', ...drag },
      { memberId: 'co00000001', ...drag, cardId: 'card000003' },
    ]);
  });
});

describe('createDragPresence', () => {
  it('[WALLV2] publishes my drag into my own presence, keeping the rest of it', () => {
    const awareness = new FakeAwareness(1);
    const presence = createDragPresence(awareness);
    presence.publish(drag);
    expect(awareness.states.get(1)).toEqual({ memberId: 'me00000001', boardId: null, drag });
    presence.publish(null);
    expect(awareness.states.get(1)).toEqual({ memberId: 'me00000001', boardId: null, drag: null });
  });

  it('[WALLV2] tells subscribers when someone else\'s drag changes, not for my own or for presence without drags', () => {
    const awareness = new FakeAwareness(1);
    const presence = createDragPresence(awareness);
    let calls = 0;
    const unsubscribe = presence.subscribe(() => (calls += 1));
    awareness.set(2, { memberId: 'lead000001', boardId: null });
    presence.publish(drag);
    expect(calls).toBe(0);
    awareness.set(2, { memberId: 'lead000001', boardId: null, drag });
    expect(calls).toBe(1);
    expect(presence.current()).toEqual([{ memberId: 'lead000001', ...drag }]);
    awareness.set(2, { memberId: 'lead000001', boardId: null, drag: { ...drag, x: 30 } });
    awareness.set(2, { memberId: 'lead000001', boardId: null, drag: null });
    expect(calls).toBe(3);
    expect(presence.current()).toEqual([]);
    unsubscribe();
    expect(awareness.listenerCount()).toBe(0);
  });
});
