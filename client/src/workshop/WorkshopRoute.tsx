import { useParams } from 'react-router';
import { CONSOLE_SUBPAGES } from '../console/consoleViews';
import { NotFoundPage } from '../NotFoundPage';
import { WorkshopPage } from './WorkshopPage';

/** Pages inside a workshop, under `/w/:workshopId/`: the workshop itself (for facilitators, one per console view), and the board wall. */
const WORKSHOP_SUBPAGES = [...CONSOLE_SUBPAGES, 'wall'];

/**
 * `/w/:workshopId`, its console views and `/w/:workshopId/wall`: a fresh page per workshop, so nothing of one
 * workshop's connection leaks into another; moving between the workshop's views and its wall keeps the connection.
 */
export function WorkshopRoute() {
  const { workshopId = '', '*': subpage = '' } = useParams();
  if (!WORKSHOP_SUBPAGES.includes(subpage.replace(/\/$/, ''))) return <NotFoundPage />;
  return <WorkshopPage key={workshopId} workshopId={workshopId} />;
}
