/** One dot cast, from its sender's point of view. */
interface CastVote {
  workshop: number;
  sender: number;
  sentAtMs: number;
  measured: boolean;
  /** Lower bound of the dots-spent count this vote made (see VoteTracker). */
  low: number;
  /** Upper bound: the workshop's votes sent before this one's ack came back (itself included), less known rejections. */
  high: number | null;
  rejected: boolean;
}

interface WorkshopVotes {
  observers: number[];
  sent: number;
  acknowledged: number;
  rejected: number;
  /** The highest count any of the workshop's docs showed so far. */
  maxSeen: number;
  /** Per observer: reachedAtMs[k] = when its doc first showed dots spent ≥ k. */
  reachedAtMs: Map<number, number[]>;
}

export interface VoteResults {
  /** Votes sent in the window and accepted. */
  sent: number;
  /** Sent → every other participant's count includes it, taking the lower bound of the count it made. */
  lowMs: number[];
  /** The same with the upper bound (exact when no other vote of the workshop was in flight). */
  highMs: number[];
  /** When each lowMs/highMs vote was sent, ms on the tracker's clock (same order as lowMs). */
  sentAtMs: number[];
  /** Votes whose bounds differ: another vote of the same workshop was in flight at the same time. */
  ambiguous: number;
  /** (vote, participant) pairs where the participant's count never reached even the lower bound. */
  missingDeliveries: number;
  incompleteVotes: number;
  /** Votes whose upper bound some participant's count never reached (a vote rejected later was counted): timed at the lower. */
  highUnreached: number;
}

/**
 * Times dots from the sender to every other participant. A dot is private (VOTE3): what the room sees is only the
 * board's dots-spent count, so a vote is "visible" to someone when their count reaches the value this vote made.
 * The server applies a workshop's commands one at a time, so that value is 1 + the votes committed before it,
 * which the clients cannot know exactly when two votes cross. It lies between two bounds the simulator does know
 * (votes are never retracted here, so counts only grow; all of a workshop's clients share this process's clock):
 * at least 1 + the highest count any of the workshop's docs showed when it was sent, or 1 + the votes acknowledged
 * by then (either way, committed first); at most the votes sent before this one's ack came back, less those known
 * to be rejected (none sent later can have been committed before it). Both latencies are reported; they differ only
 * for votes that crossed another, and both lose their meaning once acks take seconds (an overloaded server).
 */
export class VoteTracker {
  private readonly workshops = new Map<number, WorkshopVotes>();
  private readonly votes: CastVote[] = [];

  /** `observers`: the participants of workshop `w` (each vote's sender excluded when timing it). */
  addWorkshop(w: number, observers: number[]): void {
    this.workshops.set(w, { observers, sent: 0, acknowledged: 0, rejected: 0, maxSeen: 0, reachedAtMs: new Map(observers.map((o) => [o, []])) });
  }

  /** A vote was sent; call the returned function with its ack. */
  sent(w: number, sender: number, atMs: number, measured: boolean): (ok: boolean) => void {
    const workshop = this.workshops.get(w)!;
    workshop.sent += 1;
    const vote: CastVote = { workshop: w, sender, sentAtMs: atMs, measured, low: Math.max(workshop.acknowledged, workshop.maxSeen) + 1, high: null, rejected: false };
    this.votes.push(vote);
    return (ok) => {
      if (!ok) {
        vote.rejected = true;
        workshop.rejected += 1;
        return;
      }
      workshop.acknowledged += 1;
      vote.high = workshop.sent - workshop.rejected;
    };
  }

  /** Client `observer` of workshop `w` now shows `dotsSpent`. */
  seen(w: number, observer: number, dotsSpent: number, atMs: number): void {
    const workshop = this.workshops.get(w);
    const reached = workshop?.reachedAtMs.get(observer);
    if (!workshop || !reached) return;
    workshop.maxSeen = Math.max(workshop.maxSeen, dotsSpent);
    // reached[0] is unused; fill every count passed since the last observation (updates may arrive merged).
    for (let k = Math.max(1, reached.length); k <= dotsSpent; k += 1) reached[k] = atMs;
  }

  results(): VoteResults {
    const out: VoteResults = { sent: 0, lowMs: [], highMs: [], sentAtMs: [], ambiguous: 0, missingDeliveries: 0, incompleteVotes: 0, highUnreached: 0 };
    for (const vote of this.votes) {
      if (!vote.measured || vote.rejected) continue;
      out.sent += 1;
      const workshop = this.workshops.get(vote.workshop)!;
      const others = workshop.observers.filter((o) => o !== vote.sender).map((o) => workshop.reachedAtMs.get(o)!);
      const missing = others.filter((reached) => reached[vote.low] === undefined).length;
      if (missing > 0) {
        out.missingDeliveries += missing;
        out.incompleteVotes += 1;
        continue;
      }
      const lastToSee = (k: number) => Math.max(...others.map((reached) => reached[k] ?? Number.POSITIVE_INFINITY));
      const low = lastToSee(vote.low) - vote.sentAtMs;
      // An unacknowledged vote has no upper bound: count it at the lower one (its ack is reported missing anyway).
      const high = lastToSee(vote.high ?? vote.low) - vote.sentAtMs;
      if (!Number.isFinite(high)) out.highUnreached += 1;
      out.lowMs.push(low);
      out.highMs.push(Number.isFinite(high) ? high : low);
      out.sentAtMs.push(vote.sentAtMs);
      if (vote.high !== null && vote.high > vote.low) out.ambiguous += 1;
    }
    return out;
  }
}
