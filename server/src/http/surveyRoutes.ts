import express from 'express';
import { CONTENT_TYPES } from '../exports/contentTypes';
import { fileSlug } from '../exports/exportWording';
import { surveyCsv } from '../exports/surveyCsv';
import type { WorkshopStore } from '../store/workshopStore';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { sendDownload } from './exportRoutes';
import { memberOf, sendError } from './restRoutes';

export interface SurveyRouteDeps {
  store: WorkshopStore;
  rooms: WorkshopRooms;
}

/**
 * [SURV9] The survey's published results as CSV, for any member of the workshop once the survey has closed; anyone
 * else 401, before the close 409 `wrong_phase`. Read from the committed doc, which holds the results, never answers.
 */
export function surveyRoutes(deps: SurveyRouteDeps): express.Router {
  const router = express.Router();

  router.get('/workshops/:workshopId/survey.csv', async (req, res) => {
    const member = await memberOf(req, res, deps.store);
    if (!member) return;
    const state = await deps.rooms.with(member.workshopId, (room) => room.readCommitted(() => room.current));
    if (!state) return sendError(res, { code: 'not_found', message: 'There is no such workshop.' });
    const { survey } = state;
    if (survey.status !== 'closed' || !survey.results) {
      return sendError(res, { code: 'wrong_phase', message: 'The survey results can be downloaded once the facilitators have closed the survey.' });
    }
    sendDownload(res, `${fileSlug(state.meta.title)}-feedback-survey.csv`, CONTENT_TYPES.csv, surveyCsv({ title: state.meta.title, items: survey.items, results: survey.results }));
  });

  return router;
}
