import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { WorkshopClient } from '../src/testing/workshopClient';
import type { BenchWorkshop } from './benchWorkshops';
import { inParallel } from './inParallel';
import type { SoakLedger } from './soakMessages';

const READ_TIMEOUT_MS = 60_000;
const READ_CONCURRENCY = 8;
/** How long after the personal view a read-only notice would have arrived. */
const READ_ONLY_NOTICE_WAIT_MS = 200;
/** How many lost or changed items to name in the report. */
const EXAMPLES = 5;

/** What the store gave back of everything acknowledged, per kind. */
export interface StoreCheck {
  workshops: number;
  /** Workshops that could not be read back, with why. */
  unreadable: string[];
  /** Workshops the server opened read-only (damaged, `workshop:readOnly`). */
  readOnly: number;
  cards: { acknowledged: number; found: number; missing: number; changed: number };
  /** Dots acknowledged, and boards whose count in the store differs from them. */
  dots: { acknowledged: number; inStore: number; boardsDiffering: number };
  /** Objectives, actions and proposals acknowledged as added, and those not in the store. */
  plan: { acknowledged: number; missing: number };
  /** A few of what is missing or changed, for the report. */
  examples: string[];
}

/**
 * Reads every workshop back from a (restarted) server, as a new client of its lead facilitator would, and compares it
 * with what the soak's clients were told was applied: every acknowledged card with its last acknowledged text and
 * board, each board's dots, every objective, action and proposal.
 */
export async function checkStore(url: string, workshops: readonly BenchWorkshop[], ledgers: readonly SoakLedger[]): Promise<StoreCheck> {
  const check: StoreCheck = {
    workshops: workshops.length,
    unreadable: [],
    readOnly: 0,
    cards: { acknowledged: 0, found: 0, missing: 0, changed: 0 },
    dots: { acknowledged: 0, inStore: 0, boardsDiffering: 0 },
    plan: { acknowledged: 0, missing: 0 },
    examples: [],
  };
  const byId = new Map(ledgers.map((l) => [l.workshopId, l]));
  const note = (line: string) => void (check.examples.length < EXAMPLES && check.examples.push(line));
  await inParallel(workshops.length, READ_CONCURRENCY, async (w) => {
    const workshop = workshops[w]!;
    const ledger = byId.get(workshop.workshopId);
    let read: { state: WorkshopState; readOnly: boolean };
    try {
      read = await readBack(url, workshop);
    } catch (error) {
      check.unreadable.push(`${workshop.workshopId}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const { state } = read;
    if (read.readOnly) check.readOnly += 1;
    if (!ledger) return;
    for (const [cardId, { boardId, text }] of Object.entries(ledger.cards)) {
      check.cards.acknowledged += 1;
      const card = state.cards[cardId as keyof typeof state.cards];
      if (!card) {
        check.cards.missing += 1;
        note(`card ${cardId} ("${text}") is not in workshop ${workshop.workshopId}`);
      } else if (card.text !== text || card.boardId !== boardId) {
        check.cards.changed += 1;
        note(`card ${cardId} reads "${card.text}" on ${card.boardId}, acknowledged as "${text}" on ${boardId}`);
      } else {
        check.cards.found += 1;
      }
    }
    for (const [boardId, dots] of Object.entries(ledger.dots)) {
      const stored = state.boards[boardId as keyof typeof state.boards]?.dotsSpent ?? 0;
      check.dots.acknowledged += dots;
      check.dots.inStore += stored;
      if (stored !== dots) {
        check.dots.boardsDiffering += 1;
        note(`board ${boardId} of workshop ${workshop.workshopId} has ${stored} dots, ${dots} acknowledged`);
      }
    }
    const planItems: [string, Record<string, unknown>][] = [
      ...ledger.objectives.map((id): [string, Record<string, unknown>] => [id, state.objectives]),
      ...ledger.actions.map((id): [string, Record<string, unknown>] => [id, state.actions]),
      ...ledger.proposals.map((id): [string, Record<string, unknown>] => [id, state.proposals]),
    ];
    for (const [id, stored] of planItems) {
      check.plan.acknowledged += 1;
      if (stored[id]) continue;
      check.plan.missing += 1;
      note(`plan item ${id} is not in workshop ${workshop.workshopId}`);
    }
  });
  return check;
}

/** The workshop as a new client of its lead facilitator sees it once synced, and whether the server opened it read-only. */
async function readBack(url: string, workshop: BenchWorkshop): Promise<{ state: WorkshopState; readOnly: boolean }> {
  const { memberId, token } = workshop.facilitator;
  const reader = new WorkshopClient(url, workshop.workshopId, memberId, token, { presence: false });
  let readOnly = false;
  reader.socket.on('workshop:readOnly', () => (readOnly = true));
  try {
    await Promise.all([reader.whenSynced(READ_TIMEOUT_MS), reader.whenConnected(READ_TIMEOUT_MS)]);
    // The server sends the personal view on connect and the read-only notice right after it, as a message of its own.
    await reader.waitForPersonal(() => reader.personalViews.length > 0, READ_TIMEOUT_MS);
    await new Promise((resolve) => setTimeout(resolve, READ_ONLY_NOTICE_WAIT_MS));
    return { state: reader.state(), readOnly };
  } finally {
    reader.close();
  }
}
