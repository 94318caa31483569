import type { PlanDocumentAction, PlanDocumentLead } from '@roundtable/shared/plan/planDocument';
import { useT } from '../i18n/t';
import { documentTimescaleText } from './documentTimescale';
import '../plan/plan.css';
import '../plan/planActions.css';
import './sponsor.css';

function Lead({ lead }: { lead: PlanDocumentLead | null }) {
  const t = useT();
  if (!lead) return <span className="plan-lead plan-lead--none">{t.plan.lead.none}</span>;
  return (
    <span className="plan-lead">
      <span className="plan-lead__name">{lead.name}</span>
      {lead.organisation && <span className="plan-lead__org">{lead.organisation}</span>}
    </span>
  );
}

/**
 * One objective's actions in an agreed plan, read-only: what, the council lead and the third-sector lead with their
 * organisations, by when, and notes. The same table as in the workshop (cards on a narrow screen).
 */
export function SharedActionsTable({ objectiveNumber, actions }: { objectiveNumber: number; actions: readonly PlanDocumentAction[] }) {
  const t = useT();
  const c = t.plan.columns;
  if (actions.length === 0) return <p className="plan-none">{t.plan.objectives.noActions}</p>;
  return (
    <div className="plan-actions">
      <table className="plan-actions__table" role="table">
        <caption className="visually-hidden">{t.plan.objectives.actionsCaption(objectiveNumber)}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">{c.action}</th>
            <th role="columnheader" scope="col" className="plan-actions__lead">
              {c.councilLead}
            </th>
            <th role="columnheader" scope="col" className="plan-actions__lead">
              {c.thirdSectorLead}
            </th>
            <th role="columnheader" scope="col" className="plan-actions__when">
              {c.timescale}
            </th>
            <th role="columnheader" scope="col">{c.notes}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {actions.map((action) => (
            <tr key={action.number} role="row" className="plan-actions__row">
              <th role="rowheader" scope="row" className="plan-actions__text">
                <span className="shared-plan__number">{action.number}</span> {action.text}
              </th>
              <td role="cell" data-label={c.councilLead}>
                <Lead lead={action.councilLead} />
              </td>
              <td role="cell" data-label={c.thirdSectorLead}>
                <Lead lead={action.thirdSectorLead} />
              </td>
              <td role="cell" data-label={c.timescale}>
                {action.timescale ? documentTimescaleText(t.locale, action.timescale) : <span className="plan-none">{t.plan.noTimescale}</span>}
              </td>
              <td role="cell" data-label={c.notes} className="plan-actions__notes">
                {action.notes && <p>{action.notes}</p>}
                {action.leadException && <p className="plan-actions__exception">{t.plan.exception(action.leadException)}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
