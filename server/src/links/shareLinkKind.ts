import { z } from 'zod';
import type { ShareLinkInfo } from '@roundtable/shared/protocol/rest';
import { defineLinkKind } from './linkKind';

/** A workshop keeps at most this many live share links: enough for every sponsor, few enough to review. */
export const SHARE_LINKS_MAX = 20;

/**
 * [SHARE1] A sponsor's read-only link to the agreed action plan, for those who were not in the room. It keeps nothing
 * of its own: what it opens is the workshop's latest agreed plan (shareRoutes.ts, and the plan's files).
 */
export const SHARE_LINK = defineLinkKind({
  path: 'share-links',
  page: '/shared',
  details: z.strictObject({}),
  maxLive: SHARE_LINKS_MAX,
  // Made with no body: whatever is sent is not read.
  make: async () => ({ ok: true, data: {} }),
  info: ({ linkId, workshopId, createdBy, createdAt, revokedAt }): ShareLinkInfo => ({ linkId, workshopId, createdBy, createdAt, revokedAt }),
  wording: {
    forbidden: 'Only a facilitator can share the action plan outside the workshop.',
    noSuchLink: 'There is no such live share link in this workshop.',
    notWorking: 'This link to the action plan does not work (any more). Ask the facilitators for a new one.',
    limitReached: (max) => `This workshop has ${max} share links. Revoke one you no longer need first.`,
  },
});
