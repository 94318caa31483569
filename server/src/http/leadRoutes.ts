import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { actionIdSchema, commandIdSchema, type WorkshopId } from '@roundtable/shared/ids/ids';
import { LEAD_SLOTS, timescaleLabel, type Action, type Lead, type LeadSlot } from '@roundtable/shared/plan/plan';
import { leadName } from '@roundtable/shared/plan/planRules';
import { commandSchemas } from '@roundtable/shared/protocol/commands';
import { fieldErrors } from '@roundtable/shared/protocol/errors';
import type { LeadActionResponse, LeadLinkCreated, LeadLinksResponse, LeadProgressResponse } from '@roundtable/shared/protocol/rest';
import { LEAD_LINKS_MAX } from '@roundtable/shared/review/progressLimits';
import { actionHistory, agreedAction, calendarDay, isOverdue, latestAgreedVersion } from '@roundtable/shared/review/progressSummary';
import type { TransitionContext } from '@roundtable/shared/workshop/transition';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { Logger } from '../app/logger';
import type { LeadLinkRecord, WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { memberOf, sendError } from './restRoutes';
import { hashToken, newId, newToken } from './secrets';

export interface LeadDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  logger: Logger;
  context: () => TransitionContext;
  publicUrl: (req: Request) => string;
}

/** The lead's link: the token travels in the #fragment, never to a server log (like members' and share links). */
export function leadLinkUrl(origin: string, token: string): string {
  return `${origin}/lead#token=${token}`;
}

const SLOT_WORDS: Record<LeadSlot, string> = { councilLead: 'council lead', thirdSectorLead: 'third-sector lead' };

const leadLinkBodySchema = z.strictObject({
  actionId: actionIdSchema,
  slot: z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' }),
});

/** A lead's report as the lead's page sends it: the action and the slot come from the link (if given, they must match it). */
const leadProgressBodySchema = commandSchemas['progress:report'].extend({
  commandId: z.string({ error: 'A report needs a commandId (8-64 letters, digits, - or _), the same each time it is sent.' }).pipe(commandIdSchema),
  actionId: actionIdSchema.optional(),
  slot: z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' }).optional(),
});

function invalid(res: Response, issues: readonly { path: readonly PropertyKey[]; message: string }[]): void {
  const fields = fieldErrors(issues);
  sendError(res, { code: 'invalid_payload', message: Object.values(fields)[0] ?? 'The request is not valid.', fields });
}

/** The live lead link a request's `Authorization: Bearer` token belongs to, or an error response already sent. */
export async function leadLinkOf(req: Request, res: Response, store: WorkshopStore): Promise<LeadLinkRecord | null> {
  const auth = req.headers.authorization;
  const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length).trim() : '';
  const link = token && token.length <= 200 ? await store.findLeadLinkByTokenHash(hashToken(token)) : null;
  if (!link) sendError(res, { code: 'unauthorized', message: 'This progress link does not work (any more). Ask the facilitators for a new one.' });
  return link;
}

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
 * [REV1] Facilitators make each action lead a personal link for reporting progress (no account), list the links and
 * revoke them. A new link for the same lead revokes the older one; a workshop keeps at most LEAD_LINKS_MAX live.
 * [REV3] The lead, with the link's token, reads their action and its history and reports on it, on that action only.
 */
export function leadRoutes(deps: LeadDeps): express.Router {
  const router = express.Router();

  async function facilitatorOf(req: Request, res: Response) {
    const member = await memberOf(req, res, deps.store);
    if (!member) return null;
    if (member.role !== 'facilitator') {
      sendError(res, { code: 'forbidden', message: 'Only a facilitator can manage the leads’ progress links.' });
      return null;
    }
    return member;
  }

  const committedState = (workshopId: WorkshopId) => deps.rooms.with(workshopId, (room) => room.readCommitted(() => room.current));

  router.get('/workshops/:workshopId/lead-links', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const body: LeadLinksResponse = { links: await deps.store.listLeadLinks(member.workshopId) };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.post('/workshops/:workshopId/lead-links', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const body = leadLinkBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const { actionId, slot } = body.data;
    const state = await committedState(member.workshopId);
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const found = actionForLink(state, actionId);
    if (!found) return sendError(res, { code: 'not_found', message: 'That action is not in the plan.' });
    const lead = found.action[slot];
    if (!lead) return sendError(res, { code: 'conflict', message: `That action has no ${SLOT_WORDS[slot]} yet. Choose one in the plan first.` });
    const live = (await deps.store.listLeadLinks(member.workshopId)).filter((l) => l.revokedAt === null && !(l.actionId === actionId && l.slot === slot));
    if (live.length >= LEAD_LINKS_MAX) {
      return sendError(res, { code: 'limit_reached', message: `This workshop has ${LEAD_LINKS_MAX} live progress links. Revoke those no longer needed first.` });
    }
    const token = newToken();
    const made = await deps.store.createLeadLink({
      linkId: newId(),
      workshopId: member.workshopId,
      actionId,
      slot,
      leadName: found.name(lead),
      tokenHash: hashToken(token),
      createdBy: member.memberId,
    });
    deps.logger.info({ workshopId: member.workshopId, linkId: made.link.linkId, revoked: made.revoked }, 'lead link created');
    const response: LeadLinkCreated = { link: made.link, url: leadLinkUrl(deps.publicUrl(req), token) };
    res.status(201).set('Cache-Control', 'no-store').json(response);
  });

  router.delete('/workshops/:workshopId/lead-links/:linkId', async (req, res) => {
    const member = await facilitatorOf(req, res);
    if (!member) return;
    const revoked = await deps.store.revokeLeadLink(member.workshopId, String(req.params.linkId).slice(0, 64));
    if (!revoked) return sendError(res, { code: 'not_found', message: 'There is no such live progress link in this workshop.' });
    deps.logger.info({ workshopId: member.workshopId, linkId: req.params.linkId }, 'lead link revoked');
    res.status(204).end();
  });

  router.get('/lead/action.json', async (req, res) => {
    const link = await leadLinkOf(req, res, deps.store);
    if (!link) return;
    const state = await committedState(link.workshopId);
    if (!state) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    if (!latestAgreedVersion(state)) return sendError(res, { code: 'conflict', message: 'The action plan has not been agreed yet. Progress can be reported once it has.' });
    const found = agreedAction(state, link.actionId);
    if (!found) return sendError(res, { code: 'not_found', message: 'This action is not in the agreed plan any more. Ask the facilitators.' });
    const { action, version } = found;
    const updates = actionHistory(state, action.id);
    const body: LeadActionResponse = {
      workshopTitle: state.meta.title,
      area: state.meta.area,
      objectiveText: version.snapshot.objectives.find((o) => o.id === action.objectiveId)?.text ?? '',
      action: {
        id: action.id,
        text: action.text,
        timescaleLabel: action.timescale ? timescaleLabel(action.timescale) : null,
        overdue: isOverdue(action, updates.at(-1) ?? null, calendarDay(deps.context().now)),
      },
      slot: link.slot,
      leadName: link.leadName,
      updates,
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.post('/lead/progress', async (req, res) => {
    const link = await leadLinkOf(req, res, deps.store);
    if (!link) return;
    const body = leadProgressBodySchema.safeParse(req.body);
    if (!body.success) return invalid(res, body.error.issues);
    const payload = { ...body.data, actionId: body.data.actionId ?? (link.actionId as Action['id']), slot: body.data.slot ?? link.slot };
    const lead = { linkId: link.linkId, actionId: link.actionId, slot: link.slot };
    const ack = await deps.rooms.with(link.workshopId, (room) => room.reportProgress(lead, payload));
    if (!ack) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    if (!ack.ok) return sendError(res, ack.error);
    const response: LeadProgressResponse = { update: ack.data.update };
    res.set('Cache-Control', 'no-store').json(response);
  });

  return router;
}
