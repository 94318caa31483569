import type { BoardPhase } from '@roundtable/shared/board/board';
import type { LoadTiming } from './simulatorMessages';

/** Each facilitator step gets this long; every workshop's facilitator sends it at a random moment in its first half. */
export const PHASE_STEP_MS = 10_000;
/** How far apart the workshops' facilitators send the same step (uniformly), as real facilitators would not click together. */
export const PHASE_SPREAD_MS = 5_000;
/** The board's dots: VOTES_PER_PARTICIPANT_MAX, so a participant voting every ~5 s for 70 s does not run out. */
export const BENCH_VOTES_PER_PARTICIPANT = 20;
export const BENCH_VOTES_PER_ITEM_MAX = 20;

/** The steps the facilitator takes between contributing and voting, in order; each is measured. */
export const STEPS_TO_VOTE: readonly { from: BoardPhase; to: BoardPhase }[] = [
  { from: 'contribute', to: 'reveal' },
  { from: 'reveal', to: 'group' },
  { from: 'group', to: 'vote' },
];

/** A window of the schedule, ms after the simulators started. */
export interface ScheduleWindow {
  fromMs: number;
  untilMs: number;
}

/**
 * The whole-board run, the same in every simulator and in the parent (all offsets in ms from the start):
 *
 *   0                        participants add cards (board already open, at contribute, since setup)
 *   warmup … +measure        the contribute window: cards measured
 *   + drain                  last cards arrive
 *   3 × PHASE_STEP_MS        contribute → reveal → group → vote, each sent by every facilitator within PHASE_SPREAD_MS
 *   warmup … +measure        participants cast dots; the vote window: dots measured
 *   + drain                  last dots arrive
 *   PHASE_STEP_MS            vote → results, sent within PHASE_SPREAD_MS: tallies measured
 *   + drain                  end
 */
export interface BoardSchedule {
  /** Participants send cards from 0 until this. */
  cardsUntilMs: number;
  contribute: ScheduleWindow;
  /** When the facilitators' spread of each of STEPS_TO_VOTE begins. */
  stepsAtMs: number[];
  steps: ScheduleWindow;
  /** Participants cast dots from here until `vote.untilMs`. */
  votesFromMs: number;
  vote: ScheduleWindow;
  resultsAtMs: number;
  results: ScheduleWindow;
  endMs: number;
}

export function boardSchedule({ warmupMs, measureMs, drainMs }: LoadTiming): BoardSchedule {
  const cardsUntilMs = warmupMs + measureMs;
  const stepsFromMs = cardsUntilMs + drainMs;
  const stepsAtMs = STEPS_TO_VOTE.map((_, i) => stepsFromMs + i * PHASE_STEP_MS);
  const votesFromMs = stepsFromMs + STEPS_TO_VOTE.length * PHASE_STEP_MS;
  const voteUntilMs = votesFromMs + warmupMs + measureMs;
  const resultsAtMs = voteUntilMs + drainMs;
  const endMs = resultsAtMs + PHASE_STEP_MS + drainMs;
  return {
    cardsUntilMs,
    contribute: { fromMs: warmupMs, untilMs: cardsUntilMs },
    stepsAtMs,
    steps: { fromMs: stepsFromMs, untilMs: votesFromMs },
    votesFromMs,
    vote: { fromMs: votesFromMs + warmupMs, untilMs: voteUntilMs },
    resultsAtMs,
    results: { fromMs: resultsAtMs, untilMs: resultsAtMs + PHASE_STEP_MS },
    endMs,
  };
}
