import { FACILITATORS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, rejected } from '../command/transitionResult';
import type { BoardId } from '../ids/ids';
import type { WorkshopState } from '../workshop/workshop';
import type { SHARING_PAYLOADS } from './sharingPayloads';
import { WITHHELD_BOARDS_MAX, WITHHELD_ITEMS_MAX } from './sharingLimits';

/** Whether an id names something the area could share: a card, a cluster, an objective or an action, now or in an agreed version. */
function isShareableItem(state: WorkshopState, id: string): boolean {
  if (Object.hasOwn(state.cards, id) || Object.hasOwn(state.clusters, id) || Object.hasOwn(state.objectives, id) || Object.hasOwn(state.actions, id)) return true;
  return Object.values(state.planVersions).some((v) => v.snapshot.objectives.some((o) => o.id === id) || v.snapshot.actions.some((a) => a.id === id));
}

/** `list` with `id` in it (not shared) or out of it (shared); the same array when nothing changes. */
function toggled<T extends string>(list: readonly T[], id: T, shared: boolean): readonly T[] {
  const has = list.includes(id);
  if (has === !shared) return list;
  return shared ? list.filter((x) => x !== id) : [...list, id];
}

export const SHARING_COMMANDS = {
  // [PROG4] A facilitator marks the whole area, a board or an item as not shared with the programme (or shared
  // again). Nothing of what is marked flows up; participants cannot change it; marking twice changes nothing.
  'programme:share': {
    roles: FACILITATORS,
    apply: (state, p) => {
      const sharing = state.sharing;
      if (p.scope === 'area') {
        if (p.targetId !== undefined) return rejected('invalid_payload', 'The whole area is marked without naming a board or an item.', { targetId: 'Leave it out for the area.' });
        if (sharing.areaWithheld === !p.shared) return accepted(state, null);
        return accepted({ ...state, sharing: { ...sharing, areaWithheld: !p.shared } }, null);
      }
      if (p.targetId === undefined) return rejected('invalid_payload', `Say which ${p.scope} to mark.`, { targetId: `Name the ${p.scope}.` });
      if (p.scope === 'board') {
        if (!Object.hasOwn(state.boards, p.targetId)) return rejected('not_found', 'That board is not in this workshop.');
        const next = toggled(sharing.withheldBoardIds, p.targetId as BoardId, p.shared);
        if (next === sharing.withheldBoardIds) return accepted(state, null);
        if (next.length > WITHHELD_BOARDS_MAX) return rejected('limit_reached', `At most ${WITHHELD_BOARDS_MAX} boards can be kept from the programme.`);
        return accepted({ ...state, sharing: { ...sharing, withheldBoardIds: [...next] } }, null);
      }
      if (!isShareableItem(state, p.targetId)) return rejected('not_found', 'That item is not in this workshop.');
      const next = toggled(sharing.withheldItemIds, p.targetId, p.shared);
      if (next === sharing.withheldItemIds) return accepted(state, null);
      if (next.length > WITHHELD_ITEMS_MAX) return rejected('limit_reached', `At most ${WITHHELD_ITEMS_MAX} items can be kept from the programme.`);
      return accepted({ ...state, sharing: { ...sharing, withheldItemIds: [...next] } }, null);
    },
  },
} satisfies RulesFor<typeof SHARING_PAYLOADS>;
