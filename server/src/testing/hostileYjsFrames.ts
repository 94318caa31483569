import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Random } from '@roundtable/shared/testing/seededRandom';
import { awarenessFrame, frameOf, syncStep1Frame, type RawAwarenessEntry } from './rawYjsClient';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '../realtime/yjsMessages';

/**
 * For tests (yjsFrames.test.ts): frames a member could send on the Yjs endpoint and the stock client never would,
 * drawn from a seeded generator, each with what the server must do with the connection that sent it.
 */

/** `kept`: the connection stays open; `malformed`: closed with 4400 (YJS3); `tooLarge`: closed with 1009 (YJS4). */
export type FrameOutcome = 'kept' | 'malformed' | 'tooLarge' | 'either';

export interface HostileFrame {
  kind: string;
  bytes: Uint8Array;
  outcome: FrameOutcome;
  /** A well-formed sync step 1, which the server answers. */
  answered: boolean;
  /** An awareness update (it may still be malformed). */
  awareness: boolean;
  /** Pretends to speak for a client id another connection (or the room) owns (YJS6). */
  takeover: boolean;
}

/** What the sender knows of the room, so forgeries look like the real thing. */
export interface FrameTargets {
  senderMemberId: string;
  /** Other members, to impersonate. */
  otherMemberIds: readonly string[];
  /** Client ids owned by other connections, and the room's own. */
  takenIds: readonly number[];
  /** At least the highest clock of any taken id, so forged clocks can beat it. */
  clockAbove: number;
  maxFrameBytes: number;
  /** The workshop's doc as an update, to forge writes against it. */
  docUpdate: Uint8Array;
}

type Draft = Omit<HostileFrame, 'kind' | 'awareness' | 'takeover'> & { awareness?: boolean; takeover?: boolean };

/** An integer in [0, below). */
const int = (random: Random, below: number) => random.int(0, below - 1);
/** A clock `by` past `clock`, but still a safe integer: a bigger one would make the frame malformed, not a forgery. */
const past = (clock: number, by: number) => Math.min(clock + by, Number.MAX_SAFE_INTEGER);
const randomBytes = (random: Random, length: number) => Uint8Array.from({ length }, () => int(random, 256));

/** A uint32 client id nobody in the room holds. */
function freeId(random: Random, targets: FrameTargets): number {
  for (;;) {
    const id = int(random, 0x1_0000_0000);
    if (!targets.takenIds.includes(id)) return id;
  }
}

/**
 * An over-long varint that lib0 reads without complaint as a number beyond any safe integer: 2^56 and up, Infinity
 * (147 zero groups, then 1) or NaN (more). Writing Infinity back never ends.
 */
function unsafeVarint(random: Random): Uint8Array {
  const zeros = random.pick([8, 10, 60, 147, 148, 200]);
  return Uint8Array.of(...new Array<number>(zeros).fill(0x80), random.pick([0x01, 0x7f]));
}

/** 2^33 - 1: a safe integer, but no Yjs client id (those are uint32). */
const OVER_UINT32 = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x1f);

const varint = (n: number) => frameOf((e) => encoding.writeVarUint(e, n));
const awarenessMessage = (update: Uint8Array) => frameOf((e) => (encoding.writeVarUint(e, MESSAGE_AWARENESS), encoding.writeVarUint8Array(e, update)));
const syncMessage = (syncType: number, payload: Uint8Array) =>
  frameOf((e) => (encoding.writeVarUint(e, MESSAGE_SYNC), encoding.writeVarUint(e, syncType), encoding.writeVarUint8Array(e, payload)));

function presenceOf(random: Random, memberId: string): unknown {
  return { memberId, boardId: random.pick([null, 'board00001', 'board00002']) };
}

/** A state that is no presence of the sender's: not JSON, the wrong shape, someone else's, or too big. */
function badStateText(random: Random, targets: FrameTargets): string {
  const own = targets.senderMemberId;
  return random.pick([
    () => '{"memberId":',
    () => 'undefined',
    () => String.fromCharCode(...randomBytes(random, 12)),
    () => JSON.stringify([own, null]),
    () => JSON.stringify(int(random, 1e9)),
    () => '{"__proto__":{"memberId":"x"},"memberId":' + JSON.stringify(own) + ',"boardId":null}',
    () => JSON.stringify({ memberId: own, boardId: null, note: 'x' }),
    () => JSON.stringify({ memberId: own, boardId: null, pad: 'x'.repeat(1_100) }),
    () => JSON.stringify(presenceOf(random, random.pick(targets.otherMemberIds))),
    () => '['.repeat(600) + ']'.repeat(600),
  ])();
}

function forgedUpdate(random: Random, targets: FrameTargets): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, targets.docUpdate);
  const before = Y.encodeStateVector(doc);
  const keys = [...doc.share.keys()];
  doc.transact(() => {
    if (keys.length > 0 && random.chance(0.5)) doc.getMap(random.pick(keys)).clear();
    else doc.getMap('meta').set('title', 'Taken over');
  });
  return random.chance(0.2) ? randomBytes(random, 1 + int(random, 200)) : Y.encodeStateAsUpdate(doc, before);
}

/** A valid message of some kind: the base for truncations and trailing garbage. */
function validFrame(random: Random, targets: FrameTargets): Uint8Array {
  return random.pick([
    () => syncStep1Frame(Y.encodeStateVector(new Y.Doc())),
    () => awarenessFrame([{ clientId: freeId(random, targets), clock: 1, state: presenceOf(random, targets.senderMemberId) }]),
    () => syncMessage(syncProtocol.messageYjsUpdate, forgedUpdate(random, targets)),
    () => Uint8Array.of(MESSAGE_QUERY_AWARENESS),
  ])();
}

/** One awareness entry whose client id and clock are given as raw varint bytes, with the sender's own presence. */
function awarenessEntryFrame(random: Random, targets: FrameTargets, clientId: Uint8Array, clock: Uint8Array): Uint8Array {
  const state = new TextEncoder().encode(JSON.stringify(presenceOf(random, targets.senderMemberId)));
  return awarenessMessage(Uint8Array.of(1, ...clientId, ...clock, ...varint(state.length), ...state));
}

const kept = (bytes: Uint8Array, flags: Partial<Draft> = {}): Draft => ({ bytes, outcome: 'kept', answered: false, ...flags });
const malformed = (bytes: Uint8Array, flags: Partial<Draft> = {}): Draft => ({ bytes, outcome: 'malformed', answered: false, ...flags });
const either = (bytes: Uint8Array): Draft => ({ bytes, outcome: 'either', answered: false });

/** Each kind of hostile frame, with its weight in the mix. */
const KINDS: { kind: string; weight: number; make: (random: Random, targets: FrameTargets) => Draft }[] = [
  { kind: 'random bytes', weight: 5, make: (r) => either(randomBytes(r, int(r, 64))) },
  {
    kind: 'random bytes after a valid type',
    weight: 4,
    make: (r) => either(Uint8Array.of(r.pick([MESSAGE_SYNC, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS]), ...randomBytes(r, int(r, 48)))),
  },
  {
    kind: 'truncated message',
    weight: 4,
    make: (r, t) => {
      const whole = validFrame(r, t);
      return malformed(whole.slice(0, int(r, whole.length)));
    },
  },
  {
    kind: 'truncated varint',
    weight: 2,
    make: (r) => malformed(Uint8Array.of(...r.pick([[], [MESSAGE_SYNC], [MESSAGE_AWARENESS], [MESSAGE_SYNC, 0]]), 0x80 | int(r, 128))),
  },
  {
    kind: 'over-long varint',
    weight: 6,
    make: (r, t) => {
      const huge = unsafeVarint(r);
      switch (r.pick(['type', 'sync type', 'length', 'entry count', 'client id', 'client id', 'clock'] as const)) {
        case 'type':
          return malformed(Uint8Array.of(...huge, 0));
        case 'sync type':
          return malformed(Uint8Array.of(MESSAGE_SYNC, ...huge, 0));
        case 'length':
          return malformed(Uint8Array.of(MESSAGE_AWARENESS, ...huge, 1, 2, 3));
        case 'entry count':
          return malformed(awarenessMessage(Uint8Array.of(...huge, 0)), { awareness: true });
        case 'client id':
          return malformed(awarenessEntryFrame(r, t, r.chance(0.3) ? OVER_UINT32 : huge, varint(1)), { awareness: true });
        case 'clock':
          return malformed(awarenessEntryFrame(r, t, varint(freeId(r, t)), huge), { awareness: true });
      }
    },
  },
  { kind: 'over-long encoding of a small number', weight: 1, make: () => either(Uint8Array.of(0x80 | MESSAGE_QUERY_AWARENESS, 0x80, 0x00)) },
  {
    kind: 'unknown message type',
    weight: 3,
    make: (r) =>
      malformed(
        r.pick([
          () => Uint8Array.of(MESSAGE_AUTH, 0),
          () => Uint8Array.of(...varint(4 + int(r, 1_000_000)), 0),
          () => Uint8Array.of(MESSAGE_SYNC, ...varint(3 + int(r, 1_000)), 0),
        ])(),
      ),
  },
  { kind: 'trailing bytes', weight: 2, make: (r, t) => malformed(Uint8Array.of(...validFrame(r, t), ...randomBytes(r, 1 + int(r, 8)))) },
  {
    kind: 'too many awareness entries',
    weight: 1,
    make: (r) => malformed(awarenessMessage(Uint8Array.of(...varint(2_049 + int(r, 1_000_000)), 1, 1, 4, ...new TextEncoder().encode('null'))), { awareness: true }),
  },
  { kind: 'oversized frame', weight: 1, make: (r, t) => ({ bytes: randomBytes(r, t.maxFrameBytes + 1 + int(r, 1_000)), outcome: 'tooLarge', answered: false }) },
  {
    kind: 'sync step 1',
    weight: 6,
    make: (r) => {
      const doc = new Y.Doc();
      for (let i = int(r, 4); i > 0; i -= 1) doc.getMap('m').set(String(i), i);
      return kept(syncStep1Frame(Y.encodeStateVector(doc)), { answered: true });
    },
  },
  {
    kind: 'sync step 1 with a hostile state vector',
    weight: 2,
    make: (r) => {
      const huge = unsafeVarint(r);
      return either(syncStep1Frame(r.pick([() => randomBytes(r, int(r, 24)), () => Uint8Array.of(1, ...huge, 5), () => Uint8Array.of(1, 5, ...huge), () => huge])()));
    },
  },
  {
    kind: 'client write (sync step 2 or update)',
    weight: 14,
    make: (r, t) => kept(syncMessage(r.pick([syncProtocol.messageYjsSyncStep2, syncProtocol.messageYjsUpdate]), forgedUpdate(r, t))),
  },
  { kind: 'query awareness', weight: 2, make: () => kept(Uint8Array.of(MESSAGE_QUERY_AWARENESS)) },
  {
    kind: 'awareness takeover',
    weight: 20,
    make: (r, t) => {
      const clientId = r.pick(t.takenIds);
      const clock = r.pick([past(t.clockAbove, 1), past(t.clockAbove, 1 + int(r, 1_000_000)), Number.MAX_SAFE_INTEGER, 0, int(r, 100)]);
      const entry: RawAwarenessEntry =
        r.chance(0.2)
          ? { clientId, clock, state: null, rawJson: badStateText(r, t) }
          : { clientId, clock, state: r.pick([() => presenceOf(r, t.senderMemberId), () => null, () => presenceOf(r, r.pick(t.otherMemberIds))])() };
      return kept(awarenessFrame([entry]), { awareness: true, takeover: true });
    },
  },
  {
    kind: 'awareness takeover inside an echo',
    weight: 6,
    make: (r, t) => {
      const own: RawAwarenessEntry = { clientId: freeId(r, t), clock: 1 + int(r, 10), state: presenceOf(r, t.senderMemberId) };
      const taken: RawAwarenessEntry = { clientId: r.pick(t.takenIds), clock: past(t.clockAbove, 1), state: r.pick([null, presenceOf(r, t.senderMemberId)]) };
      return kept(awarenessFrame(r.chance(0.5) ? [own, taken] : [taken, own]), { awareness: true, takeover: true });
    },
  },
  {
    kind: 'awareness with a bad state',
    weight: 8,
    make: (r, t) => kept(awarenessFrame([{ clientId: freeId(r, t), clock: 1 + int(r, 1_000), state: null, rawJson: badStateText(r, t) }]), { awareness: true }),
  },
  {
    kind: 'awareness null for an id not owned',
    weight: 6,
    make: (r, t) => {
      const takeover = r.chance(0.5);
      const clientId = takeover ? r.pick(t.takenIds) : freeId(r, t);
      return kept(awarenessFrame([{ clientId, clock: r.pick([0, 1, t.clockAbove, past(t.clockAbove, 1)]), state: null }]), { awareness: true, takeover });
    },
  },
  {
    kind: 'awareness with a huge clock',
    weight: 4,
    make: (r, t) => {
      const takeover = r.chance(0.5);
      const clientId = takeover ? r.pick(t.takenIds) : freeId(r, t);
      return kept(awarenessFrame([{ clientId, clock: Number.MAX_SAFE_INTEGER - int(r, 2), state: presenceOf(r, t.senderMemberId) }]), { awareness: true, takeover });
    },
  },
];

const WEIGHTS = KINDS.map((k) => k.weight);

/** One hostile frame, its kind drawn by weight. */
export function hostileFrame(random: Random, targets: FrameTargets): HostileFrame {
  const chosen = random.weighted(KINDS, WEIGHTS);
  const draft = chosen.make(random, targets);
  return { kind: chosen.kind, awareness: false, takeover: false, ...draft };
}
