import type { BoardPhase } from '@roundtable/shared/board/board';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { BenchMember, BenchWorkshop } from './benchWorkshops';
import { addUpCounts } from './loadedServer';
import type { CommandCounter } from './soakCommands';
import type { SoakLedger } from './soakMessages';
import { WatchedClient } from './watchedClient';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';
import { ACTIONS_PER_OBJECTIVE_MAX, OBJECTIVES_MAX } from '@roundtable/shared/plan/planLimits';
import { BOARDS_PER_SESSION_MAX } from '@roundtable/shared/board/boardLimits';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

type Range = readonly [number, number];

/**
 * How a soak workshop spends its time (ms; a range is drawn from uniformly): one activity after another, each on a
 * board the facilitator adds. Open it, contribute (cards, a few reworded), reveal, group (the facilitator makes
 * clusters and moves cards), vote (dots), results, then a round on the action plan (an objective, actions, a lead,
 * a timescale, participants' comments, one declined) and a discussion with no commands. About 4 minutes an activity.
 *
 * A workshop's first activity contributes for 10–100 % of contributeMs, as if the soak had come upon it partway.
 * With 24 participants that is ~0.8 commands/s while cards are written, ~2.5/s while dots are placed (the busiest),
 * and ~0.7/s on average over an activity: a real workshop's peak, and several times its average.
 */
export const SOAK_ACTIVITY = {
  /** Between two of the facilitator's own clicks. */
  facilitatorStepMs: [1_500, 4_000] as Range,
  /** After the facilitator brings everyone to a new board, each person's screen gets there (presence). */
  followMs: [1_000, 8_000] as Range,
  contributeMs: 90_000,
  firstCardMs: [3_000, 25_000] as Range,
  /** Between one person's cards; each is written after the previous one was acknowledged. */
  cardGapMs: [20_000, 40_000] as Range,
  /** A card is reworded by its author this often, this long after it was added (before reveal). */
  editChance: 0.15,
  editAfterMs: [4_000, 12_000] as Range,
  revealMs: [5_000, 10_000] as Range,
  clusters: 2,
  cardMoves: 4,
  groupStepMs: [4_000, 8_000] as Range,
  /** Each participant's dots on a board, placed at random moments of the vote. */
  dots: 3,
  voteMs: 30_000,
  actionsPerRound: 2,
  /** Participants who comment on the plan in each plan round, within proposalWithinMs. */
  proposals: 3,
  proposalWithinMs: 15_000,
  discussMs: [30_000, 60_000] as Range,
  /** Presence: every so often each participant looks at another board (or the plan) for a while, then comes back. */
  lookAwayEveryMs: [20_000, 60_000] as Range,
  lookAwayForMs: [5_000, 20_000] as Range,
};

const FILLERS = [
  'shared training for council and voluntary sector staff',
  'a single contact in each organisation for referrals',
  'funding decisions made earlier and explained to everyone',
  'meeting in the community rather than at the town hall',
  'agreeing what success looks like before we start',
  'short-term contracts make it hard to plan together',
  'knowing who does what across the partnership',
  'trust built by small things done on time',
];

/** Thrown into the script's pauses and sends once the workshop is told to stop. */
class Stopped extends Error {}

const ignoreStopped = (error: unknown) => {
  if (!(error instanceof Stopped)) throw error;
};

const between = ([min, max]: Range) => min + (max - min) * Math.random();
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

interface Member {
  id: string;
  watched: WatchedClient;
}

/**
 * One workshop of the soak: its lead facilitator and participants, each a real client (Socket.io + the doc +
 * presence), running SOAK_ACTIVITY until stopped. Every command goes through the worker's CommandCounter; what is
 * acknowledged as applied is written to `ledger`, to be compared with the store at the end.
 */
export class SoakWorkshop {
  readonly ledger: SoakLedger;
  presenceChanges = 0;
  private stopped = false;
  private readonly pauses = new Set<{ timer: NodeJS.Timeout; reject: (error: Stopped) => void }>();
  /** The boards this script added, in order; the last one is where everyone is (the focus). */
  private readonly boards: string[] = [];
  /** The objective the plan rounds add actions to: the last one added. */
  private objectiveId: string | null = null;
  /** The objective of each action added. */
  private readonly actionObjective = new Map<string, string>();

  private constructor(
    workshopId: string,
    /** Unique within the run; part of every card text. */
    private readonly label: string,
    private readonly facilitator: Member,
    private readonly participants: Member[],
    private readonly counter: CommandCounter,
    /** Sessions with room for boards, the current one first. */
    private readonly sessions: { id: string; free: number }[],
  ) {
    this.ledger = { workshopId, cards: {}, dots: {}, objectives: [], actions: [], proposals: [] };
  }

  /** Connects the facilitator, then the participants one after another (each synced before the next), as people arrive. */
  static async connect(url: string, workshop: BenchWorkshop, label: string, counter: CommandCounter, readyTimeoutMs: number): Promise<SoakWorkshop> {
    const connect = async ({ memberId, token }: BenchMember): Promise<Member> => {
      const watched = new WatchedClient(url, workshop.workshopId, memberId, token, 'own');
      await watched.ready(readyTimeoutMs);
      return { id: memberId, watched };
    };
    const facilitator = await connect(workshop.facilitator);
    const participants: Member[] = [];
    for (const member of workshop.participants) participants.push(await connect(member));
    const state = facilitator.watched.client.state();
    const sessions = sessionsInOrder(state)
      .sort((a, b) => Number(b.id === state.meta.currentSessionId) - Number(a.id === state.meta.currentSessionId))
      .map((s) => ({ id: s.id as string, free: BOARDS_PER_SESSION_MAX - boardsOfSession(state, s.id).length }));
    return new SoakWorkshop(workshop.workshopId, label, facilitator, participants, counter, sessions);
  }

  get clients(): number {
    return 1 + this.participants.length;
  }

  /** Runs activities (and everyone's wandering presence) until `stop`; the first starts after `startDelayMs`. */
  async run(startDelayMs: number): Promise<void> {
    try {
      await this.pause(startDelayMs);
      await Promise.all([...this.participants.map((p) => this.wander(p)), this.activities()]);
    } catch (error) {
      ignoreStopped(error);
    }
  }

  /** Sends nothing more from now on; acks still due are counted when they come. */
  stop(): void {
    this.stopped = true;
    for (const { timer, reject } of this.pauses) {
      clearTimeout(timer);
      reject(new Stopped());
    }
    this.pauses.clear();
  }

  /** Connections lost since the last call, by cause. */
  takeDisconnects(): Record<string, number> {
    return addUpCounts([this.facilitator, ...this.participants].map((m) => m.watched.disconnects.take()));
  }

  close(): void {
    for (const member of [this.facilitator, ...this.participants]) member.watched.close();
  }

  private async activities(): Promise<never> {
    for (let k = 0; ; k += 1) await this.activity(k);
  }

  private async activity(k: number): Promise<void> {
    const a = SOAK_ACTIVITY;
    const session = this.sessions.find((s) => s.free > 0);
    // Five sessions of 20 boards last over six hours of activities; after that only presence and the plan go on.
    if (!session) return void (await Promise.all([this.planRound(k), this.pause(between(a.discussMs))]));
    const added = await this.send(this.facilitator, 'board:add', { sessionId: session.id, kind: 'discussion', title: `Soak board ${k + 1}`, prompt: 'What makes partnership working here easier, or harder?' });
    if (!added.ok) return void (await this.pause(between(a.discussMs)));
    session.free -= 1;
    const boardId = added.data.boardId;
    await this.facilitatorSends('board:configure', { boardId, contributing: 'open', votesPerParticipant: a.dots, votesPerItemMax: a.dots });
    await this.facilitatorSends('board:focus', { boardId });
    this.boards.push(boardId);
    for (const member of [this.facilitator, ...this.participants]) void this.pause(between(a.followMs)).then(() => this.look(member, boardId), ignoreStopped);

    if (!(await this.setPhase(boardId, 'draft', 'contribute'))) return;
    const cards: string[] = [];
    // The first activity is met partway through its contributing, so that a short soak sees dots and the plan too.
    const contributeMs = k === 0 ? a.contributeMs * (0.1 + 0.9 * Math.random()) : a.contributeMs;
    const until = performance.now() + contributeMs;
    await Promise.all([this.pause(contributeMs), ...this.participants.map((p, i) => this.writeCards(p, i, boardId, cards, until))]);

    if (!(await this.setPhase(boardId, 'contribute', 'reveal'))) return;
    await this.pause(between(a.revealMs));
    if (!(await this.setPhase(boardId, 'reveal', 'group'))) return;
    const clusters: string[] = [];
    for (let c = 0; c < a.clusters; c += 1) {
      const cluster = await this.facilitatorSends('cluster:add', { boardId, name: `Theme ${c + 1}` });
      if (cluster.ok) clusters.push(cluster.data.clusterId);
    }
    const clustered = new Set<string>();
    for (let m = 0; m < a.cardMoves && cards.length > 0 && clusters.length > 0; m += 1) {
      await this.pause(between(a.groupStepMs));
      const cardId = pick(cards);
      if ((await this.send(this.facilitator, 'card:move', { cardId, clusterId: pick(clusters) })).ok) clustered.add(cardId);
    }

    if (!(await this.setPhase(boardId, 'group', 'vote'))) return;
    // [VOTE5] The board votes on its clusters, and on each card left outside every cluster.
    const items = [...clusters, ...cards.filter((c) => !clustered.has(c))];
    await Promise.all([this.pause(a.voteMs), ...this.participants.map((p) => this.placeDots(p, boardId, items))]);
    if (!(await this.setPhase(boardId, 'vote', 'results'))) return;

    await this.planRound(k);
    await this.pause(between(a.discussMs));
  }

  /** A participant's cards: until `until`, each after the previous one's ack; some reworded a little later. */
  private async writeCards(p: Member, index: number, boardId: string, cards: string[], until: number): Promise<void> {
    const a = SOAK_ACTIVITY;
    await this.pause(between(a.firstCardMs));
    for (let seq = 0; performance.now() < until; seq += 1) {
      const text = `Soak card ${this.label}.${index}.${seq}: ${pick(FILLERS)}`;
      const added = await this.send(p, 'card:add', { boardId, text });
      if (added.ok) {
        const { cardId } = added.data;
        this.ledger.cards[cardId] = { boardId, text };
        cards.push(cardId);
        if (Math.random() < a.editChance) {
          await this.pause(Math.min(between(a.editAfterMs), Math.max(0, until - performance.now())));
          const reworded = `${text}, reworded`;
          if (performance.now() < until && (await this.send(p, 'card:edit', { cardId, text: reworded })).ok) this.ledger.cards[cardId] = { boardId, text: reworded };
        }
      }
      await this.pause(Math.min(between(a.cardGapMs), Math.max(0, until - performance.now())));
    }
  }

  /** A participant's dots, at random moments of the vote, on random items of the board. */
  private async placeDots(p: Member, boardId: string, items: readonly string[]): Promise<void> {
    if (items.length === 0) return;
    const a = SOAK_ACTIVITY;
    const moments = Array.from({ length: a.dots }, () => between([1_000, a.voteMs - 3_000])).sort((x, y) => x - y);
    let at = 0;
    for (const moment of moments) {
      await this.pause(moment - at);
      at = moment;
      if ((await this.send(p, 'vote:cast', { boardId, itemId: pick(items) })).ok) this.ledger.dots[boardId] = (this.ledger.dots[boardId] ?? 0) + 1;
    }
  }

  /** The facilitator edits the plan (an objective, actions, a timescale, a lead) while a few participants comment on it. */
  private async planRound(k: number): Promise<void> {
    const a = SOAK_ACTIVITY;
    if (this.ledger.objectives.length < OBJECTIVES_MAX) {
      const objective = await this.facilitatorSends('objective:add', { text: `Objective ${k + 1}: ${pick(FILLERS)}` });
      if (objective.ok) {
        this.objectiveId = objective.data.objectiveId;
        this.ledger.objectives.push(objective.data.objectiveId);
      }
    }
    const objectiveId = this.objectiveId;
    if (!objectiveId) return;
    const actions: string[] = [];
    const room = ACTIONS_PER_OBJECTIVE_MAX - this.ledger.actions.filter((id) => this.actionObjective.get(id) === objectiveId).length;
    for (let n = 0; n < Math.min(a.actionsPerRound, room); n += 1) {
      const action = await this.facilitatorSends('action:add', { objectiveId, text: `Action ${n + 1} of round ${k + 1}: ${pick(FILLERS)}` });
      if (!action.ok) continue;
      actions.push(action.data.actionId);
      this.actionObjective.set(action.data.actionId, objectiveId);
      this.ledger.actions.push(action.data.actionId);
    }
    const actionId = actions[0] ?? this.ledger.actions.at(-1);
    if (!actionId) return;
    const quarter = `${new Date().getUTCFullYear() + 1}-Q${1 + (k % 4)}`;
    await this.facilitatorSends('action:update', { actionId, timescale: { kind: 'quarter', quarter } });
    await this.facilitatorSends('action:setLead', { actionId, slot: 'thirdSectorLead', lead: { kind: 'member', memberId: pick(this.participants).id } });
    const commenters = [...this.participants].sort(() => Math.random() - 0.5).slice(0, a.proposals);
    const proposals = await Promise.all(
      commenters.map(async (p) => {
        await this.pause(between([0, a.proposalWithinMs]));
        const proposal = await this.send(p, 'proposal:add', { kind: 'comment', targetKind: 'action', targetId: actionId, text: `Could we ${pick(FILLERS)}?` });
        return proposal.ok ? proposal.data.proposalId : null;
      }),
    );
    const ids = proposals.filter((id) => id !== null);
    this.ledger.proposals.push(...ids);
    if (ids[0]) await this.facilitatorSends('proposal:decide', { proposalId: ids[0], accept: false });
  }

  /** Every so often, a participant looks at another board (or the plan) for a while, then back at the focus. */
  private async wander(p: Member): Promise<void> {
    const a = SOAK_ACTIVITY;
    for (;;) {
      await this.pause(between(a.lookAwayEveryMs));
      const focus = this.boards.at(-1) ?? null;
      this.look(p, pick([null, ...this.boards.filter((b) => b !== focus)]));
      await this.pause(between(a.lookAwayForMs));
      this.look(p, this.boards.at(-1) ?? null);
    }
  }

  /** Sets the member's presence: which board they are looking at (null: none, e.g. the plan). */
  private look(member: Member, boardId: string | null): void {
    if (this.stopped) return;
    member.watched.client.provider.awareness.setLocalState({ memberId: member.id, boardId });
    this.presenceChanges += 1;
  }

  private async setPhase(boardId: string, from: BoardPhase, to: BoardPhase): Promise<boolean> {
    return (await this.facilitatorSends('board:setPhase', { boardId, from, to })).ok;
  }

  /** One of the facilitator's commands, a moment after their previous one. */
  private async facilitatorSends<K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<Ack<CommandData[K]>> {
    await this.pause(between(SOAK_ACTIVITY.facilitatorStepMs));
    return this.send(this.facilitator, name, input);
  }

  private send<K extends CommandName>(member: Member, name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<Ack<CommandData[K]>> {
    if (this.stopped) return Promise.reject(new Stopped());
    return this.counter.track(name, () => member.watched.client.send(name, input));
  }

  /** Waits `ms`; rejects with Stopped once the workshop is stopped. */
  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.reject(new Stopped());
    return new Promise((resolve, reject) => {
      const entry = {
        timer: setTimeout(() => {
          this.pauses.delete(entry);
          resolve();
        }, ms),
        reject,
      };
      this.pauses.add(entry);
    });
  }
}
