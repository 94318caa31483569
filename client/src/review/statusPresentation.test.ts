import { PROGRESS_STATUSES, STATUS_RAG } from '@roundtable/shared/review/progress';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { isProgressStatus, statusPresentation } from './statusPresentation';

describe('how a progress status is shown', () => {
  it('[REV3] gives every status its words, its RAG colour and a shape of its own, so colour is never the only signal', () => {
    const shown = PROGRESS_STATUSES.map(statusPresentation);
    for (const p of shown) {
      expect(messagesEn.review.status[p.status]).toMatch(/\w/);
      expect(p.rag).toBe(STATUS_RAG[p.status]);
      expect(p.className).toBe(`status-badge status-badge--${p.rag}`);
      expect(p.shape).not.toBe('');
    }
    expect(new Set(shown.map((p) => p.shape)).size).toBe(PROGRESS_STATUSES.length);
    expect(new Set(shown.map((p) => messagesEn.review.status[p.status])).size).toBe(PROGRESS_STATUSES.length);
  });

  it('tells apart two statuses of the same colour by shape and words', () => {
    const onTrack = statusPresentation('on_track');
    const done = statusPresentation('done');
    expect(onTrack.rag).toBe(done.rag);
    expect(onTrack.shape).not.toBe(done.shape);
    expect(messagesEn.review.status.on_track).not.toBe(messagesEn.review.status.done);
  });

  it('checks a status read from outside the page', () => {
    expect(isProgressStatus('at_risk')).toBe(true);
    expect(isProgressStatus('late')).toBe(false);
    expect(isProgressStatus(null)).toBe(false);
    expect(isProgressStatus(3)).toBe(false);
  });
});
