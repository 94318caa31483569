import { z } from 'zod';
import { boardIdSchema, memberIdSchema } from '../ids/ids';

/**
 * What a client puts in its Yjs awareness state: who it is and which board it is looking at, nothing else.
 * The server drops any awareness update whose `memberId` is not the connection's own member, or that is
 * larger than AWARENESS_STATE_MAX_BYTES, so presence cannot be spoofed or used as a side channel.
 */
export const AWARENESS_STATE_MAX_BYTES = 1_024;

export const presenceSchema = z.strictObject({
  memberId: memberIdSchema,
  boardId: boardIdSchema.nullable(),
});
export type Presence = z.output<typeof presenceSchema>;

/** Members currently connected, from awareness states (several tabs of one member count once). */
export function onlineMemberIds(states: Iterable<unknown>): Set<string> {
  const online = new Set<string>();
  for (const state of states) {
    const parsed = presenceSchema.safeParse(state);
    if (parsed.success) online.add(parsed.data.memberId);
  }
  return online;
}
