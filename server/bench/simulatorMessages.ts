import type { AwarenessMode } from './benchOptions';
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
  /** The simulator's own CPU in the window, % of one core. */
  cpuPercent: number;
  /** The simulator's event-loop delay in the window, p99, ms: high means latency includes the simulator's queue. */
  loopDelayP99Ms: number;
}

/** Simulator → parent. */
export type FromSimulator =
  | { type: 'ready'; clients: number; connectMs: number }
  | { type: 'result'; result: SimulatorResult }
  | { type: 'error'; message: string };
