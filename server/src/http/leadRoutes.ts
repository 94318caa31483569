import express from 'express';
import { z } from 'zod';
import { actionIdSchema, commandIdSchema, type WorkshopId } from '@roundtable/shared/ids/ids';
import { LEAD_SLOTS, timescaleLabel, type Action } from '@roundtable/shared/plan/plan';
import type { LeadActionResponse, LeadProgressResponse } from '@roundtable/shared/protocol/rest';
import { actionHistory, agreedAction, calendarDay, isOverdue, latestAgreedVersion } from '@roundtable/shared/review/progressSummary';
import { invalidPayload } from '../links/linkKind';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { linkHolder } from './linkRoutes';
import { sendError } from './restRoutes';
import { commandSchemas } from '@roundtable/shared/workshop/commandSchemas';
import type { TransitionContext } from '@roundtable/shared/workshop/transitionContext';

export interface LeadDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
  context: () => TransitionContext;
}

/** A lead's report as the lead's page sends it: the action and the slot come from the link (if given, they must match it). */
const leadProgressBodySchema = commandSchemas['progress:report'].extend({
  commandId: z.string({ error: 'A report needs a commandId (8-64 letters, digits, - or _), the same each time it is sent.' }).pipe(commandIdSchema),
  actionId: actionIdSchema.optional(),
  slot: z.enum(LEAD_SLOTS, { error: 'Expected a lead: councilLead or thirdSectorLead.' }).optional(),
});

/** The holder of a lead's progress link (links/leadLinkKind.ts), or a 401 already sent. */
export const leadLinkOf = linkHolder('lead');

/**
 * [REV3] The lead, with the link's token, reads their action and its history and reports on it, on that action only.
 * Facilitators make the links (linkRoutes.ts).
 */
export function leadRoutes(deps: LeadDeps): express.Router {
  const router = express.Router();
  const committedState = (workshopId: WorkshopId) => deps.rooms.with(workshopId, (room) => room.readCommitted(() => room.current));

  router.get('/lead/action.json', async (req, res) => {
    const link = await leadLinkOf(req, res, deps.store);
    if (!link) return;
    const state = await committedState(link.workshopId);
    if (!state) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    if (!latestAgreedVersion(state)) return sendError(res, { code: 'conflict', message: 'The action plan has not been agreed yet. Progress can be reported once it has.' });
    const found = agreedAction(state, link.details.actionId);
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
      slot: link.details.slot,
      leadName: link.details.leadName,
      updates,
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.post('/lead/progress', async (req, res) => {
    const link = await leadLinkOf(req, res, deps.store);
    if (!link) return;
    const body = leadProgressBodySchema.safeParse(req.body);
    if (!body.success) return sendError(res, invalidPayload(body.error.issues));
    const { actionId, slot } = link.details;
    const payload = { ...body.data, actionId: body.data.actionId ?? (actionId as Action['id']), slot: body.data.slot ?? slot };
    const lead = { linkId: link.linkId, actionId, slot };
    const ack = await deps.rooms.with(link.workshopId, (room) => room.reportProgress(lead, payload));
    if (!ack) return sendError(res, { code: 'not_found', message: 'This workshop no longer exists.' });
    if (!ack.ok) return sendError(res, ack.error);
    const response: LeadProgressResponse = { update: ack.data.update };
    res.set('Cache-Control', 'no-store').json(response);
  });

  return router;
}
