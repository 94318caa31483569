import { YJS_CLOSE } from '@roundtable/shared/protocol/events';
import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/messages.en';
import { isPermanentDocClose, stopReasonFromConnectError, stopReasonFromDocClose, stopReasonText } from './stopReason';

describe('stop reasons', () => {
  it('treats exactly the 4400-4499 close codes as permanent', () => {
    for (const code of Object.values(YJS_CLOSE)) expect(isPermanentDocClose(code)).toBe(true);
    expect(isPermanentDocClose(1006)).toBe(false);
    expect(isPermanentDocClose(4500)).toBe(false);
    expect(isPermanentDocClose(4399)).toBe(false);
  });

  it('maps an unauthorized close and connect error to "not in this workshop"', () => {
    expect(stopReasonFromDocClose(YJS_CLOSE.unauthorized)).toEqual({ kind: 'unauthorized' });
    expect(stopReasonFromConnectError({ message: 'x', data: { code: 'unauthorized', message: 'No.' } })).toEqual({ kind: 'unauthorized' });
    expect(stopReasonText(messagesEn, { kind: 'unauthorized' })).toBe(messagesEn.entry.notMember);
  });

  it('tells an outdated client to reload, and keeps retrying on transport errors', () => {
    expect(stopReasonFromConnectError({ data: { code: 'protocol_outdated' } })).toEqual({ kind: 'outdated' });
    expect(stopReasonFromConnectError(new Error('xhr poll error'))).toBeNull();
    expect(stopReasonFromConnectError(null)).toBeNull();
  });

  it('names the close code it does not know', () => {
    expect(stopReasonText(messagesEn, { kind: 'docClosed', code: 4499 })).toContain('4499');
    expect(stopReasonText(messagesEn, stopReasonFromDocClose(YJS_CLOSE.notFound))).toBe(messagesEn.entry.notFound);
  });
});
