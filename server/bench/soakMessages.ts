import type { BenchWorkshop } from './benchWorkshops';

/** What one soak worker connects: whole workshops, each with its lead facilitator and its participants. */
export interface SoakWorkerSetup {
  url: string;
  workshops: BenchWorkshop[];
  /** This worker's number, part of its card texts. */
  worker: number;
  connectConcurrency: number;
}

/** The load, sent to every worker at once. */
export interface SoakPlan {
  /** Each workshop starts its first activity at a random moment within this, so that workshops are not in step. */
  staggerMs: number;
  /** The worker exits by itself this long after the start, should the parent never stop it. */
  exitAfterMs: number;
}

/** Parent → worker. */
export type ToSoakWorker =
  | { type: 'setup'; setup: SoakWorkerSetup }
  | { type: 'start'; plan: SoakPlan }
  /** Send the counts since the last `take`. */
  | { type: 'take' }
  /** Send no more commands; wait (at most `drainMs`) for the acks still due, then report. */
  | { type: 'finish'; drainMs: number }
  | { type: 'stop' };

/** What a worker's clients did since the last report. */
export interface SoakCounts {
  sent: number;
  /** Acknowledged as applied. */
  acked: number;
  /** Acknowledged as not applied, by `command: code`. */
  refused: Record<string, number>;
  /** Commands whose ack had not come 30 s after they were submitted (counted once, when they reach 30 s). */
  timedOut: number;
  /** Submitted → acknowledged, for every command acknowledged (applied or refused) in the period. */
  ackLatenciesMs: number[];
  /** Connections lost while the load ran, by cause ("commands: ping timeout", "doc: 1006"…). */
  disconnects: Record<string, number>;
  /** Presence changes the clients sent (awareness: a member looking at another board). */
  presenceChanges: number;
  /** The worker's own event-loop delay, p99, ms: high means ack times include the worker's queue. */
  loopDelayP99Ms: number;
}

/** What was acknowledged as applied in one workshop, to compare with what the store holds afterwards. */
export interface SoakLedger {
  workshopId: string;
  /** Every card acknowledged as added, with its board and the text of its last acknowledged edit. */
  cards: Record<string, { boardId: string; text: string }>;
  /** Dots acknowledged as placed, by board (none are taken back). */
  dots: Record<string, number>;
  objectives: string[];
  actions: string[];
  proposals: string[];
}

/** A worker's final report, after `finish`. */
export interface SoakWorkerResult {
  counts: SoakCounts;
  ledgers: SoakLedger[];
  /** Commands never acknowledged by the end of the drain. */
  unacknowledged: number;
  /** Sent, acknowledged and refused, by command name, over the whole run. */
  byCommand: Record<string, { sent: number; acked: number; refused: number }>;
}

/** Worker → parent. */
export type FromSoakWorker =
  | { type: 'ready'; clients: number; connectMs: number }
  | { type: 'counts'; counts: SoakCounts }
  | { type: 'done'; result: SoakWorkerResult }
  | { type: 'error'; message: string };
