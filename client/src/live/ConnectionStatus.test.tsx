import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { ConnectionStatus } from './ConnectionStatus';
import { connectionAnnouncement } from './connectionStatus';

/** The text of the status's live region (role="status"), as a screen reader is told it. */
function announced(html: string): string[] {
  return [...html.matchAll(/<[^>]*role="status"[^>]*>(.*?)<\/[a-z]+>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
}

describe('the connection status as a screen reader hears it', () => {
  it('[A11Y2] a change that is being sent is shown but not announced: the live region still says "Live"', () => {
    const html = renderToStaticMarkup(<ConnectionStatus phase="live" pendingCount={1} />);
    expect(html).toContain('Live (1 change waiting)');
    expect(announced(html)).toEqual(['Live']);
  });

  it('[A11Y2] announces going offline, coming back, and changes that have waited a while', () => {
    expect(connectionAnnouncement(messagesEn, 'offline', 2, false)).toBe('Offline');
    expect(connectionAnnouncement(messagesEn, 'offline', 2, true)).toBe('Offline (2 changes waiting)');
    expect(connectionAnnouncement(messagesEn, 'live', 1, true)).toBe('Live (1 change waiting)');
    expect(connectionAnnouncement(messagesEn, 'live', 0, false)).toBe('Live');
  });
});
