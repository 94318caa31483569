import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ack } from '@roundtable/shared/protocol/errors';
import { PROTOCOL_VERSION } from '@roundtable/shared/protocol/events';
import { testServerForFile } from '../testing/fileTestServer';
import { createTestWorkshop, joinTestWorkshop } from '../testing/restClient';
import { WorkshopClient } from '../testing/workshopClient';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';

const srv = testServerForFile();
const open: { close(): void }[] = [];

afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A facilitator's client and a participant's raw socket, on a board taking open contributions. */
async function openBoard() {
  const w = await createTestWorkshop(srv.url);
  const p = await joinTestWorkshop(srv.url, w.joinCode, 'Bea', 'third_sector');
  const lead = new WorkshopClient(srv.url, w.workshopId, 'lead', w.leadToken, { presence: false });
  open.push(lead);
  await Promise.all([lead.whenSynced(), lead.whenConnected()]);
  const boardId = boardsOfSession(lead.state(), sessionsInOrder(lead.state())[0]!.id)[0]!.id;
  for (const [name, input] of [
    ['board:configure', { boardId, contributing: 'open' }],
    ['board:setPhase', { boardId, from: 'draft', to: 'contribute' }],
  ] as const) {
    expect(await lead.send(name, input as never)).toEqual({ ok: true, data: null });
  }
  const socket: Socket = io(srv.url, {
    auth: { workshopId: w.workshopId, protocolVersion: PROTOCOL_VERSION, token: p.token },
    transports: ['websocket'],
    reconnection: false,
  });
  open.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const cardTexts = () => Object.values(lead.state().cards).filter((c) => c.boardId === boardId).map((c) => c.text);
  return { lead, socket, boardId, cardTexts };
}

/** Emits `args` then an ack callback, as a client that got the call wrong would; resolves with the answer. */
function emitWithArgs(socket: Socket, event: string, ...args: unknown[]): Promise<Ack<unknown>> {
  return new Promise((resolve, reject) => {
    socket.timeout(3_000).emit(event, ...args, (err: Error | null, ack: Ack<unknown>) => (err ? reject(new Error(`${event} was never acknowledged`)) : resolve(ack)));
  });
}

describe('what a command arrives with', () => {
  it('[CMD6] answers a command with an extra argument before its ack with invalid_payload, and changes nothing', async () => {
    const { lead, socket, boardId, cardTexts } = await openBoard();
    const payload = { commandId: randomUUID(), boardId, text: 'Sent with an extra argument' };
    for (const extra of ['extra', { text: 'more' }, null]) {
      const ack = await emitWithArgs(socket, 'card:add', payload, extra);
      expect(ack).toEqual({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/2 values instead of one.*not applied/) } });
    }
    const bare = await emitWithArgs(socket, 'card:add');
    expect(bare).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/0 values instead of one/) } });
    expect(cardTexts()).toEqual([]);
    // The refused id was not recorded: the same command, sent properly, is applied.
    const applied = await emitWithArgs(socket, 'card:add', payload);
    expect(applied).toMatchObject({ ok: true, data: { cardId: expect.any(String) } });
    await lead.waitFor(() => cardTexts().length === 1);
    expect(cardTexts()).toEqual(['Sent with an extra argument']);
  });

  it('[CMD6] applies nothing for a command sent without an ack, which could never be acknowledged', async () => {
    const { lead, socket, boardId, cardTexts } = await openBoard();
    socket.emit('card:add', { commandId: randomUUID(), boardId, text: 'Never acknowledged' });
    socket.emit('card:add', { commandId: randomUUID(), boardId, text: 'Never acknowledged either' }, 'extra');
    // Commands from one connection are handled in the order they arrive, so once this one shows, those were handled.
    expect(await emitWithArgs(socket, 'card:add', { commandId: randomUUID(), boardId, text: 'Acknowledged' })).toMatchObject({ ok: true });
    await lead.waitFor(() => cardTexts().length > 0);
    expect(cardTexts()).toEqual(['Acknowledged']);
  });
});
