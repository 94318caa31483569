import { z } from 'zod';
import { actionIdSchema } from '@roundtable/shared/ids/ids';
import { LEAD_SLOTS, type Action, type Lead, type LeadSlot } from '@roundtable/shared/plan/plan';
import { leadName } from '@roundtable/shared/plan/planRules';
import type { LeadLinkInfo } from '@roundtable/shared/protocol/rest';
import { LEAD_LINKS_MAX } from '@roundtable/shared/review/progressLimits';
import { agreedAction } from '@roundtable/shared/review/progressSummary';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { defineLinkKind, invalidPayload } from './linkKind';

const SLOT_WORDS: Record<LeadSlot, string> = { councilLead: 'council lead', thirdSectorLead: 'third-sector lead' };
const slotSchema = z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' });

/** `POST /api/workshops/:id/lead-links`: the action and which of its two leads. */
export const leadLinkBodySchema = z.strictObject({ actionId: actionIdSchema, slot: slotSchema });

/**
 * The action a link is made for and who leads it: the latest agreed version's wording and lead if the action is in
 * it (that is what the lead reports on), else the draft's (links can be handed out before agreement).
 */
function actionForLink(state: WorkshopState, actionId: string): { action: Action; name: (lead: Lead) => string } | null {
  const agreed = agreedAction(state, actionId);
  if (agreed) {
    const names = agreed.version.snapshot.leadNames;
    return { action: agreed.action, name: (lead) => (lead.kind === 'member' ? (names[lead.memberId]?.name ?? leadName(state, lead).name) : lead.name) };
  }
  const draft = state.actions[actionId as Action['id']];
  return draft ? { action: draft, name: (lead) => leadName(state, lead).name } : null;
}

/**
 * [REV1] An action lead's personal link for reporting progress between sessions four and five (no account): one
 * action, one of its two lead slots, and the lead's name as the plan had it when the link was made. A new link for
 * the same lead revokes the older one; a workshop keeps at most LEAD_LINKS_MAX live. What the holder may do is in
 * leadRoutes.ts.
 */
export const LEAD_LINK = defineLinkKind({
  path: 'lead-links',
  page: '/lead',
  details: z.strictObject({ actionId: z.string(), slot: z.enum(LEAD_SLOTS), leadName: z.string() }),
  oneLivePer: ({ actionId, slot }) => [actionId, slot],
  maxLive: LEAD_LINKS_MAX,
  async make({ body, state: stateOf }) {
    const parsed = leadLinkBodySchema.safeParse(body);
    if (!parsed.success) return { ok: false, error: invalidPayload(parsed.error.issues) };
    const { actionId, slot } = parsed.data;
    const state = await stateOf();
    if (!state) return { ok: false, error: { code: 'not_found', message: 'There is no such workshop.' } };
    const found = actionForLink(state, actionId);
    if (!found) return { ok: false, error: { code: 'not_found', message: 'That action is not in the plan.' } };
    const lead = found.action[slot];
    if (!lead) return { ok: false, error: { code: 'conflict', message: `That action has no ${SLOT_WORDS[slot]} yet. Choose one in the plan first.` } };
    return { ok: true, data: { actionId, slot, leadName: found.name(lead) } };
  },
  info: ({ linkId, workshopId, details, createdAt, revokedAt }): LeadLinkInfo => ({ linkId, workshopId, ...details, createdAt, revokedAt }),
  wording: {
    forbidden: 'Only a facilitator can manage the leads’ progress links.',
    noSuchLink: 'There is no such live progress link in this workshop.',
    notWorking: 'This progress link does not work (any more). Ask the facilitators for a new one.',
    limitReached: (max) => `This workshop has ${max} live progress links. Revoke those no longer needed first.`,
  },
});
