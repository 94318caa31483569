import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { ValueSource } from './schemaPayloads';
import type { Random } from '@roundtable/shared/testing/seededRandom';

/**
 * Where a generated payload's ids come from: mostly the attacked workshop's own (so commands reach its boards,
 * cards and plan), sometimes another workshop's (AUTH3: a token opens only its own workshop) or one nobody has.
 */
const POOL_OF_FIELD: Readonly<Record<string, (s: WorkshopState) => string[]>> = {
  sessionId: (s) => Object.keys(s.sessions),
  boardId: (s) => Object.keys(s.boards),
  cardId: (s) => Object.keys(s.cards),
  intoCardId: (s) => Object.keys(s.cards),
  clusterId: (s) => Object.keys(s.clusters),
  itemId: (s) => [...Object.keys(s.cards), ...Object.keys(s.clusters)],
  memberId: (s) => Object.keys(s.members),
  objectiveId: (s) => Object.keys(s.objectives),
  actionId: (s) => Object.keys(s.actions),
  proposalId: (s) => Object.keys(s.proposals),
  targetId: (s) => [...Object.keys(s.objectives), ...Object.keys(s.actions)],
  workshopId: (s) => [s.meta.id],
  id: (s) => s.survey.items.map((i) => i.id),
};

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const WORDS = ['trust', 'funding', 'the council', 'volunteers', 'shared', 'outcomes', 'local', 'partnership', 'we', 'should', 'meet', 'more', 'often', 'data', 'compact', 'grants'];

export function freshId(random: Random, length = 22): string {
  let id = '';
  for (let i = 0; i < length; i += 1) id += ID_ALPHABET[random.int(0, ID_ALPHABET.length - 1)];
  return id;
}

function words(random: Random, min: number, max: number): string {
  const target = random.chance(0.05) ? max : random.int(Math.max(min, 3), Math.max(Math.min(max, 40), min));
  let text = '';
  while (text.length < target) text += `${text ? ' ' : ''}${random.pick(WORDS)}`;
  text = text.slice(0, target).trim();
  return text.length >= min ? text : text.padEnd(min, 'x');
}

export interface PoolContext {
  random: Random;
  state: WorkshopState;
  /** Other workshops' states, for foreign ids. */
  others: readonly WorkshopState[];
  /** Ids learned from acks that the state does not show (private drafts). */
  learned: ReadonlyMap<string, readonly string[]>;
  /** Ids never to choose (the observer, so it is never removed). */
  excluded: ReadonlySet<string>;
  /** Tokens a `token` field may carry (REST `POST /api/session`). */
  tokens: readonly string[];
}

export function poolValueSource(ctx: PoolContext): ValueSource {
  const { random, state } = ctx;
  const own = (field: string) => [...(POOL_OF_FIELD[field]?.(state) ?? []), ...(ctx.learned.get(field) ?? [])].filter((id) => !ctx.excluded.has(id));
  return {
    random,
    id(field) {
      if (field === 'commandId') return freshId(random);
      const draw = random.next();
      const foreign = ctx.others.flatMap((s) => POOL_OF_FIELD[field]?.(s) ?? []);
      if (draw < 0.07 && foreign.length > 0) return random.pick(foreign);
      if (draw < 0.12) return freshId(random);
      const mine = own(field);
      if (mine.length > 0) return random.pick(mine);
      const anyOwn = Object.keys(POOL_OF_FIELD).flatMap(own);
      return anyOwn.length > 0 && random.chance(0.5) ? random.pick(anyOwn) : freshId(random);
    },
    recordKeys(field) {
      const kind = field === 'answers' ? 'scale' : field === 'texts' ? 'text' : null;
      return kind ? state.survey.items.filter((i) => i.kind === kind).map((i) => i.id) : [];
    },
    text(field, min, max) {
      if (field === 'joinCode') {
        const code = state.meta.joinCode;
        return random.pick([code, code.toLowerCase(), `${code.slice(0, 3)}-${code.slice(3)}`, ` ${code.slice(0, 3)} ${code.slice(3)} `]);
      }
      if (field === 'token' && ctx.tokens.length > 0 && random.chance(0.8)) return random.pick(ctx.tokens);
      return words(random, min, max);
    },
  };
}
