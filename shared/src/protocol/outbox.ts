import type { Ack } from './errors';
import type { CommandData } from '../workshop/commands';
import type { CommandInput, CommandName } from '../workshop/commandSchemas';

/**
 * The client's outbox: every command is stored before it is sent and removed only when the server has
 * acknowledged it, so a lost connection, a reload or a crash of the tab loses nothing. On every (re)connect
 * the outbox resends what is still pending, in order; the server answers a repeated command id with the
 * first result, so nothing is applied twice.
 *
 * It owns no socket and no storage: both are injected (a Socket.io client and localStorage in the browser,
 * in-memory fakes in tests).
 */
export interface PendingCommand {
  commandId: string;
  name: CommandName;
  payload: Record<string, unknown>;
}

export interface OutboxStorage {
  load(): PendingCommand[];
  save(pending: readonly PendingCommand[]): void;
}

/** Sends one command and resolves with the server's ack; rejects if no ack came (timeout, disconnect). */
export type CommandSender = (name: CommandName, payload: Record<string, unknown>) => Promise<Ack<unknown>>;

export interface OutboxOptions {
  storage: OutboxStorage;
  send: CommandSender;
  newId: () => string;
  /** Called when a command settles, including commands restored from storage after a reload. */
  onSettled?: (command: PendingCommand, ack: Ack<unknown>) => void;
  /** Called whenever the number of pending commands changes. */
  onPendingChange?: (pendingCount: number) => void;
  /** Waits before resending a command the server could not take yet (rate limited, unavailable, no ack). */
  retryDelay: (attempt: number) => Promise<void>;
}

/** Errors after which the command was not applied and is worth sending again. */
const RETRYABLE = new Set(['rate_limited', 'unavailable']);

export class Outbox {
  private pending: PendingCommand[];
  private readonly waiters = new Map<string, (ack: Ack<unknown>) => void>();
  /** The connection epoch each command was last sent in, so a reconnect resends exactly once. */
  private readonly sentInEpoch = new Map<string, number>();
  private readonly attempts = new Map<string, number>();
  private epoch = 0;
  private online = false;

  constructor(private readonly opts: OutboxOptions) {
    this.pending = opts.storage.load();
  }

  /** Queues a command; resolves with its ack (never rejects: transport failures are retried). */
  submit<K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<Ack<CommandData[K]>> {
    const command: PendingCommand = { commandId: this.opts.newId(), name, payload: { ...input } };
    this.pending.push(command);
    this.persist();
    const settled = new Promise<Ack<unknown>>((resolve) => this.waiters.set(command.commandId, resolve));
    if (this.online) this.send(command);
    return settled as Promise<Ack<CommandData[K]>>;
  }

  /** The transport is connected (first time or again): resend everything not acknowledged. */
  connected(): void {
    this.online = true;
    this.epoch += 1;
    for (const command of [...this.pending]) this.send(command);
  }

  disconnected(): void {
    this.online = false;
  }

  pendingCommands(): readonly PendingCommand[] {
    return this.pending;
  }

  private send(command: PendingCommand): void {
    const epoch = this.epoch;
    if (this.sentInEpoch.get(command.commandId) === epoch) return;
    this.sentInEpoch.set(command.commandId, epoch);
    this.opts.send(command.name, { ...command.payload, commandId: command.commandId }).then(
      (ack) => {
        if (!ack.ok && RETRYABLE.has(ack.error.code)) return this.retryLater(command, epoch);
        this.settle(command, ack);
      },
      () => this.retryLater(command, epoch),
    );
  }

  private async retryLater(command: PendingCommand, epoch: number): Promise<void> {
    const attempt = (this.attempts.get(command.commandId) ?? 0) + 1;
    this.attempts.set(command.commandId, attempt);
    await this.opts.retryDelay(attempt);
    // A reconnect in the meantime has resent it already.
    if (!this.online || this.epoch !== epoch || !this.isPending(command.commandId)) return;
    this.sentInEpoch.delete(command.commandId);
    this.send(command);
  }

  private isPending(commandId: string): boolean {
    return this.pending.some((c) => c.commandId === commandId);
  }

  private settle(command: PendingCommand, ack: Ack<unknown>): void {
    if (!this.isPending(command.commandId)) return;
    this.pending = this.pending.filter((c) => c.commandId !== command.commandId);
    this.sentInEpoch.delete(command.commandId);
    this.attempts.delete(command.commandId);
    this.persist();
    this.waiters.get(command.commandId)?.(ack);
    this.waiters.delete(command.commandId);
    this.opts.onSettled?.(command, ack);
  }

  private persist(): void {
    this.opts.storage.save(this.pending);
    this.opts.onPendingChange?.(this.pending.length);
  }
}

/** Exponential back-off from 0.5 s, capped at 10 s: the delay before the attempt-th resend. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** Math.min(attempt - 1, 5));
}
