import type { LeadSlot } from '@roundtable/shared/plan/plan';
import type { LeadLinkInfo } from '@roundtable/shared/protocol/rest';

/** The live link of one lead of one action: the newest not revoked, or null when there is none. */
export function liveLeadLink(links: readonly LeadLinkInfo[], actionId: string, slot: LeadSlot): LeadLinkInfo | null {
  let live: LeadLinkInfo | null = null;
  for (const link of links) {
    if (link.actionId !== actionId || link.slot !== slot || link.revokedAt !== null) continue;
    if (!live || link.createdAt > live.createdAt) live = link;
  }
  return live;
}

/** The key a lead's newly made link is shown under until the panel is left. */
export function leadKey(actionId: string, slot: LeadSlot): string {
  return `${actionId}:${slot}`;
}
