import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { connectionPhase, connectionText, type ConnectionFacts } from './connectionStatus';

const live: ConnectionFacts = { socketConnected: true, docConnected: true, everLive: true, browserOnline: true, stopped: false };

describe('connection status', () => {
  it('is live only when both the command and the document channel are connected', () => {
    expect(connectionPhase(live)).toBe('live');
    expect(connectionPhase({ ...live, docConnected: false })).toBe('reconnecting');
    expect(connectionPhase({ ...live, socketConnected: false })).toBe('reconnecting');
  });

  it('says connecting before the first connection, offline when the browser is offline or the connection was ended', () => {
    expect(connectionPhase({ ...live, socketConnected: false, everLive: false })).toBe('connecting');
    expect(connectionPhase({ ...live, browserOnline: false })).toBe('offline');
    expect(connectionPhase({ ...live, stopped: true })).toBe('offline');
  });

  it('counts the changes still waiting', () => {
    expect(connectionText(messagesEn, 'live', 0)).toBe('Live');
    expect(connectionText(messagesEn, 'reconnecting', 2)).toBe('Reconnecting… (2 changes waiting)');
    expect(connectionText(messagesEn, 'offline', 1)).toBe('Offline (1 change waiting)');
  });
});
