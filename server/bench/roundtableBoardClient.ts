import type * as Y from 'yjs';
import type { BoardPhase } from '@roundtable/shared/board/board';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { WorkshopClient } from '../src/testing/workshopClient';
import type { AwarenessMode } from './benchOptions';
import type { BoardClient, BoardView, SendResult, TalliesShown } from './boardClient';
import { BENCH_VOTES_PER_ITEM_MAX, BENCH_VOTES_PER_PARTICIPANT } from './boardSchedule';
import type { DisconnectLog } from './disconnectLog';
import { WatchedClient } from './watchedClient';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';

/** The board every member of a bench workshop uses: the current session's first, from the workshop template. */
export function benchBoardId(state: WorkshopState): string | null {
  const board = Object.values(state.boards).find((b) => b.sessionId === state.meta.currentSessionId && b.position === 0);
  return board?.id ?? null;
}

/**
 * A member of a Roundtable workshop running the bench board: the real test client (Socket.io commands through
 * the shared Outbox, the stock y-websocket provider on `ws` for the read-only doc, `personal:view` events).
 * Every action is a command; everything it observes is what the server wrote to its doc or sent it.
 */
export class RoundtableBoardClient implements BoardClient {
  private readonly watched: WatchedClient;
  private readonly client: WorkshopClient;
  readonly disconnects: DisconnectLog;
  private boardId = '';
  /** Ids of the bench board's cards in this doc, in arrival order: what a participant votes on. */
  private readonly cardIds: string[] = [];

  constructor(url: string, workshopId: string, memberId: string, token: string, awareness: AwarenessMode) {
    this.watched = new WatchedClient(url, workshopId, memberId, token, awareness);
    this.client = this.watched.client;
    this.disconnects = this.watched.disconnects;
  }

  async ready(timeoutMs: number): Promise<void> {
    await this.watched.ready(timeoutMs);
    const boardId = benchBoardId(this.client.state());
    if (!boardId) throw new Error('the workshop has no board in its current session');
    this.boardId = boardId;
    const cards = this.client.doc.getMap<Y.Map<unknown>>('cards');
    for (const [id, card] of cards.entries()) if (card.get('boardId') === boardId) this.cardIds.push(id);
    cards.observe((event) => {
      for (const [id, change] of event.changes.keys) if (change.action === 'add' && cards.get(id)?.get('boardId') === boardId) this.cardIds.push(id);
    });
  }

  openBoard(): Promise<SendResult> {
    return this.send('board:configure', {
      boardId: this.boardId,
      contributing: 'open',
      votesPerParticipant: BENCH_VOTES_PER_PARTICIPANT,
      votesPerItemMax: BENCH_VOTES_PER_ITEM_MAX,
    }).then((configured) => (configured.ok ? this.setPhase('draft', 'contribute') : configured));
  }

  setPhase(from: BoardPhase, to: BoardPhase): Promise<SendResult> {
    return this.send('board:setPhase', { boardId: this.boardId, from, to });
  }

  addCard(text: string): Promise<SendResult> {
    return this.send('card:add', { boardId: this.boardId, text });
  }

  votableItems(): readonly string[] {
    return this.cardIds;
  }

  castVote(itemId: string): Promise<SendResult> {
    return this.send('vote:cast', { boardId: this.boardId, itemId });
  }

  board(): BoardView {
    const board = this.boardMap();
    return { phase: (board?.get('phase') as BoardPhase | undefined) ?? null, dotsSpent: (board?.get('dotsSpent') as number | undefined) ?? 0 };
  }

  onCard(listener: (text: string) => void): void {
    const cards = this.client.doc.getMap<Y.Map<unknown>>('cards');
    cards.observe((event) => {
      for (const [id, change] of event.changes.keys) {
        if (change.action !== 'add') continue;
        const card = cards.get(id);
        if (card?.get('boardId') !== this.boardId) continue;
        const text = card.get('text');
        if (typeof text === 'string') listener(text);
      }
    });
  }

  onBoard(listener: (view: BoardView) => void): void {
    const board = this.boardMap();
    if (!board) throw new Error('the bench board is not in the doc');
    board.observe(() => listener(this.board()));
  }

  onDocUpdate(listener: () => void): void {
    this.client.doc.on('update', listener);
  }

  talliesShown(): TalliesShown {
    const { phase, dotsSpent } = this.board();
    if (phase !== 'results') return 'no';
    let total = 0;
    for (const card of this.client.doc.getMap<Y.Map<unknown>>('cards').values()) {
      if (card.get('boardId') !== this.boardId) continue;
      const votes = card.get('votes') as { total: number } | null | undefined;
      if (!votes) return 'no';
      total += votes.total;
    }
    return total === dotsSpent ? 'yes' : 'inconsistent';
  }

  onOwnView(listener: (own: { cards: number; dots: number }) => void): void {
    // Own card ids of every board: the bench workshop uses only one.
    this.client.socket.on('personal:view', (view) => {
      const dots = Object.values(view.dots[this.boardId as keyof typeof view.dots] ?? {}).reduce((n, d) => n + d, 0);
      listener({ cards: view.myCardIds.length, dots });
    });
  }

  close(): void {
    this.client.close();
  }

  private boardMap(): Y.Map<unknown> | undefined {
    return this.client.doc.getMap<Y.Map<unknown>>('boards').get(this.boardId);
  }

  private async send<K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<SendResult> {
    const ack = await this.client.send<K>(name, input);
    return ack.ok ? { ok: true } : { ok: false, code: ack.error.code };
  }
}
