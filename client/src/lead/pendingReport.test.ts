import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../live/outboxStorage';
import { PENDING_REPORTS_STORAGE_KEY, pendingReports, type PendingReport } from './pendingReport';

function fakeStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const report = (commandId: string, over: Partial<PendingReport> = {}): PendingReport => ({
  actionId: 'a1',
  slot: 'councilLead',
  request: { commandId, status: 'on_track', note: 'Met twice.', evidence: [{ text: 'Minutes', url: 'https://example.org/m' }] },
  state: 'sending',
  ...over,
});

describe('reports waiting on this device', () => {
  it('[REV7] survive a reload: another page reading the same storage finds the report with its commandId', () => {
    const storage = fakeStorage();
    pendingReports(storage).put(report('c1'));
    const afterReload = pendingReports(storage);
    expect(afterReload.get('a1', 'councilLead')).toEqual(report('c1'));
    expect(afterReload.anySending()).toBe(true);
  });

  it('are kept one per action and lead, the later replacing the earlier', () => {
    const store = pendingReports(fakeStorage());
    store.put(report('c1'));
    store.put(report('c2', { slot: 'thirdSectorLead' }));
    store.put(report('c3'));
    expect(store.get('a1', 'councilLead')?.request.commandId).toBe('c3');
    expect(store.get('a1', 'thirdSectorLead')?.request.commandId).toBe('c2');
    expect(store.get('a2', 'councilLead')).toBeNull();
  });

  it('[REV7] are forgotten once acknowledged, but an old acknowledgement leaves a newer report alone', () => {
    const storage = fakeStorage();
    const store = pendingReports(storage);
    store.put(report('c2'));
    store.remove('a1', 'councilLead', 'c1');
    expect(store.get('a1', 'councilLead')?.request.commandId).toBe('c2');
    store.remove('a1', 'councilLead', 'c2');
    expect(store.get('a1', 'councilLead')).toBeNull();
    expect(storage.items.has(PENDING_REPORTS_STORAGE_KEY)).toBe(false);
  });

  it('refused by the server are kept for the form, not to be sent again', () => {
    const store = pendingReports(fakeStorage());
    store.put(report('c1', { state: 'refused' }));
    expect(store.get('a1', 'councilLead')?.state).toBe('refused');
    expect(store.anySending()).toBe(false);
  });

  it('[REV7] read back are checked: corrupt or foreign entries are dropped, never sent', () => {
    const storage = fakeStorage();
    storage.items.set(PENDING_REPORTS_STORAGE_KEY, '{not json');
    expect(pendingReports(storage).get('a1', 'councilLead')).toBeNull();
    const bad = {
      x: { ...report('c1'), slot: 'mayor' },
      y: { ...report('c2', { actionId: 'a2' }), request: { ...report('c2').request, status: 'late' } },
      z: { ...report('', { actionId: 'a3' }) },
      w: { ...report('c4', { actionId: 'a4' }), request: { ...report('c4').request, evidence: [{ text: 'A', url: 7 }] } },
      ok: report('c5', { actionId: 'a5' }),
    };
    storage.items.set(PENDING_REPORTS_STORAGE_KEY, JSON.stringify(bad));
    const store = pendingReports(storage);
    expect(['a1', 'a2', 'a3', 'a4'].map((a) => store.get(a, 'councilLead'))).toEqual([null, null, null, null]);
    expect(store.get('a5', 'councilLead')?.request.commandId).toBe('c5');
    storage.items.set(PENDING_REPORTS_STORAGE_KEY, JSON.stringify([report('c1')]));
    expect(pendingReports(storage).anySending()).toBe(false);
  });

  it('work without storage, or with storage that refuses, and nothing throws', () => {
    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    for (const storage of [refusing, null]) {
      const store = pendingReports(storage);
      expect(() => store.put(report('c1'))).not.toThrow();
      expect(store.get('a1', 'councilLead')).toBeNull();
      expect(() => store.remove('a1', 'councilLead', 'c1')).not.toThrow();
      expect(store.anySending()).toBe(false);
    }
  });
});
