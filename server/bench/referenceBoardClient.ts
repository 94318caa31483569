import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BoardPhase } from '@roundtable/shared/board/board';
import { whenProviderSynced } from '../src/testing/workshopClient';
import type { AwarenessMode } from './benchOptions';
import type { BoardClient, BoardView, SendResult, TalliesShown } from './boardClient';
import { DisconnectLog } from './disconnectLog';
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly';

const BOARD_ID = 'bench-board';
const OK: SendResult = { ok: true };

/**
 * A member of a board on the bare reference server: every client writes the doc directly, as plain y-websocket
 * apps do. The doc holds `board` (its phase), `cards` (one Y.Map per card, with the same fields Roundtable writes
 * for a card) and `ballots` (member → item → dots, in the open: the reference keeps no secrets). Dots spent are
 * the sum of all ballots; at results the facilitator's client writes every card's tally and the phase in one
 * transaction. What it does not do, and Roundtable does: validate, authorise, persist, keep the dots private
 * (VOTE3), count cards by sector, compute the tallies on the server.
 */
export class ReferenceBoardClient implements BoardClient {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly boardMap = this.doc.getMap<unknown>('board');
  private readonly cards = this.doc.getMap<Y.Map<unknown>>('cards');
  private readonly ballots = this.doc.getMap<Record<string, number>>('ballots');
  /** Each ballot's sum, kept up to date, so dots spent is cheap to read. */
  private readonly ballotSums = new Map<string, number>();
  private dotsSpent = 0;
  readonly disconnects = new DisconnectLog();

  constructor(
    url: string,
    room: string,
    private readonly memberId: string,
    awareness: AwarenessMode,
  ) {
    this.provider = new WebsocketProvider(url.replace(/^http/, 'ws'), room, this.doc, {
      WebSocketPolyfill: WebSocket as never,
      disableBc: true,
      maxBackoffTime: 500,
    });
    if (awareness === 'own') sendOwnAwarenessOnly(this.provider);
    this.provider.awareness.setLocalState({ memberId, boardId: BOARD_ID });
    this.disconnects.watchProvider(this.provider);
    this.ballots.observe((event) => {
      for (const key of event.keysChanged) {
        const sum = Object.values(this.ballots.get(key) ?? {}).reduce((n, d) => n + d, 0);
        this.dotsSpent += sum - (this.ballotSums.get(key) ?? 0);
        this.ballotSums.set(key, sum);
      }
    });
  }

  ready(timeoutMs: number): Promise<void> {
    return whenProviderSynced(this.provider, timeoutMs);
  }

  openBoard(): Promise<SendResult> {
    this.doc.transact(() => {
      this.boardMap.set('contributing', 'open');
      this.boardMap.set('phase', 'contribute');
    });
    return Promise.resolve(OK);
  }

  setPhase(_from: BoardPhase, to: BoardPhase): Promise<SendResult> {
    this.doc.transact(() => {
      if (to === 'results') {
        const totals = new Map<string, number>();
        for (const ballot of this.ballots.values()) for (const [item, dots] of Object.entries(ballot)) totals.set(item, (totals.get(item) ?? 0) + dots);
        for (const [id, card] of this.cards.entries()) card.set('votes', { total: totals.get(id) ?? 0, bySector: null });
      }
      this.boardMap.set('phase', to);
    });
    return Promise.resolve(OK);
  }

  addCard(text: string): Promise<SendResult> {
    const id = `card-${this.doc.clientID}-${this.cards.size}-${text}`;
    const card = {
      id,
      boardId: BOARD_ID,
      text,
      sectors: ['third_sector'],
      mergedTexts: [],
      authorIds: null,
      clusterId: null,
      position: this.cards.size,
      x: (this.cards.size % 10) * 216,
      y: Math.floor(this.cards.size / 10) * 136,
      createdAt: new Date().toISOString(),
      hidden: false,
      votes: null,
      agreed: false,
      agreedText: null,
    };
    this.cards.set(id, new Y.Map<unknown>(Object.entries(card)));
    return Promise.resolve(OK);
  }

  votableItems(): readonly string[] {
    return [...this.cards.keys()];
  }

  castVote(itemId: string): Promise<SendResult> {
    const ballot = this.ballots.get(this.memberId) ?? {};
    this.ballots.set(this.memberId, { ...ballot, [itemId]: (ballot[itemId] ?? 0) + 1 });
    return Promise.resolve(OK);
  }

  board(): BoardView {
    return { phase: (this.boardMap.get('phase') as BoardPhase | undefined) ?? null, dotsSpent: this.dotsSpent };
  }

  onCard(listener: (text: string) => void): void {
    this.cards.observe((event) => {
      for (const [id, change] of event.changes.keys) {
        const text = change.action === 'add' ? this.cards.get(id)?.get('text') : undefined;
        if (typeof text === 'string') listener(text);
      }
    });
  }

  onBoard(listener: (view: BoardView) => void): void {
    this.boardMap.observe(() => listener(this.board()));
    this.ballots.observe(() => listener(this.board()));
  }

  onDocUpdate(listener: () => void): void {
    this.doc.on('update', listener);
  }

  talliesShown(): TalliesShown {
    if (this.boardMap.get('phase') !== 'results') return 'no';
    let total = 0;
    for (const card of this.cards.values()) {
      const votes = card.get('votes') as { total: number } | null | undefined;
      if (!votes) return 'no';
      total += votes.total;
    }
    return total === this.dotsSpent ? 'yes' : 'inconsistent';
  }

  onOwnView(): void {
    // The reference has no personal view: a voter's own dot is in its own doc at once.
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
