import type { BenchOptions } from './benchOptions';
import { p95BySlice } from './benchRun';
import { boardSchedule, STEPS_TO_VOTE, type ScheduleWindow } from './boardSchedule';
import type { ChildProcesses } from './childProcesses';
import { summariseLatencies, type LatencySummary } from './latencySummary';
import { addUpCounts, progress, seconds, sleep, withLoadedServer } from './loadedServer';
import type { ServerKind } from './serverProcess';
import type { BoardSimulatorResult } from './simulatorMessages';
import { WindowMeter, type WindowFigures } from './windowMeter';

/** A window's server and machine figures, with the memory per client over the baseline. */
export interface BoardWindow extends WindowFigures {
  rssPerClient: number;
}

/** One kind of participant action (cards, dots), measured in its window. */
export interface ActionFigures {
  /** Accepted commands sent in the window. */
  sent: number;
  perSecond: number;
  /** Sent → visible to every other participant (for dots: the lower bound; see voteTracker.ts). */
  latency: LatencySummary;
  p95BySliceMs: number[];
  /** Roundtable: sent → acknowledged; sent → in the sender's own personal view. Null for the reference. */
  ack: LatencySummary | null;
  ownView: LatencySummary | null;
  ownViewMissing: number;
  missingDeliveries: number;
  incomplete: number;
  unacknowledged: number;
  capped: number;
  loopDelayP99Ms: number;
  window: BoardWindow;
}

/** One facilitator step: sent → every participant's doc shows it, one sample per workshop. */
export interface StepFigures {
  step: string;
  latency: LatencySummary;
  /** Sent → the first participant's doc shows it: the server's part, before the simulator applies it to the other docs. */
  first: LatencySummary;
  ack: LatencySummary | null;
  /** (workshop, participant) pairs that never showed it. */
  missing: number;
  rejected: number;
}

/** Everything one whole-board run (one server, one size) measured. Memory in bytes, CPU in % of one core. */
export interface BoardRunFigures {
  kind: ServerKind;
  workshops: number;
  participants: number;
  /** Participants and facilitators. */
  clients: number;
  baselineRss: number;
  setupMs: number;
  cards: ActionFigures;
  votes: ActionFigures & {
    /** Sent → every other participant's count reached the upper bound of the count this vote made. */
    latencyHigh: LatencySummary;
    ambiguous: number;
    highUnreached: number;
  };
  steps: StepFigures[];
  /** The three steps from contribute to vote, together. */
  stepsWindow: BoardWindow;
  /** vote → results: until every participant's doc has every card's tally. */
  results: StepFigures & { window: BoardWindow; inconsistentTallies: number };
  rejected: Record<string, number>;
  disconnects: Record<string, number>;
}

/** One server, one size, a whole board in every workshop (see boardSchedule.ts): load, measure each phase, stop. */
export function runBoardBench(kind: ServerKind, workshops: number, options: BenchOptions, children: ChildProcesses): Promise<BoardRunFigures> {
  const timing = { warmupMs: options.warmupMs, measureMs: options.measureMs, drainMs: options.drainMs, intervalMs: options.intervalMs };
  const schedule = boardSchedule(timing);
  return withLoadedServer(kind, workshops, 'board', options, children, async ({ server, baseline, pool, probeUrl, setupMs }) => {
    progress(`running a whole board for ${seconds(schedule.endMs)}: contribute, reveal, group, vote, results`);
    const results = pool.runBoard(timing);
    results.catch(() => undefined); // awaited below; a simulator failing mid-run must not go unhandled meanwhile
    const startedAt = performance.now();
    const clients = workshops * (options.participants + 1);
    const measure = async ({ fromMs, untilMs }: ScheduleWindow): Promise<BoardWindow> => {
      await sleep(startedAt + fromMs - performance.now());
      const meter = new WindowMeter(server.pid, probeUrl, pool.pids);
      await sleep(startedAt + untilMs - performance.now());
      const window = await meter.stop();
      return { ...window, rssPerClient: (window.rss - baseline.rssBytes) / clients };
    };
    const contributeWindow = await measure(schedule.contribute);
    progress('contribute window measured');
    const stepsWindow = await measure(schedule.steps);
    const voteWindow = await measure(schedule.vote);
    progress('vote window measured');
    const resultsWindow = await measure(schedule.results);
    const simulated = await results;

    const sum = (pick: (r: BoardSimulatorResult) => number) => simulated.reduce((total, r) => total + pick(r), 0);
    const all = (pick: (r: BoardSimulatorResult) => number[]) => simulated.flatMap(pick);
    const ours = <T>(value: T) => (kind === 'roundtable' ? value : null);
    const windowSeconds = options.measureMs / 1000;
    const step = (key: string, name: string): StepFigures => ({
      step: name,
      latency: summariseLatencies(all((r) => r.steps[key]?.latenciesMs ?? [])),
      first: summariseLatencies(all((r) => r.steps[key]?.firstMs ?? [])),
      ack: ours(summariseLatencies(all((r) => r.steps[key]?.ackLatenciesMs ?? []))),
      missing: sum((r) => r.steps[key]?.missing ?? 0),
      rejected: sum((r) => r.steps[key]?.rejected ?? 0),
    });
    return {
      kind,
      workshops,
      participants: options.participants,
      clients: sum((r) => r.clients),
      baselineRss: baseline.rssBytes,
      setupMs,
      cards: {
        sent: sum((r) => r.cards.sent),
        perSecond: sum((r) => r.cards.sent) / windowSeconds,
        latency: summariseLatencies(all((r) => r.cards.latenciesMs)),
        p95BySliceMs: p95BySlice(
          simulated.map((r) => r.cards),
          options.measureMs,
        ),
        ack: ours(summariseLatencies(all((r) => r.cards.ackLatenciesMs))),
        ownView: ours(summariseLatencies(all((r) => r.cards.ownViewLatenciesMs))),
        ownViewMissing: sum((r) => r.cards.ownViewMissing),
        missingDeliveries: sum((r) => r.cards.missingDeliveries),
        incomplete: sum((r) => r.cards.incompleteCommands),
        unacknowledged: kind === 'roundtable' ? sum((r) => r.cards.unacknowledged) : 0,
        capped: sum((r) => r.cards.capped),
        loopDelayP99Ms: Math.max(...simulated.map((r) => r.loopDelayP99Ms.contribute)),
        window: contributeWindow,
      },
      votes: {
        sent: sum((r) => r.votes.sent),
        perSecond: sum((r) => r.votes.sent) / windowSeconds,
        latency: summariseLatencies(all((r) => r.votes.lowMs)),
        latencyHigh: summariseLatencies(all((r) => r.votes.highMs)),
        ambiguous: sum((r) => r.votes.ambiguous),
        highUnreached: sum((r) => r.votes.highUnreached),
        p95BySliceMs: p95BySlice(
          simulated.map((r) => ({ latenciesMs: r.votes.lowMs, sentAtMs: r.votes.sentAtMs })),
          options.measureMs,
        ),
        ack: ours(summariseLatencies(all((r) => r.votes.ackLatenciesMs))),
        ownView: ours(summariseLatencies(all((r) => r.votes.ownViewLatenciesMs))),
        ownViewMissing: sum((r) => r.votes.ownViewMissing),
        missingDeliveries: sum((r) => r.votes.missingDeliveries),
        incomplete: sum((r) => r.votes.incompleteVotes),
        unacknowledged: kind === 'roundtable' ? sum((r) => r.votes.unacknowledged) : 0,
        capped: sum((r) => r.votes.capped),
        loopDelayP99Ms: Math.max(...simulated.map((r) => r.loopDelayP99Ms.vote)),
        window: voteWindow,
      },
      steps: STEPS_TO_VOTE.map(({ from, to }) => step(to, `${from} → ${to}`)),
      stepsWindow,
      results: { ...step('tallies', 'vote → results (tallies)'), window: resultsWindow, inconsistentTallies: sum((r) => r.inconsistentTallies) },
      rejected: addUpCounts(simulated.map((r) => r.rejected)),
      disconnects: addUpCounts(simulated.map((r) => r.disconnects)),
    };
  });
}
