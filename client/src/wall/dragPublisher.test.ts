import type { PresenceDrag } from '@roundtable/shared/presence/presence';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDragPublisher } from './dragPublisher';

const at = (x: number): PresenceDrag => ({ boardId: 'board00001', cardId: 'card000001', x, y: 0 });

describe('createDragPublisher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('[WALLV2] publishes the first move at once, then at most one per interval, ending on the latest place', () => {
    const sent: (PresenceDrag | null)[] = [];
    const publisher = createDragPublisher((d) => sent.push(d), 100);
    publisher.move(at(1));
    for (let x = 2; x <= 9; x += 1) {
      vi.advanceTimersByTime(10);
      publisher.move(at(x));
    }
    expect(sent).toEqual([at(1)]);
    vi.advanceTimersByTime(20);
    expect(sent).toEqual([at(1), at(9)]);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([at(1), at(9)]);
  });

  it('[WALLV2] on the drop, publishes null at once and never a move still waiting', () => {
    const sent: (PresenceDrag | null)[] = [];
    const publisher = createDragPublisher((d) => sent.push(d), 100);
    publisher.move(at(1));
    publisher.move(at(2));
    publisher.end();
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([at(1), null]);
  });

  it('[WALLV2] says nothing at the end of what was never a drag', () => {
    const sent: (PresenceDrag | null)[] = [];
    const publisher = createDragPublisher((d) => sent.push(d), 100);
    publisher.end();
    publisher.end();
    expect(sent).toEqual([]);
  });
});
