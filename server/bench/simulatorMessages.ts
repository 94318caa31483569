import type { AwarenessMode, BenchScenario } from './benchOptions';
import type { BenchWorkshop } from './benchWorkshops';
import type { ServerKind } from './serverProcess';

/** The load's timing, sent to every simulator at once. */
export interface LoadTiming {
  warmupMs: number;
  measureMs: number;
  /** After the window: how long to wait for the last measured commands to arrive everywhere. */
  drainMs: number;
  /** Mean time between one participant's commands; each gap is drawn from ±20 % of it. */
  intervalMs: number;
}

/** What one simulator is to connect. */
export interface SimulatorSetup {
  kind: ServerKind;
  url: string;
  workshops: BenchWorkshop[];
  /** This simulator's number, part of its markers. */
  simulator: number;
  connectConcurrency: number;
  awareness: AwarenessMode;
  scenario: BenchScenario;
}

/** Parent → simulator. */
export type ToSimulator =
  | { type: 'setup'; setup: SimulatorSetup }
  | { type: 'start'; timing: LoadTiming }
  | { type: 'stop' };

/** What one simulator measured in the window. */
export interface SimulatorResult {
  clients: number;
  sent: number;
  latenciesMs: number[];
  /** When each measured command was sent, ms after the window opened (same order as latenciesMs). */
  sentAtMs: number[];
  missingDeliveries: number;
  incompleteCommands: number;
  /** Roundtable only: command → ack, ms. */
  ackLatenciesMs: number[];
  /** Roundtable only: rejected commands by error code. */
  rejected: Record<string, number>;
  /** Commands whose ack had not come when the results were taken. */
  unacknowledged: number;
  /** Connections lost from the start of the load (warm-up included) to the end of the drain, by cause. */
  disconnects: Record<string, number>;
  /** The simulator's event-loop delay in the window, p99, ms: high means latency includes the simulator's queue. */
  loopDelayP99Ms: number;
}

/** What one simulator measured of a whole board (see boardSchedule.ts); latencies in ms, on its own clock. */
export interface BoardSimulatorResult {
  clients: number;
  cards: {
    sent: number;
    latenciesMs: number[];
    /** When each measured card was sent, ms after the contribute window opened (same order as latenciesMs). */
    sentAtMs: number[];
    ackLatenciesMs: number[];
    /** Sent → the sender's own personal view lists it (Roundtable). */
    ownViewLatenciesMs: number[];
    ownViewMissing: number;
    missingDeliveries: number;
    incompleteCommands: number;
    unacknowledged: number;
    /** Participants who stopped adding cards because they reached their share of the board's card limit. */
    capped: number;
  };
  votes: {
    sent: number;
    lowMs: number[];
    highMs: number[];
    /** ms after the vote window opened. */
    sentAtMs: number[];
    ambiguous: number;
    highUnreached: number;
    ackLatenciesMs: number[];
    ownViewLatenciesMs: number[];
    ownViewMissing: number;
    missingDeliveries: number;
    incompleteVotes: number;
    unacknowledged: number;
    /** Participants who stopped voting because they had spent all their dots. */
    capped: number;
  };
  /** Per facilitator step ('reveal', 'group', 'vote', 'results'): sent → every participant shows it, one per workshop. */
  steps: Record<string, { latenciesMs: number[]; firstMs: number[]; ackLatenciesMs: number[]; missing: number; rejected: number }>;
  /** Participant docs that showed results whose tallies did not add up to the dots spent. */
  inconsistentTallies: number;
  /** Rejected commands by phase and code ("vote: limit_reached"). */
  rejected: Record<string, number>;
  disconnects: Record<string, number>;
  /** Event-loop delay p99 in the contribute and vote windows. */
  loopDelayP99Ms: { contribute: number; vote: number };
}

/** Simulator → parent. */
export type FromSimulator =
  | { type: 'ready'; clients: number; connectMs: number }
  | { type: 'result'; result: SimulatorResult }
  | { type: 'boardResult'; result: BoardSimulatorResult }
  | { type: 'error'; message: string };
