import type { ActionId, Brand } from '../ids/ids';
import type { LeadSlot } from '../plan/plan';
import type { Sector } from '../members/sector';

/**
 * Progress on the agreed action plan between session four and session five, reported by each action's two leads
 * through a personal link (no account). Every report is kept, with its date and the reporting lead's sector:
 * nothing is overwritten, so session five can show each action's history since agreement.
 */
export type ProgressUpdateId = Brand<string, 'ProgressUpdateId'>;
export type LeadLinkId = Brand<string, 'LeadLinkId'>;

export const PROGRESS_STATUSES = ['not_started', 'on_track', 'at_risk', 'done', 'dropped'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Red-amber-green, always shown with the status's words as well (never colour alone). */
export type Rag = 'red' | 'amber' | 'green' | 'grey';
export const STATUS_RAG: Record<ProgressStatus, Rag> = {
  not_started: 'grey',
  on_track: 'green',
  at_risk: 'amber',
  done: 'green',
  dropped: 'red',
};

/** A piece of evidence: a sentence, and a link where there is one (http or https only). */
export interface Evidence {
  text: string;
  url: string | null;
}

export interface ProgressUpdate {
  id: ProgressUpdateId;
  actionId: ActionId;
  /** Which of the action's two leads reported it, and that lead's sector as it was then. */
  slot: LeadSlot;
  sector: Sector;
  status: ProgressStatus;
  note: string;
  evidence: Evidence[];
  /** The agreed plan version the action belonged to when this was reported. */
  planVersion: number;
  at: string;
}
