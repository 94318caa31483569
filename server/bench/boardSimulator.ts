import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { BoardClient, SendResult } from './boardClient';
import { BENCH_VOTES_PER_PARTICIPANT, boardSchedule, PHASE_SPREAD_MS, STEPS_TO_VOTE, type ScheduleWindow } from './boardSchedule';
import type { BenchMember } from './benchWorkshops';
import { DeliveryTracker } from './deliveryTracker';
import { inParallel } from './inParallel';
import { ReferenceBoardClient } from './referenceBoardClient';
import { RoundtableBoardClient } from './roundtableBoardClient';
import type { BoardSimulatorResult, FromSimulator, LoadTiming, SimulatorSetup } from './simulatorMessages';
import { OwnViewTracker, StepTracker } from './stepTracker';
import { VoteTracker } from './voteTracker';
import { CARDS_PER_BOARD_MAX, CARDS_PER_MEMBER_PER_BOARD_MAX } from '@roundtable/shared/board/boardLimits';

const READY_TIMEOUT_MS = 60_000;
const LOOP_DELAY_RESOLUTION_MS = 10;
/** The step key under which the results are timed: until the tallies, not just the phase, are in every doc. */
const TALLIES = 'tallies';

interface Participant {
  index: number;
  client: BoardClient;
}

interface Workshop {
  w: number;
  facilitator: BoardClient;
  participants: Participant[];
}

/**
 * One simulator process in the board scenario: owns some workshops, each with its lead facilitator and its
 * participants, and runs boardSchedule() on them, timing everything on its one clock.
 */
export class BoardSimulator {
  private workshops: Workshop[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private kind: SimulatorSetup['kind'] = 'roundtable';

  constructor(
    private readonly simulator: number,
    private readonly send: (message: FromSimulator) => void,
  ) {}

  /** Connects every member (the facilitator first), opens each workshop's board at contribute, and waits until all see it. */
  async setup({ kind, url, workshops, connectConcurrency, awareness }: SimulatorSetup): Promise<void> {
    const started = performance.now();
    this.kind = kind;
    const connect = async (workshopId: string, { memberId, token }: BenchMember) => {
      const client = kind === 'roundtable' ? new RoundtableBoardClient(url, workshopId, memberId, token, awareness) : new ReferenceBoardClient(url, workshopId, memberId, awareness);
      await client.ready(READY_TIMEOUT_MS);
      return client;
    };
    const connected = await inParallel(workshops.length, connectConcurrency, async (w) => {
      const { workshopId, facilitator, participants } = workshops[w]!;
      const lead = await connect(workshopId, facilitator);
      const clients: BoardClient[] = [];
      for (const member of participants) clients.push(await connect(workshopId, member));
      const opened = await lead.openBoard();
      if (!opened.ok) throw new Error(`the facilitator could not open the bench board: ${opened.code}`);
      await Promise.all(clients.map((c) => until(() => c.board().phase === 'contribute', READY_TIMEOUT_MS, 'a participant never saw the board open')));
      return { lead, clients };
    });
    let index = 0;
    this.workshops = connected.map(({ lead, clients }, w) => ({ w, facilitator: lead, participants: clients.map((client) => ({ index: index++, client })) }));
    this.send({ type: 'ready', clients: index + this.workshops.length, connectMs: performance.now() - started });
  }

  run(timing: LoadTiming): Promise<BoardSimulatorResult> {
    const schedule = boardSchedule(timing);
    const start = performance.now();
    const within = (t: number, window: ScheduleWindow) => t >= start + window.fromMs && t < start + window.untilMs;
    const random = (spanMs: number) => spanMs * Math.random();
    const nextGap = () => timing.intervalMs * (0.8 + 0.4 * Math.random());
    const measuresOwnView = this.kind === 'roundtable';

    const cards = new DeliveryTracker();
    const votes = new VoteTracker();
    const steps = new StepTracker();
    const result = emptyResult(this.workshops.reduce((n, w) => n + w.participants.length + 1, 0));
    const stepAcks = new Map<string, number[]>();
    const stepRejected = new Map<string, number>();
    const ownCards = new Map<number, OwnViewTracker>();
    const ownVotes = new Map<number, OwnViewTracker>();
    const inconsistent = new Set<number>();
    const reject = (what: string, ack: SendResult) => {
      if (!ack.ok) result.rejected[`${what}: ${ack.code}`] = (result.rejected[`${what}: ${ack.code}`] ?? 0) + 1;
    };

    for (const { w, participants } of this.workshops) {
      votes.addWorkshop(
        w,
        participants.map((p) => p.index),
      );
      for (const { index, client } of participants) {
        ownCards.set(index, new OwnViewTracker(result.cards.ownViewLatenciesMs));
        ownVotes.set(index, new OwnViewTracker(result.votes.ownViewLatenciesMs));
        client.onCard((text) => cards.seen(text, index, performance.now()));
        client.onBoard(({ phase, dotsSpent }) => {
          const now = performance.now();
          votes.seen(w, index, dotsSpent, now);
          if (phase) steps.seen(phase, w, index, now);
        });
        client.onDocUpdate(() => {
          if (!steps.waiting(TALLIES, w)) return;
          const shown = client.talliesShown();
          if (shown === 'inconsistent') inconsistent.add(index);
          if (shown === 'yes') steps.seen(TALLIES, w, index, performance.now());
        });
        client.onOwnView(({ cards: ownCardCount, dots }) => {
          const now = performance.now();
          ownCards.get(index)!.seen(ownCardCount, now);
          ownVotes.get(index)!.seen(dots, now);
        });
      }
    }
    for (const { client } of this.workshops.flatMap((w) => w.participants)) client.disconnects.take(); // count from here

    // Contribute: one card every ~interval, each with a unique marker in its text, up to a fair share of the board's limit.
    for (const { participants } of this.workshops) {
      const cap = Math.min(CARDS_PER_MEMBER_PER_BOARD_MAX, Math.floor(CARDS_PER_BOARD_MAX / participants.length));
      for (const { index, client } of participants) {
        const addCard = (seq: number) => {
          const now = performance.now();
          if (now >= start + schedule.cardsUntilMs) return;
          if (seq >= cap) return void (result.cards.capped += 1);
          const marker = `Bench card ${this.simulator}.${index}.${seq}`;
          const measured = within(now, schedule.contribute);
          if (measured) {
            cards.sentCommand(marker, index, participants.length - 1, now);
            result.cards.unacknowledged += 1;
          }
          const own = ownCards.get(index)!.sent(now, measured);
          void client.addCard(marker).then((ack) => {
            own(ack.ok);
            reject('card', ack);
            if (!measured) return;
            result.cards.unacknowledged -= 1;
            result.cards.ackLatenciesMs.push(performance.now() - now);
          });
          this.after(nextGap(), () => addCard(seq + 1));
        };
        this.after(random(timing.intervalMs), () => addCard(0));
      }
    }

    // The facilitator's steps to the vote, then the results; each workshop's at its own moment within the spread.
    const step = (w: Workshop, key: string, from: Parameters<BoardClient['setPhase']>[0], to: Parameters<BoardClient['setPhase']>[1]) => {
      const now = performance.now();
      steps.sent(
        key,
        w.w,
        w.participants.map((p) => p.index),
        now,
      );
      void w.facilitator.setPhase(from, to).then((ack) => {
        stepAcks.set(key, [...(stepAcks.get(key) ?? []), performance.now() - now]);
        if (!ack.ok) stepRejected.set(key, (stepRejected.get(key) ?? 0) + 1);
      });
    };
    for (const w of this.workshops) {
      STEPS_TO_VOTE.forEach(({ from, to }, i) => this.after(schedule.stepsAtMs[i]! + random(PHASE_SPREAD_MS), () => step(w, to, from, to)));
      this.after(schedule.resultsAtMs + random(PHASE_SPREAD_MS), () => step(w, TALLIES, 'vote', 'results'));
    }

    // Vote: one dot every ~interval on a random card of the board, until the dots run out.
    for (const { w, participants } of this.workshops) {
      for (const { index, client } of participants) {
        const castVote = (seq: number) => {
          const now = performance.now();
          if (now >= start + schedule.vote.untilMs) return;
          if (seq >= BENCH_VOTES_PER_PARTICIPANT) return void (result.votes.capped += 1);
          const items = client.votableItems();
          if (items.length === 0) return void this.after(nextGap(), () => castVote(seq));
          const measured = within(now, schedule.vote);
          // Recorded before sending: the reference applies a vote to its own doc at once, inside castVote.
          const acked = votes.sent(w, index, now, measured);
          const own = ownVotes.get(index)!.sent(now, measured);
          if (measured) result.votes.unacknowledged += 1;
          void client.castVote(items[Math.floor(Math.random() * items.length)]!).then((ack) => {
            acked(ack.ok);
            own(ack.ok);
            reject('vote', ack);
            if (!measured) return;
            result.votes.unacknowledged -= 1;
            result.votes.ackLatenciesMs.push(performance.now() - now);
          });
          this.after(nextGap(), () => castVote(seq + 1));
        };
        this.after(schedule.votesFromMs + random(timing.intervalMs), () => castVote(0));
      }
    }

    const loopDelay = { contribute: this.loopDelayIn(schedule.contribute), vote: this.loopDelayIn(schedule.vote) };
    return new Promise((resolve) => {
      this.after(schedule.endMs, () => {
        const delivered = cards.results();
        Object.assign(result.cards, {
          sent: delivered.sent,
          latenciesMs: delivered.latenciesMs,
          sentAtMs: delivered.sentAtMs.map((at) => at - (start + schedule.contribute.fromMs)),
          missingDeliveries: delivered.missingDeliveries,
          incompleteCommands: delivered.incompleteCommands,
        });
        const voted = votes.results();
        Object.assign(result.votes, { ...voted, sentAtMs: voted.sentAtMs.map((at) => at - (start + schedule.vote.fromMs)) });
        const all = [...this.workshops.flatMap((w) => w.participants.map((p) => p.index))];
        if (measuresOwnView) {
          result.cards.ownViewMissing = all.reduce((n, i) => n + ownCards.get(i)!.missing, 0);
          result.votes.ownViewMissing = all.reduce((n, i) => n + ownVotes.get(i)!.missing, 0);
        }
        const stepped = steps.results();
        for (const key of [...STEPS_TO_VOTE.map((s) => s.to), TALLIES]) {
          result.steps[key] = {
            latenciesMs: stepped.latenciesMs.get(key) ?? [],
            firstMs: stepped.firstMs.get(key) ?? [],
            ackLatenciesMs: stepAcks.get(key) ?? [], missing: stepped.missing.get(key) ?? 0, rejected: stepRejected.get(key) ?? 0 };
        }
        result.inconsistentTallies = inconsistent.size;
        result.disconnects = this.takeDisconnects();
        result.loopDelayP99Ms = { contribute: p99Delay(loopDelay.contribute), vote: p99Delay(loopDelay.vote) };
        resolve(result);
      });
    });
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const { facilitator, participants } of this.workshops) {
      facilitator.close();
      for (const { client } of participants) client.close();
    }
  }

  /** An event-loop delay histogram recording only during `window`. */
  private loopDelayIn(window: ScheduleWindow): IntervalHistogram {
    const histogram = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });
    this.after(window.fromMs, () => histogram.enable());
    this.after(window.untilMs, () => histogram.disable());
    return histogram;
  }

  private takeDisconnects(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const { facilitator, participants } of this.workshops) {
      for (const client of [facilitator, ...participants.map((p) => p.client)]) {
        for (const [cause, n] of Object.entries(client.disconnects.take())) total[cause] = (total[cause] ?? 0) + n;
      }
    }
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

/** The histogram holds whole intervals between samples: the delay is what exceeds the resolution. */
function p99Delay(histogram: IntervalHistogram): number {
  return histogram.count === 0 ? 0 : Math.max(0, histogram.percentile(99) / 1e6 - LOOP_DELAY_RESOLUTION_MS);
}

/** Resolves once `check()` holds (polled every 50 ms); rejects with `message` after `timeoutMs`. */
async function until(check: () => boolean, timeoutMs: number, message: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function emptyResult(clients: number): BoardSimulatorResult {
  const common = () => ({ sent: 0, ackLatenciesMs: [], ownViewLatenciesMs: [], ownViewMissing: 0, missingDeliveries: 0, unacknowledged: 0, capped: 0, sentAtMs: [] });
  return {
    clients,
    cards: { ...common(), latenciesMs: [], incompleteCommands: 0 },
    votes: { ...common(), lowMs: [], highMs: [], ambiguous: 0, highUnreached: 0, incompleteVotes: 0 },
    steps: {},
    inconsistentTallies: 0,
    rejected: {},
    disconnects: {},
    loopDelayP99Ms: { contribute: 0, vote: 0 },
  };
}
