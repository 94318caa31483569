import { useParams } from 'react-router';
import { WorkshopPage } from './WorkshopPage';

/** `/w/:workshopId`: a fresh page per workshop, so nothing of one workshop's connection leaks into another. */
export function WorkshopRoute() {
  const { workshopId = '' } = useParams();
  return <WorkshopPage key={workshopId} workshopId={workshopId} />;
}
