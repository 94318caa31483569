import * as Y from 'yjs';
import type { ReceivedFrame } from './receivedFrames';
import { decodeSocketIoPayload, decodeYjsFrame, UnreadableFrameError, type SocketIoMessage, type YjsFrame } from './wireDecoding';

/** Everything one person's page received, and what they typed, to check an anonymous board against (ANON1). */
export interface PersonReceived {
  /** For messages only. */
  name: string;
  memberId: string;
  frames: readonly ReceivedFrame[];
  /** The card texts this person typed into the UI (none for a facilitator who scribed nothing). */
  typed: readonly string[];
}

export interface RecipientStats {
  yjsFrames: number;
  /** Broadcast updates (not sync step 2) checked byte by byte. */
  updatesChecked: number;
  /** Of those, how many named a card: the byte check had something to look at. */
  updatesNamingCards: number;
  socketIoMessages: number;
  personalViews: number;
  /** In the doc rebuilt from the frames, at the end. */
  cardsInDoc: number;
  membersInDoc: number;
}

export interface AnonymityReport {
  /** Author identities that reached someone, and frames that could not be read (so could not be cleared). */
  violations: string[];
  /** Authorship that could not be learned: each one a place the check would have had nothing to find. */
  gaps: string[];
  /** Card id → its authors' member ids, as each author's own personal view claimed and their typing confirmed. */
  authorsOf: ReadonlyMap<string, ReadonlySet<string>>;
  stats: ReadonlyMap<string, RecipientStats>;
}

type Decoded = { frame: ReceivedFrame; yjs?: YjsFrame; socketIo?: SocketIoMessage[]; unreadable?: string };

function decode(frame: ReceivedFrame): Decoded {
  try {
    if (frame.channel === 'yjs') {
      if (typeof frame.payload === 'string') throw new UnreadableFrameError('text frame on the doc channel');
      return { frame, yjs: decodeYjsFrame(frame.payload) };
    }
    if (frame.channel === 'socket.io') {
      if (typeof frame.payload !== 'string') throw new UnreadableFrameError('binary frame on Socket.io');
      return { frame, socketIo: decodeSocketIoPayload(frame.payload, frame.transport) };
    }
    throw new UnreadableFrameError(`a connection this check does not know: ${frame.url}`);
  } catch (error) {
    if (!(error instanceof UnreadableFrameError)) throw error;
    return { frame, unreadable: error.message };
  }
}

const idsIn = (text: string, ids: Iterable<string>) => [...ids].filter((id) => text.includes(id));
const bytesInclude = (bytes: Uint8Array, id: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(id);

function cardTexts(card: Record<string, unknown>): string[] {
  const merged = Array.isArray(card.mergedTexts) ? card.mergedTexts.filter((t): t is string => typeof t === 'string') : [];
  return [typeof card.text === 'string' ? card.text : '', ...merged].filter(Boolean);
}

/** Card ids a personal view claims as the recipient's own: their drafts and their cards on the board. */
function claimedCards(view: unknown): { id: string; text: string | null }[] {
  if (typeof view !== 'object' || view === null) return [];
  const { drafts, myCardIds } = view as { drafts?: unknown; myCardIds?: unknown };
  const fromDrafts = (Array.isArray(drafts) ? drafts : []).map((d: { id?: unknown; text?: unknown }) => ({ id: String(d.id), text: typeof d.text === 'string' ? d.text : null }));
  const fromIds = (Array.isArray(myCardIds) ? myCardIds : []).map((id) => ({ id: String(id), text: null }));
  return [...fromDrafts, ...fromIds];
}

/** Replays the doc frames of one recipient into a fresh Y.Doc, calling `after` after each applied one. */
function replayDoc(decoded: readonly Decoded[], after: (doc: Y.Doc, d: Decoded, index: number) => void): Y.Doc {
  const doc = new Y.Doc();
  decoded.forEach((d, index) => {
    if (d.yjs?.kind === 'syncStep2' || d.yjs?.kind === 'update') Y.applyUpdate(doc, d.yjs.update);
    after(doc, d, index);
  });
  return doc;
}

const entries = (doc: Y.Doc, name: string) => [...doc.getMap<unknown>(name).entries()].map(([key, value]) => [key, value instanceof Y.AbstractType ? value.toJSON() : value] as const);

/**
 * [ANON1] On an anonymous board no author identity reaches any client. Authorship is learned honestly from the
 * browser side: each author's own `personal:view` lists their cards, and each claim must match a text that
 * person typed. Then every frame every person received is checked:
 * - Socket.io: no message names a card together with a member other than its recipient, nor its recipient with a
 *   card they did not write; no personal view claims a card its recipient did not write.
 * - Yjs: the doc rebuilt from that person's frames, after every frame, has `authorIds: null` on every card, no
 *   member id anywhere in a card, and no entity of any collection naming a card together with one of its authors;
 *   no broadcast update carries a card id and one of its authors' ids as bytes (sync step 2 is exempt: it
 *   legitimately carries the whole roster beside the cards); presence names no card.
 * Every frame must decode; one that does not is a violation, since it could not be cleared.
 */
export function checkAnonymousBoard(people: readonly PersonReceived[]): AnonymityReport {
  const decodedOf = new Map(people.map((p) => [p, p.frames.map(decode)]));
  /** Each finding once, at the first frame it appears in (a leak in the doc stays there for every later frame). */
  const violations = new Map<string, string>();
  const gaps: string[] = [];
  const memberIds = new Set(people.map((p) => p.memberId));
  const textsOf = new Map<string, Set<string>>();
  const claims = new Map<PersonReceived, Set<string>>();
  const noteTexts = (id: string, texts: readonly string[]) => {
    const set = textsOf.get(id) ?? new Set<string>();
    for (const t of texts) set.add(t);
    textsOf.set(id, set);
  };

  // Learn: every card id and text anyone saw, every member on the roster, and what each personal view claimed.
  for (const person of people) {
    const claimed = new Set<string>();
    claims.set(person, claimed);
    replayDoc(decodedOf.get(person)!, (doc, d) => {
      if (d.yjs?.kind === 'syncStep2' || d.yjs?.kind === 'update') {
        for (const [id, card] of entries(doc, 'cards')) noteTexts(id, cardTexts(card as Record<string, unknown>));
        for (const id of doc.getMap('members').keys()) memberIds.add(id);
      }
      for (const message of d.socketIo ?? []) {
        if (message.kind !== 'event' || message.name !== 'personal:view') continue;
        for (const { id, text } of claimedCards(message.args[0])) {
          claimed.add(id);
          if (text !== null) noteTexts(id, [text]);
        }
      }
    });
  }
  const typist = new Map(people.flatMap((p) => p.typed.map((text) => [text, p] as const)));
  const authorsOf = new Map<string, Set<string>>();
  for (const [person, claimed] of claims) {
    for (const id of claimed) {
      const texts = [...(textsOf.get(id) ?? [])];
      if (!texts.some((t) => typist.get(t) === person)) {
        const finding = `${person.name}'s own view claims card ${id} (${texts.map((t) => `“${t}”`).join(', ') || 'text never seen'}), which they did not write`;
        violations.set(finding, finding);
        continue;
      }
      authorsOf.set(id, (authorsOf.get(id) ?? new Set()).add(person.memberId));
    }
    for (const text of person.typed) {
      const cards = [...textsOf].filter(([, texts]) => texts.has(text)).map(([id]) => id);
      if (!cards.some((id) => claimed.has(id))) gaps.push(`${person.name} typed “${text}” but never saw a card with it as theirs (cards with it: ${cards.join(', ') || 'none'})`);
    }
  }
  const cardIds = [...textsOf.keys()];

  const stats = new Map<string, RecipientStats>();
  for (const person of people) {
    const s: RecipientStats = { yjsFrames: 0, updatesChecked: 0, updatesNamingCards: 0, socketIoMessages: 0, personalViews: 0, cardsInDoc: 0, membersInDoc: 0 };
    const flag = (index: number, what: string) => {
      const key = `${person.name}: ${what}`;
      if (!violations.has(key)) violations.set(key, `${person.name}, frame ${index}: ${what}`);
    };
    const doc = replayDoc(decodedOf.get(person)!, (doc, d, index) => {
      if (d.unreadable) return flag(index, `could not be read (${d.unreadable}), so it cannot be cleared`);
      if (d.yjs) s.yjsFrames += 1;
      if (d.yjs?.kind === 'update') {
        const bytes = d.yjs.update;
        s.updatesChecked += 1;
        const named = cardIds.filter((id) => bytesInclude(bytes, id));
        if (named.length > 0) s.updatesNamingCards += 1;
        for (const id of named) {
          for (const author of authorsOf.get(id) ?? []) if (bytesInclude(bytes, author)) flag(index, `an update carries card ${id} and its author ${author}`);
        }
      }
      if (d.yjs?.kind === 'awareness') {
        for (const state of d.yjs.states) if (idsIn(state, cardIds).length > 0) flag(index, `presence names a card: ${state}`);
      }
      if (d.yjs?.kind === 'syncStep2' || d.yjs?.kind === 'update') checkDoc(doc, index);
      for (const message of d.socketIo ?? []) checkSocketIo(message, index);
    });
    s.cardsInDoc = doc.getMap('cards').size;
    s.membersInDoc = doc.getMap('members').size;
    stats.set(person.name, s);

    function checkDoc(doc: Y.Doc, index: number) {
      for (const [id, card] of entries(doc, 'cards')) {
        const fields = card as Record<string, unknown>;
        if (fields.authorIds !== null) flag(index, `card ${id} in the doc has authorIds ${JSON.stringify(fields.authorIds)}`);
        const members = idsIn(JSON.stringify(fields), memberIds);
        if (members.length > 0) flag(index, `card ${id} in the doc names member(s) ${members.join(', ')}`);
      }
      for (const name of doc.share.keys()) {
        for (const [key, value] of entries(doc, name)) {
          const text = `${key} ${JSON.stringify(value)}`;
          for (const id of idsIn(text, cardIds)) {
            for (const author of authorsOf.get(id) ?? []) if (text.includes(author)) flag(index, `${name}.${key} in the doc names card ${id} with its author ${author}`);
          }
        }
      }
    }

    function checkSocketIo(message: SocketIoMessage, index: number) {
      s.socketIoMessages += 1;
      if (message.kind === 'event' && message.name === 'personal:view') {
        s.personalViews += 1;
        for (const { id } of claimedCards(message.args[0])) if (!authorsOf.get(id)?.has(person.memberId)) flag(index, `their personal view claims card ${id}, which they did not write`);
      }
      const text = JSON.stringify(message.kind === 'event' ? [message.name, ...message.args] : message.data);
      const cards = idsIn(text, cardIds);
      if (cards.length === 0) return;
      for (const member of idsIn(text, memberIds)) {
        if (member !== person.memberId) flag(index, `a Socket.io message names card(s) ${cards.join(', ')} with member ${member}`);
        else for (const id of cards) if (!authorsOf.get(id)?.has(member)) flag(index, `a Socket.io message ties them to card ${id}, which they did not write`);
      }
    }
  }
  return { violations: [...violations.values()], gaps, authorsOf, stats };
}
