import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkAnonymousBoard, type PersonReceived } from './anonymityCheck';
import type { ReceivedFrame } from './receivedFrames';

// The check in sessionTwoBoard.test.ts must be able to fail: each leak the server could make is fed to it here,
// as frames shaped exactly like the server's, and must be found.

const AUTHOR = 'memberAuthor0000000000';
const OTHER = 'memberOther00000000000';
const FACILITATOR = 'memberFacilitator00000';
const CARD = 'cardOfTheAuthor0000000';
const TEXT = 'Shared training for staff';

/** A server-side doc that records each change as the update it broadcasts. */
function serverDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const change = (f: () => void) => {
    const before = updates.length;
    doc.transact(f);
    return Y.mergeUpdates(updates.slice(before));
  };
  return { doc, change };
}

function yjsFrame(write: (encoder: encoding.Encoder) => void): ReceivedFrame {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return { channel: 'yjs', transport: 'websocket', url: 'ws://x/yjs/w', payload: encoding.toUint8Array(encoder) };
}
const step2 = (doc: Y.Doc) => yjsFrame((e) => syncProtocol.writeSyncStep2(e, doc, Y.encodeStateVector(new Y.Doc())));
const update = (u: Uint8Array) => yjsFrame((e) => syncProtocol.writeUpdate(e, u));
const socketIo = (payload: string, transport: 'websocket' | 'polling' = 'websocket'): ReceivedFrame => ({ channel: 'socket.io', transport, url: 'ws://x/socket.io/', payload });
const personalView = (view: object) => socketIo(`42${JSON.stringify(['personal:view', { drafts: [], myCardIds: [], dots: {}, notices: [], undo: null, ...view }])}`);

/** A workshop with three members and one revealed anonymous card, as every member's first sync sees it. */
function workshop() {
  const server = serverDoc();
  server.change(() => {
    const members = server.doc.getMap('members');
    for (const id of [AUTHOR, OTHER, FACILITATOR]) members.set(id, new Y.Map(Object.entries({ id, name: id })));
    const card = new Y.Map<unknown>(Object.entries({ id: CARD, text: TEXT, mergedTexts: [], sectors: ['third_sector'], authorIds: null, x: 0, y: 0 }));
    server.doc.getMap('cards').set(CARD, card);
  });
  return server;
}

/** What each member received: the first sync of `server` as it is now, their personal view, then `frames`. */
function people(frames: { author?: ReceivedFrame[]; other?: ReceivedFrame[]; facilitator?: ReceivedFrame[] }, server = workshop()): PersonReceived[] {
  const first = step2(server.doc);
  return [
    { name: 'Author', memberId: AUTHOR, typed: [TEXT], frames: [first, personalView({ myCardIds: [CARD] }), ...(frames.author ?? [])] },
    { name: 'Other', memberId: OTHER, typed: [], frames: [first, personalView({ dots: { board: { [CARD]: 1 } } }), ...(frames.other ?? [])] },
    { name: 'Facilitator', memberId: FACILITATOR, typed: [], frames: [first, ...(frames.facilitator ?? [])] },
  ];
}

describe('the anonymity check on received frames', () => {
  it('clears frames that keep authors private, and learns the author from their own view', () => {
    const report = checkAnonymousBoard(people({}));
    expect(report.violations).toEqual([]);
    expect(report.gaps).toEqual([]);
    expect([...(report.authorsOf.get(CARD) ?? [])]).toEqual([AUTHOR]);
    expect(report.stats.get('Other')).toMatchObject({ cardsInDoc: 1, membersInDoc: 3, personalViews: 1 });
  });

  it('finds authorIds set on a card after the first sync, though the update names the card only by struct id', () => {
    const server = workshop();
    const clean = people({}, server);
    const leak = server.change(() => (server.doc.getMap('cards').get(CARD) as Y.Map<unknown>).set('authorIds', [AUTHOR]));
    expect(Buffer.from(leak).includes(CARD), 'this update does not carry the card id').toBe(false);
    const report = checkAnonymousBoard(clean.map((p) => (p.name === 'Other' ? { ...p, frames: [...p.frames, update(leak)] } : p)));
    expect(report.violations.join('\n')).toMatch(/Other, frame 2: card \S+ in the doc has authorIds \["memberAuthor/);
  });

  it('finds an update carrying a card id and its author, wherever in the doc it puts them', () => {
    const server = workshop();
    const clean = people({}, server);
    const leak = server.change(() => server.doc.getMap('seenBy').set(CARD, AUTHOR));
    const report = checkAnonymousBoard(clean.map((p) => (p.name === 'Facilitator' ? { ...p, frames: [...p.frames, update(leak)] } : p)));
    expect(report.violations).toContain(`Facilitator, frame 1: an update carries card ${CARD} and its author ${AUTHOR}`);
    expect(report.violations).toContain(`Facilitator, frame 1: seenBy.${CARD} in the doc names card ${CARD} with its author ${AUTHOR}`);
  });

  it('finds a member id on a card in the first sync', () => {
    const server = workshop();
    server.change(() => (server.doc.getMap('cards').get(CARD) as Y.Map<unknown>).set('createdBy', OTHER));
    expect(checkAnonymousBoard(people({}, server)).violations.join('\n')).toMatch(/card \S+ in the doc names member\(s\) memberOther/);
  });

  it('finds a Socket.io message naming a card with another member, in a websocket frame or a polling body', () => {
    const leak = `42${JSON.stringify(['card:added', { cardId: CARD, by: AUTHOR }])}`;
    const report = checkAnonymousBoard(people({ other: [socketIo(`2\x1e${leak}`, 'polling')], facilitator: [socketIo(leak)] }));
    expect(report.violations).toContain(`Other, frame 2: a Socket.io message names card(s) ${CARD} with member ${AUTHOR}`);
    expect(report.violations).toContain(`Facilitator, frame 1: a Socket.io message names card(s) ${CARD} with member ${AUTHOR}`);
  });

  it("finds someone else's card in a personal view, though it carries no member id", () => {
    const report = checkAnonymousBoard(people({ other: [personalView({ myCardIds: [CARD] })] }));
    expect(report.violations.join('\n')).toMatch(/Other's own view claims card \S+ \(“Shared training for staff”\), which they did not write/);
  });

  it('counts a frame it cannot read as a violation, never as clean', () => {
    const report = checkAnonymousBoard(
      people({
        author: [socketIo('451-["personal:view",{"_placeholder":true,"num":0}]')],
        other: [{ channel: 'yjs', transport: 'websocket', url: 'ws://x/yjs/w', payload: Uint8Array.of(7, 1, 2) }],
        facilitator: [{ channel: 'other', transport: 'websocket', url: 'ws://x/elsewhere', payload: 'hello' }],
      }),
    );
    expect(report.violations.join('\n')).toMatch(/Author, frame 2: could not be read \(binary Socket.io packet\)/);
    expect(report.violations.join('\n')).toMatch(/Other, frame 2: could not be read \(unknown y-websocket message type 7\)/);
    expect(report.violations.join('\n')).toMatch(/Facilitator, frame 1: could not be read \(a connection this check does not know/);
  });

  it('reports a card whose author it could not learn, so a silent check cannot pass', () => {
    const [author, ...rest] = people({});
    const report = checkAnonymousBoard([{ ...author!, frames: author!.frames.slice(0, 1) }, ...rest]);
    expect(report.gaps).toEqual([`Author typed “${TEXT}” but never saw a card with it as theirs (cards with it: ${CARD})`]);
  });
});
