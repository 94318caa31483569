import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { EMPTY_HIDDEN, type HiddenState } from '@roundtable/shared/workshop/hiddenState';
import { hiddenStateParts, hiddenStateSchema } from '@roundtable/shared/workshop/hiddenStateSchema';
import { personalViews, viewersOfChange, type PersonalView } from '@roundtable/shared/workshop/personalView';
import { readHidden, writeHidden } from '@roundtable/shared/doc/hiddenDoc';
import { readWorkshop } from '@roundtable/shared/doc/readWorkshop';
import { DocLayoutError, migrateDoc, writeWorkshop } from '@roundtable/shared/doc/workshopDoc';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { fail, ok, type Ack, type AppError } from '@roundtable/shared/protocol/errors';
import { leadActorId, reportProgress, type LeadActor } from '@roundtable/shared/review/progressCommands';
import { arriveMember, joinWorkshop, type NewParticipant } from '@roundtable/shared/workshop/workshopTransitions';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { workshopStateParts } from '@roundtable/shared/workshop/workshopSchema';
import { problemWithChange } from '@roundtable/shared/doc/stateChange';
import { readDamaged, type Damage } from './damagedWorkshop';
import type { Logger } from '../app/logger';
import type { Commit, DocName, WorkshopStore } from '../store/workshopStore';
import { SerialQueue } from './serialQueue';
import { captureUpdate } from './captureUpdate';
import type { RoomHooks } from './roomHooks';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandName, CommandPayload } from '@roundtable/shared/workshop/commandSchemas';
import type { Actor } from '@roundtable/shared/command/actor';
import type { Effect, TransitionContext } from '@roundtable/shared/workshop/transitionContext';
import type { TransitionResult } from '@roundtable/shared/command/transitionResult';
import type { CommandRule } from '@roundtable/shared/command/commandRule';
import { applyCommand, COMMANDS } from '@roundtable/shared/workshop/commands';

export interface RoomDeps {
  store: WorkshopStore;
  logger: Logger;
  /** A fresh context (clock, ids, codes) for each transition. */
  context: () => TransitionContext;
  compactEveryNUpdates: number;
  /** What a commit sets going outside the room (personal views, removals). */
  hooks: RoomHooks;
  /** After a failed commit: the in-memory doc may hold an uncommitted change; the room must be dropped. */
  onBroken: (room: WorkshopRoom) => void;
}

/** One of a room's two docs, with where its log stands and when it is next compacted. */
class PersistedDoc {
  updatesSinceSnapshot: number;
  compacting = false;
  /**
   * Compaction threshold: COMPACT_EVERY_N_UPDATES plus up to half again, drawn per doc, so workshops created together
   * and equally busy do not all compact in the same second (measured: a visible latency spike).
   */
  readonly compactAfter: number;

  constructor(
    readonly name: DocName,
    readonly doc: Y.Doc,
    public lastSeq: number,
    updatesInLog: number,
    compactEveryNUpdates: number,
  ) {
    this.updatesSinceSnapshot = updatesInLog;
    this.compactAfter = Math.round(compactEveryNUpdates * (1 + Math.random() / 2));
  }

  static async load(store: WorkshopStore, workshopId: WorkshopId, name: DocName, compactEvery: number): Promise<PersistedDoc | null> {
    const stored = await store.loadDoc(workshopId, name);
    if (!stored) return null;
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return new PersistedDoc(name, doc, stored.lastSeq, stored.updates.length, compactEvery);
  }
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
  /** What each member was last sent of the hidden state (as JSON), so only changes are sent. */
  private readonly sentViews = new Map<MemberId, string>();
  private broken = false;

  private constructor(
    readonly workshopId: WorkshopId,
    private readonly shared: PersistedDoc,
    private readonly hiddenDoc: PersistedDoc,
    private state: WorkshopState,
    private hidden: HiddenState,
    private readonly deps: RoomDeps,
    /** Set when the stored record could not be read whole: the room serves what could be, read-only (RESC1). */
    readonly damage: Damage | null = null,
  ) {
    this.awareness = new Awareness(shared.doc);
    this.awareness.setLocalState(null);
  }

  /** Loads a workshop from snapshot + log (both docs), migrating its doc layout if needed. Null if it does not exist. */
  static async load(workshopId: WorkshopId, deps: RoomDeps): Promise<WorkshopRoom | null> {
    const shared = await PersistedDoc.load(deps.store, workshopId, 'shared', deps.compactEveryNUpdates);
    if (!shared) return null;
    const hiddenDoc = (await PersistedDoc.load(deps.store, workshopId, 'hidden', deps.compactEveryNUpdates))!;
    const migrated = captureUpdate(shared.doc, () => migrateDoc(shared.doc));
    if (migrated) shared.lastSeq = (await deps.store.commit({ workshopId, update: migrated })).shared ?? shared.lastSeq;
    try {
      const state = readWorkshop(shared.doc);
      const hidden = hiddenDoc.doc.share.size === 0 ? EMPTY_HIDDEN : readValidHidden(hiddenDoc.doc);
      return new WorkshopRoom(workshopId, shared, hiddenDoc, state, hidden, deps);
    } catch (error) {
      if (!(error instanceof DocLayoutError)) throw error;
      // [RESC1] Serve what can be read, read-only, rather than nothing: the group still sees its work.
      const damaged = readDamaged(shared.doc, hiddenDoc.doc);
      if (!damaged) throw error;
      deps.logger.error({ workshopId, setAside: damaged.damage.setAside.length, err: error }, 'the stored workshop is damaged; serving it read-only');
      const served = new Y.Doc();
      served.transact(() => writeWorkshop(served, null, damaged.state));
      shared.doc.destroy();
      return new WorkshopRoom(workshopId, new PersistedDoc('shared', served, shared.lastSeq, 0, deps.compactEveryNUpdates), hiddenDoc, damaged.state, damaged.hidden, deps, damaged.damage);
    }
  }

  /** The shared doc every member syncs. */
  get doc(): Y.Doc {
    return this.shared.doc;
  }

  get current(): WorkshopState {
    return this.state;
  }

  /** The committed hidden state (never sent anywhere as a whole): for checks that a reload equals the live room. */
  get currentHidden(): HiddenState {
    return this.hidden;
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
    return this.runOnce({ actorId: actor.memberId, commandId: payload.commandId, name }, async () => applyCommand(name, this.state, payload, actor, await this.contextFor(name), this.hidden), {
      reloading: 'The workshop is reloading. Your change will be sent again.',
      notSaved: 'Your change could not be saved. It will be sent again.',
    });
  }

  /**
   * [REV3] Applies a lead's progress report, sent through their link (a lead need not be a member), exactly once per
   * (link, command id): the result is kept under the link's own actor id, which no member id can equal.
   */
  reportProgress(lead: LeadActor, payload: CommandPayload<'progress:report'>): Promise<Ack<CommandData['progress:report']>> {
    return this.runOnce({ actorId: leadActorId(lead.linkId), commandId: payload.commandId, name: 'progress:report' }, async () => reportProgress(this.state, payload, lead, this.deps.context()), {
      reloading: 'The workshop is reloading. Please send your report again in a moment.',
      notSaved: 'Your report could not be saved. Please send it again.',
    });
  }

  /**
   * [CMD1] [CMD2] One command, exactly once per (actor, command id): a repeat gets the first result; a refusal is
   * recorded too (so a repeat gets the same refusal); an acceptance is acknowledged only once committed.
   */
  private runOnce<T>(
    command: { actorId: MemberId; commandId: string; name: string },
    transition: () => Promise<TransitionResult<T>>,
    wording: { reloading: string; notSaved: string },
  ): Promise<Ack<T>> {
    return this.queue.run(async () => {
      if (this.broken) return fail('unavailable', wording.reloading);
      if (this.damage) return READ_ONLY;
      const earlier = await this.deps.store.findCommandResult(this.workshopId, command.actorId, command.commandId);
      if (earlier) return earlier as Ack<T>;
      const result = await transition();
      const ack: Ack<T> = result.ok ? ok(result.data) : { ok: false, error: result.error };
      const record = { memberId: command.actorId, commandId: command.commandId, name: command.name, result: ack };
      if (!result.ok) {
        await this.deps.store.commit({ workshopId: this.workshopId, update: null, command: record });
        return ack;
      }
      const committed = await this.commitTransition(result, { command: record });
      if (committed === 'refused') return this.refuseDamaging(record);
      return committed === 'committed' ? ack : fail('unavailable', wording.notSaved);
    });
  }

  /**
   * [DOC5] A change that would leave a state the store cannot load back is refused and recorded as refused (so a resend
   * gets the same answer); nothing of it is written.
   */
  private async refuseDamaging(command: { memberId: MemberId; commandId: string; name: string }): Promise<{ ok: false; error: AppError }> {
    const refusal = fail('internal', 'That change would have damaged the workshop’s record, so it was not applied. Nothing was lost.');
    await this.deps.store.commit({ workshopId: this.workshopId, update: null, command: { ...command, result: refusal } });
    return refusal;
  }

  /** The transition's context, with what its rule asks to be loaded from the store (the survey's answers: SURV4). */
  private async contextFor(name: CommandName): Promise<TransitionContext> {
    const ctx = this.deps.context();
    const rule: Pick<CommandRule<unknown>, 'roles' | 'loadsSurveyResponses' | 'loadsHealthCheckResponses'> = COMMANDS[name];
    if (rule.loadsHealthCheckResponses) return { ...ctx, healthCheckResponses: await this.deps.store.listHealthCheckResponses(this.workshopId) };
    if (!rule.loadsSurveyResponses) return ctx;
    return { ...ctx, surveyResponses: await this.deps.store.listSurveyResponses(this.workshopId) };
  }

  /** Adds a participant; `tokenHash` is their new link's. */
  join(input: NewParticipant, tokenHash: string): Promise<TransitionResult<{ memberId: MemberId }> | { ok: false; error: AppError }> {
    return this.queue.run(async () => {
      if (this.broken) return { ok: false, error: { code: 'unavailable', message: 'Please try again in a moment.' } };
      if (this.damage) return READ_ONLY;
      const result = joinWorkshop(this.state, input, this.deps.context());
      if (!result.ok) return result;
      const newMember = { memberId: result.data.memberId, role: 'participant' as const, tokenHash };
      const committed = await this.commitTransition(result, { newMember });
      if (committed === 'committed') return result;
      return { ok: false, error: { code: committed === 'refused' ? 'internal' : 'unavailable', message: 'Joining failed. Please try again.' } };
    });
  }

  /** A member's own part of the hidden state, as committed. */
  personalView(memberId: MemberId): Promise<PersonalView | null> {
    return this.queue.run(() => personalViews(this.state, this.hidden, new Set([memberId])).get(memberId) ?? null);
  }

  /** Records that a member has come in (the first connection of an invited seat); a no-op after that. */
  markArrived(memberId: MemberId): Promise<void> {
    return this.queue.run(async () => {
      if (this.broken || this.damage || this.state.members[memberId]?.joinedAt !== null) return;
      const result = arriveMember(this.state, memberId, this.deps.context());
      if (result.ok) await this.commitTransition(result, {});
    });
  }

  /**
   * Commits a transition's result: 'refused' (nothing written) if it would leave a state the store cannot load back
   * (DOC5), 'failed' if the store failed (the room is dropped), else 'committed'.
   */
  private async commitTransition(result: { state: WorkshopState; effects: Effect[]; hidden?: HiddenState }, extra: Partial<Commit>): Promise<'committed' | 'refused' | 'failed'> {
    const nextHidden = result.hidden ?? this.hidden;
    const problem = problemWithChange(workshopStateParts, this.state, result.state) ?? problemWithChange(hiddenStateParts, this.hidden, nextHidden);
    if (problem) {
      this.deps.logger.error({ workshopId: this.workshopId, problem }, 'a change would have left a workshop that cannot be loaded; refused');
      return 'refused';
    }
    const update = captureUpdate(this.shared.doc, () => writeWorkshop(this.shared.doc, this.state, result.state));
    const hiddenUpdate = nextHidden === this.hidden ? null : captureUpdate(this.hiddenDoc.doc, () => writeHidden(this.hiddenDoc.doc, this.hidden, nextHidden));
    const commit: Commit = { workshopId: this.workshopId, update, hiddenUpdate, ...extra, effects: result.effects };
    let seqs: { shared: number | null; hidden: number | null };
    try {
      seqs = await this.deps.store.commit(commit);
    } catch (error) {
      this.deps.logger.error({ err: error, workshopId: this.workshopId }, 'commit failed; dropping the room');
      this.broken = true;
      this.deps.onBroken(this);
      return 'failed';
    }
    const viewers = viewersOfChange({ state: this.state, hidden: this.hidden }, { state: result.state, hidden: nextHidden });
    this.state = result.state;
    this.hidden = nextHidden;
    if (update && seqs.shared !== null) {
      this.advance(this.shared, seqs.shared);
      for (const listener of this.listeners) listener(update);
    }
    if (hiddenUpdate && seqs.hidden !== null) this.advance(this.hiddenDoc, seqs.hidden);
    if (viewers.size > 0) this.sendPersonalViews(viewers);
    for (const effect of result.effects) this.afterCommit(effect);
    return 'committed';
  }

  /** What an effect sets going once it is durable (the store made it so in the commit: see Commit.effects). */
  private afterCommit(effect: Effect): void {
    switch (effect.type) {
      case 'memberRemoved':
        return this.deps.hooks.memberRemoved(this.workshopId, effect.memberId);
      case 'joinCodeChanged':
      case 'surveyResponse':
      case 'surveyClosed':
      case 'healthCheckResponse':
      case 'healthCheckClosed':
        return;
      default:
        throw new Error(`Unknown effect: ${JSON.stringify(effect satisfies never)}`);
    }
  }

  private advance(persisted: PersistedDoc, seq: number): void {
    persisted.lastSeq = seq;
    persisted.updatesSinceSnapshot += 1;
    this.maybeCompact(persisted);
  }

  /**
   * [PRIV1] Each member is sent their own part of the hidden state when it changes, and nobody else's. Only the
   * views of `viewers` (see viewersOfChange) are computed; the others cannot have changed.
   */
  private sendPersonalViews(viewers: ReadonlySet<MemberId>): void {
    for (const [memberId, view] of personalViews(this.state, this.hidden, viewers)) {
      const json = JSON.stringify(view);
      if (this.sentViews.get(memberId) === json) continue;
      this.sentViews.set(memberId, json);
      this.deps.hooks.personalView(this.workshopId, memberId, view);
    }
  }

  /** Merges a doc's log into one snapshot in the background; the snapshot is taken between commits. */
  private maybeCompact(persisted: PersistedDoc): void {
    if (persisted.compacting || persisted.updatesSinceSnapshot < persisted.compactAfter) return;
    const snapshot = Y.encodeStateAsUpdate(persisted.doc);
    const uptoSeq = persisted.lastSeq;
    persisted.compacting = true;
    this.deps.store
      .compact(this.workshopId, snapshot, uptoSeq, persisted.name)
      .then(() => {
        persisted.updatesSinceSnapshot = 0;
      })
      .catch((error: unknown) => this.deps.logger.warn({ err: error, workshopId: this.workshopId }, 'compaction failed; will retry'))
      .finally(() => {
        persisted.compacting = false;
      });
  }

  /** Compacts both docs now (tests, shutdown). */
  async compactNow(): Promise<void> {
    await this.queue.run(async () => {
      for (const persisted of [this.shared, this.hiddenDoc]) {
        await this.deps.store.compact(this.workshopId, Y.encodeStateAsUpdate(persisted.doc), persisted.lastSeq, persisted.name);
        persisted.updatesSinceSnapshot = 0;
      }
    });
  }

  destroy(): void {
    this.awareness.destroy();
    this.listeners.clear();
    this.shared.doc.destroy();
    this.hiddenDoc.doc.destroy();
  }
}

const READ_ONLY = fail('read_only', 'Part of this workshop’s record could not be read. It is shown as far as it can be, and nothing can be changed until it is repaired.');

/** [DOC3] The hidden doc read back from storage is validated like the shared one; an invalid one is refused. */
function readValidHidden(doc: Y.Doc): HiddenState {
  const parsed = hiddenStateSchema.safeParse(readHidden(doc));
  if (!parsed.success) throw new DocLayoutError(`The stored hidden state is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}
