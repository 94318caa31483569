import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { BenchParticipant } from './benchParticipant';
import { BoardSimulator } from './boardSimulator';
import { boardSchedule } from './boardSchedule';
import { DeliveryTracker } from './deliveryTracker';
import { inParallel } from './inParallel';
import { ReferenceParticipant } from './referenceParticipant';
import { RoundtableParticipant } from './roundtableParticipant';
import type { FromSimulator, LoadTiming, SimulatorResult, SimulatorSetup, ToSimulator } from './simulatorMessages';

const READY_TIMEOUT_MS = 60_000;
const LOOP_DELAY_RESOLUTION_MS = 10;
/** A simulator not told to start this long after it was spawned exits on its own. */
const SETUP_DEADLINE_MS = 10 * 60_000;
/** A simulator that has not finished this long after it was due exits on its own. */
const OVERRUN_MS = 120_000;

interface SimulatedClient {
  index: number;
  participant: BenchParticipant;
  /** Other clients in the same workshop: how many must see each of this client's markers. */
  others: number;
}

/**
 * One simulator process: owns some workshops, all their participants, and the one clock used to time
 * their commands from sending to being visible on every other client of the workshop.
 */
export class Simulator {
  private clients: SimulatedClient[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly simulator: number,
    private readonly send: (message: FromSimulator) => void,
  ) {}

  async setup({ kind, url, workshops, connectConcurrency, awareness }: SimulatorSetup): Promise<void> {
    const started = performance.now();
    // Workshops fill in parallel; within one, people arrive one after another, each connected before the next.
    const perWorkshop = await inParallel(workshops.length, connectConcurrency, async (w) => {
      const workshop = workshops[w]!;
      const connected: SimulatedClient[] = [];
      for (const { memberId, token } of workshop.participants) {
        const participant =
          kind === 'roundtable'
            ? new RoundtableParticipant(url, workshop.workshopId, memberId, token, awareness)
            : new ReferenceParticipant(url, workshop.workshopId, memberId, awareness);
        connected.push({ index: 0, participant, others: workshop.participants.length - 1 });
        await participant.ready(READY_TIMEOUT_MS);
      }
      return connected;
    });
    this.clients = perWorkshop.flat().map((client, index) => ({ ...client, index }));
    this.send({ type: 'ready', clients: this.clients.length, connectMs: performance.now() - started });
  }

  run(timing: LoadTiming): Promise<SimulatorResult> {
    const tracker = new DeliveryTracker();
    const ackLatenciesMs: number[] = [];
    const rejected: Record<string, number> = {};
    let unacknowledged = 0;
    for (const client of this.clients) client.participant.onMarker((marker) => tracker.seen(marker, client.index, performance.now()));

    const start = performance.now();
    const measureFrom = start + timing.warmupMs;
    const measureUntil = measureFrom + timing.measureMs;
    for (const client of this.clients) client.participant.disconnects.take(); // count from here
    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });

    const sendNext = (client: SimulatedClient, seq: number) => {
      const now = performance.now();
      if (now >= measureUntil) return;
      const marker = `${this.simulator}.${client.index}.${seq}`;
      const measured = now >= measureFrom;
      if (measured) {
        tracker.sentCommand(marker, client.index, client.others, now);
        unacknowledged += 1;
      }
      void client.participant.send(marker).then((ack) => {
        if (!measured) return;
        unacknowledged -= 1;
        ackLatenciesMs.push(performance.now() - now);
        if (!ack.ok) rejected[ack.code] = (rejected[ack.code] ?? 0) + 1;
      });
      this.after(timing.intervalMs * (0.8 + 0.4 * Math.random()), () => sendNext(client, seq + 1));
    };
    for (const client of this.clients) this.after(timing.intervalMs * Math.random(), () => sendNext(client, 0));

    return new Promise((resolve) => {
      this.after(timing.warmupMs, () => {
        loopDelay.enable();
      });
      this.after(timing.warmupMs + timing.measureMs, () => {
        loopDelay.disable();
        const drainUntil = performance.now() + timing.drainMs;
        const finish = () => {
          if (tracker.outstanding > 0 && performance.now() < drainUntil) return void this.after(100, finish);
          const deliveries = tracker.results();
          resolve({
            clients: this.clients.length,
            sent: deliveries.sent,
            latenciesMs: deliveries.latenciesMs,
            sentAtMs: deliveries.sentAtMs.map((at) => at - measureFrom),
            missingDeliveries: deliveries.missingDeliveries,
            incompleteCommands: deliveries.incompleteCommands,
            ackLatenciesMs,
            rejected,
            unacknowledged,
            disconnects: this.takeDisconnects(),
            // The histogram holds whole intervals between samples: the delay is what exceeds the resolution.
            loopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS),
          });
        };
        finish();
      });
    });
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const client of this.clients) client.participant.close();
  }

  private takeDisconnects(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const client of this.clients) for (const [cause, n] of Object.entries(client.participant.disconnects.take())) total[cause] = (total[cause] ?? 0) + n;
    return total;
  }

  private after(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
}

/** The child-process side: setup → ready → start → result → stop, over IPC; exits if the parent goes away. */
function runSimulatorProcess(): void {
  const send = (message: FromSimulator) => process.send?.(message);
  let simulator: Simulator | BoardSimulator | null = null;
  const fail = (error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    setTimeout(() => process.exit(1), 200);
  };
  const exitLater = (ms: number) => setTimeout(() => process.exit(1), ms).unref();
  let deadline = exitLater(SETUP_DEADLINE_MS);
  // Every y-websocket provider in Node adds a process 'exit' listener; a simulator holds over a thousand.
  process.setMaxListeners(0);
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: ToSimulator) => {
    if (message.type === 'setup') {
      simulator = message.setup.scenario === 'board' ? new BoardSimulator(message.setup.simulator, send) : new Simulator(message.setup.simulator, send);
      simulator.setup(message.setup).catch(fail);
    } else if (message.type === 'start' && simulator instanceof BoardSimulator) {
      clearTimeout(deadline);
      deadline = exitLater(boardSchedule(message.timing).endMs + OVERRUN_MS);
      simulator.run(message.timing).then((result) => send({ type: 'boardResult', result }), fail);
    } else if (message.type === 'start' && simulator instanceof Simulator) {
      const { warmupMs, measureMs, drainMs } = message.timing;
      clearTimeout(deadline);
      deadline = exitLater(warmupMs + measureMs + drainMs + OVERRUN_MS);
      simulator.run(message.timing).then((result) => send({ type: 'result', result }), fail);
    } else if (message.type === 'stop') {
      simulator?.close();
      setTimeout(() => process.exit(0), 200);
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runSimulatorProcess();
