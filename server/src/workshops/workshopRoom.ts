import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { readWorkshop } from '@roundtable/shared/doc/readWorkshop';
import { migrateDoc, writeWorkshop } from '@roundtable/shared/doc/workshopDoc';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import type { CommandData, CommandName, CommandPayload } from '@roundtable/shared/protocol/commands';
import { fail, ok, type Ack } from '@roundtable/shared/protocol/errors';
import type { Actor, Effect, TransitionContext, TransitionResult } from '@roundtable/shared/workshop/transition';
import { applyCommand } from '@roundtable/shared/workshop/workshopCommands';
import { arriveMember, joinWorkshop, type NewParticipant } from '@roundtable/shared/workshop/workshopTransitions';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { Logger } from '../app/logger';
import type { Commit, WorkshopStore } from '../store/workshopStore';
import { SerialQueue } from './serialQueue';

export interface RoomDeps {
  store: WorkshopStore;
  logger: Logger;
  /** A fresh context (clock, ids, codes) for each transition. */
  context: () => TransitionContext;
  compactEveryNUpdates: number;
  /** After a commit that removed a member: close their connections. */
  onMemberRemoved: (workshopId: WorkshopId, memberId: MemberId) => void;
  /** After a failed commit: the in-memory doc may hold an uncommitted change; the room must be dropped. */
  onBroken: (room: WorkshopRoom) => void;
}

export type UpdateListener = (update: Uint8Array) => void;

/**
 * One workshop, live: its doc (always equal to the last committed state), its awareness, and the queue its
 * changes go through. The order within a change is the durability contract:
 *   transition (pure) → write the doc, capturing the Yjs update → commit update + command result in one
 *   transaction → only then broadcast the update and acknowledge.
 * So no client ever holds state the store could lose, and a resent command id returns its first result.
 */
export class WorkshopRoom {
  readonly awareness: Awareness;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<UpdateListener>();
  private updatesSinceSnapshot: number;
  /**
   * This room's compaction threshold: COMPACT_EVERY_N_UPDATES plus up to half again, drawn per room, so workshops
   * created together and equally busy do not all compact in the same second (measured: a visible latency spike).
   */
  private readonly compactAfter: number;
  private compacting = false;
  private broken = false;

  private constructor(
    readonly workshopId: WorkshopId,
    readonly doc: Y.Doc,
    private state: WorkshopState,
    private lastSeq: number,
    updatesInLog: number,
    private readonly deps: RoomDeps,
  ) {
    this.updatesSinceSnapshot = updatesInLog;
    this.compactAfter = Math.round(deps.compactEveryNUpdates * (1 + Math.random() / 2));
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
  }

  /** Loads a workshop from snapshot + log, migrating its doc layout if needed. Null if it does not exist. */
  static async load(workshopId: WorkshopId, deps: RoomDeps): Promise<WorkshopRoom | null> {
    const stored = await deps.store.loadDoc(workshopId);
    if (!stored) return null;
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    let lastSeq = stored.lastSeq;
    const migrated = captureUpdate(doc, () => migrateDoc(doc));
    if (migrated) lastSeq = (await deps.store.commit({ workshopId, update: migrated })) ?? lastSeq;
    const state = readWorkshop(doc);
    return new WorkshopRoom(workshopId, doc, state, lastSeq, stored.updates.length, deps);
  }

  get current(): WorkshopState {
    return this.state;
  }

  get isBroken(): boolean {
    return this.broken;
  }

  get queuedTasks(): number {
    return this.queue.size;
  }

  /** Listens for committed updates (to broadcast them). */
  onUpdate(listener: UpdateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs `read` after every change queued before it has committed: what it sees is durable. */
  readCommitted<T>(read: () => T): Promise<T> {
    return this.queue.run(read);
  }

  drained(): Promise<void> {
    return this.queue.drained();
  }

  /** Applies one validated command from an authenticated member, exactly once per (member, command id). */
  execute<K extends CommandName>(name: K, payload: CommandPayload<K>, actor: Actor): Promise<Ack<CommandData[K]>> {
    return this.queue.run(async () => {
      if (this.broken) return fail('unavailable', 'The workshop is reloading. Your change will be sent again.');
      const commandId = payload.commandId as string;
      const earlier = await this.deps.store.findCommandResult(this.workshopId, actor.memberId, commandId);
      if (earlier) return earlier as Ack<CommandData[K]>;
      const result = applyCommand(name, this.state, payload, actor, this.deps.context());
      const ack: Ack<CommandData[K]> = result.ok ? ok(result.data) : { ok: false, error: result.error };
      const command = { memberId: actor.memberId, commandId, name, result: ack };
      if (!result.ok) {
        await this.deps.store.commit({ workshopId: this.workshopId, update: null, command });
        return ack;
      }
      const committed = await this.commitTransition(result, { command });
      return committed ? ack : fail('unavailable', 'Your change could not be saved. It will be sent again.');
    });
  }

  /** Adds a participant; `tokenHash` is their new link's. */
  join(input: NewParticipant, tokenHash: string): Promise<TransitionResult<{ memberId: MemberId }>> {
    return this.queue.run(async () => {
      if (this.broken) return { ok: false, error: { code: 'unavailable', message: 'Please try again in a moment.' } };
      const result = joinWorkshop(this.state, input, this.deps.context());
      if (!result.ok) return result;
      const newMember = { memberId: result.data.memberId, role: 'participant' as const, tokenHash };
      const committed = await this.commitTransition(result, { newMember });
      return committed ? result : { ok: false, error: { code: 'unavailable', message: 'Joining failed. Please try again.' } };
    });
  }

  /** Records that a member has come in (the first connection of an invited seat); a no-op after that. */
  markArrived(memberId: MemberId): Promise<void> {
    return this.queue.run(async () => {
      if (this.broken || this.state.members[memberId]?.joinedAt !== null) return;
      const result = arriveMember(this.state, memberId, this.deps.context());
      if (result.ok) await this.commitTransition(result, {});
    });
  }

  private async commitTransition(result: { state: WorkshopState; effects: Effect[] }, extra: Partial<Commit>): Promise<boolean> {
    const update = captureUpdate(this.doc, () => writeWorkshop(this.doc, this.state, result.state));
    const commit: Commit = { workshopId: this.workshopId, update, ...extra, ...effectsToCommit(result.effects) };
    let seq: number | null;
    try {
      seq = await this.deps.store.commit(commit);
    } catch (error) {
      this.deps.logger.error({ err: error, workshopId: this.workshopId }, 'commit failed; dropping the room');
      this.broken = true;
      this.deps.onBroken(this);
      return false;
    }
    this.state = result.state;
    if (update && seq !== null) {
      this.lastSeq = seq;
      this.updatesSinceSnapshot += 1;
      for (const listener of this.listeners) listener(update);
      this.maybeCompact();
    }
    for (const effect of result.effects) {
      if (effect.type === 'memberRemoved') this.deps.onMemberRemoved(this.workshopId, effect.memberId);
    }
    return true;
  }

  /** Merges the log into one snapshot in the background; the snapshot is taken between commits. */
  private maybeCompact(): void {
    if (this.compacting || this.updatesSinceSnapshot < this.compactAfter) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const uptoSeq = this.lastSeq;
    this.compacting = true;
    this.deps.store
      .compact(this.workshopId, snapshot, uptoSeq)
      .then(() => {
        this.updatesSinceSnapshot = 0;
      })
      .catch((error: unknown) => this.deps.logger.warn({ err: error, workshopId: this.workshopId }, 'compaction failed; will retry'))
      .finally(() => {
        this.compacting = false;
      });
  }

  /** Compacts now (tests, shutdown). */
  async compactNow(): Promise<void> {
    await this.queue.run(() => this.deps.store.compact(this.workshopId, Y.encodeStateAsUpdate(this.doc), this.lastSeq));
    this.updatesSinceSnapshot = 0;
  }

  destroy(): void {
    this.awareness.destroy();
    this.listeners.clear();
    this.doc.destroy();
  }
}

/** Runs `change` and returns the single Yjs update it produced, or null if it changed nothing. */
function captureUpdate(doc: Y.Doc, change: () => void): Uint8Array | null {
  let captured: Uint8Array | null = null;
  const onUpdate = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update;
  };
  doc.on('update', onUpdate);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', onUpdate);
  }
  return captured;
}

function effectsToCommit(effects: readonly Effect[]): Partial<Commit> {
  const extra: Partial<Commit> = {};
  for (const effect of effects) {
    if (effect.type === 'joinCodeChanged') extra.joinCode = effect.joinCode;
    if (effect.type === 'memberRemoved') extra.removedMemberId = effect.memberId;
  }
  return extra;
}
