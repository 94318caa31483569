import type { ShareLinkInfo } from '@roundtable/shared/protocol/rest';
import { describe, expect, it } from 'vitest';
import { shareLinksInOrder, shareLinkTime } from './shareLinkList';

const link = (linkId: string, createdAt: string, revokedAt: string | null = null): ShareLinkInfo => ({ linkId, workshopId: 'w1', createdBy: 'm1', createdAt, revokedAt });

describe('share links as facilitators see them', () => {
  it('[SHARE1] lists live links before revoked ones, newest first', () => {
    const links = [
      link('old-live', '2026-03-01T09:00:00.000Z'),
      link('revoked', '2026-03-04T09:00:00.000Z', '2026-03-05T09:00:00.000Z'),
      link('new-live', '2026-03-03T09:00:00.000Z'),
      link('older-revoked', '2026-02-01T09:00:00.000Z', '2026-02-02T09:00:00.000Z'),
    ];
    expect(shareLinksInOrder(links).map((l) => l.linkId)).toEqual(['new-live', 'old-live', 'revoked', 'older-revoked']);
  });

  it('dates a link to the minute, and leaves a timestamp it cannot read as it is', () => {
    const when = shareLinkTime('en-GB', '2026-03-03T14:05:00.000Z');
    expect(when).toMatch(/^\d Mar 2026, \d\d:\d\d$/);
    expect(shareLinkTime('en-GB', 'yesterday')).toBe('yesterday');
  });
});
