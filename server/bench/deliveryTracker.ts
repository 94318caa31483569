interface PendingCommand {
  sentAtMs: number;
  sender: number;
  expected: number;
  seenBy: Set<number>;
}

export interface DeliveryResults {
  /** Commands recorded (sent in the measurement window). */
  sent: number;
  /** Per command seen by every other client: sent → visible on the last of them, in ms. */
  latenciesMs: number[];
  /** When each of those commands was sent (same order), on the tracker's clock. */
  sentAtMs: number[];
  /** (command, client) pairs never seen: summed over commands some client never saw. */
  missingDeliveries: number;
  /** Commands at least one other client never saw. */
  incompleteCommands: number;
}

/**
 * Follows each measured command from its sender to every other client of its workshop. Markers are unique
 * strings, so an observation needs no workshop: a client only ever sees its own workshop's markers.
 * All timestamps come from one clock (the simulator process's performance.now()).
 */
export class DeliveryTracker {
  private readonly pending = new Map<string, PendingCommand>();
  private readonly latenciesMs: number[] = [];
  private readonly sentAtMs: number[] = [];
  private sent = 0;

  /** A command carrying `marker` was sent by client `sender`; `expected` other clients should see it. */
  sentCommand(marker: string, sender: number, expected: number, sentAtMs: number): void {
    this.sent += 1;
    if (expected === 0) return this.complete(sentAtMs, sentAtMs);
    this.pending.set(marker, { sentAtMs, sender, expected, seenBy: new Set() });
  }

  /** Client `observer` now shows `marker`. Unknown markers (warm-up, already complete) are ignored. */
  seen(marker: string, observer: number, atMs: number): void {
    const command = this.pending.get(marker);
    if (!command || observer === command.sender) return;
    command.seenBy.add(observer);
    if (command.seenBy.size < command.expected) return;
    this.complete(command.sentAtMs, atMs);
    this.pending.delete(marker);
  }

  private complete(sentAtMs: number, seenEverywhereAtMs: number): void {
    this.latenciesMs.push(seenEverywhereAtMs - sentAtMs);
    this.sentAtMs.push(sentAtMs);
  }

  /** Commands not yet seen by every other client. */
  get outstanding(): number {
    return this.pending.size;
  }

  results(): DeliveryResults {
    let missingDeliveries = 0;
    for (const command of this.pending.values()) missingDeliveries += command.expected - command.seenBy.size;
    return { sent: this.sent, latenciesMs: [...this.latenciesMs], sentAtMs: [...this.sentAtMs], missingDeliveries, incompleteCommands: this.pending.size };
  }
}
