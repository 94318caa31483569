import { SessionList } from './SessionList';
import { WorkshopDetailsForm } from './WorkshopDetailsForm';
import './console.css';

/** [LIVE2] Preparing the sessions: each session's details and boards, with their settings, and the workshop's details. */
export function SessionsView() {
  return (
    <div className="console__grid">
      <div className="console__column">
        <SessionList />
      </div>
      <div className="console__column">
        <WorkshopDetailsForm />
      </div>
    </div>
  );
}
