import { LEAD_SLOTS, type LeadSlot } from '@roundtable/shared/plan/plan';
import type { LeadProgressRequest } from '@roundtable/shared/protocol/rest';
import type { KeyValueStorage } from '../live/outboxStorage';
import { isProgressStatus } from '../review/statusPresentation';

/** Where this browser keeps reports not yet acknowledged, one per action and lead, across reloads and days offline. */
export const PENDING_REPORTS_STORAGE_KEY = 'roundtable.leadReports';

/**
 * A report the lead sent. `sending` until the server acknowledges it, and resent with the same `commandId` (so the
 * server records it once however often it arrives); `refused` when the server said no for good: kept only so the
 * form can show it again to be put right.
 */
export interface PendingReport {
  actionId: string;
  slot: LeadSlot;
  request: LeadProgressRequest;
  state: 'sending' | 'refused';
}

function isEvidence(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.text === 'string' && (e.url === null || typeof e.url === 'string');
}

function isPendingReport(value: unknown): value is PendingReport {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  const r = p.request as Record<string, unknown> | null;
  return (
    typeof p.actionId === 'string' &&
    (LEAD_SLOTS as readonly unknown[]).includes(p.slot) &&
    (p.state === 'sending' || p.state === 'refused') &&
    typeof r === 'object' &&
    r !== null &&
    typeof r.commandId === 'string' &&
    r.commandId !== '' &&
    isProgressStatus(r.status) &&
    typeof r.note === 'string' &&
    Array.isArray(r.evidence) &&
    r.evidence.every(isEvidence)
  );
}

const keyOf = (actionId: string, slot: LeadSlot) => `${actionId}:${slot}`;

export interface PendingReports {
  get(actionId: string, slot: LeadSlot): PendingReport | null;
  /** Keeps `report`, replacing any earlier one for the same action and lead. */
  put(report: PendingReport): void;
  /** Forgets the report for this action and lead, but only if it is still the one with this commandId. */
  remove(actionId: string, slot: LeadSlot, commandId: string): void;
  /** Whether any report waits on this device (shown when the page cannot tell whose it is yet). */
  anySending(): boolean;
}

/**
 * Pending reports kept as one JSON object in `storage` (localStorage: a lead may close the tab while offline). What
 * is read back is checked, not trusted: a corrupt or foreign entry is dropped rather than sent. When storage refuses
 * (private mode, quota), nothing survives a reload, and nothing fails either.
 */
export function pendingReports(storage: KeyValueStorage | null): PendingReports {
  function readAll(): Record<string, PendingReport> {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(PENDING_REPORTS_STORAGE_KEY) ?? null;
    } catch {
      return {};
    }
    if (raw === null) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      const kept: Record<string, PendingReport> = {};
      for (const value of Object.values(parsed as Record<string, unknown>)) {
        if (isPendingReport(value)) kept[keyOf(value.actionId, value.slot)] = value;
      }
      return kept;
    } catch {
      return {};
    }
  }

  function writeAll(all: Record<string, PendingReport>): void {
    try {
      if (Object.keys(all).length === 0) storage?.removeItem(PENDING_REPORTS_STORAGE_KEY);
      else storage?.setItem(PENDING_REPORTS_STORAGE_KEY, JSON.stringify(all));
    } catch {
      // Kept in the page's memory only (see above).
    }
  }

  return {
    get: (actionId, slot) => readAll()[keyOf(actionId, slot)] ?? null,
    put(report) {
      writeAll({ ...readAll(), [keyOf(report.actionId, report.slot)]: report });
    },
    remove(actionId, slot, commandId) {
      const all = readAll();
      const key = keyOf(actionId, slot);
      if (all[key]?.request.commandId !== commandId) return;
      delete all[key];
      writeAll(all);
    },
    anySending: () => Object.values(readAll()).some((report) => report.state === 'sending'),
  };
}

/** This browser's localStorage, or null where it refuses it (some privacy modes throw on access). */
export function deviceStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
