import type { Action } from '@roundtable/shared/plan/plan';
import type { ReactNode } from 'react';
import { useT } from '../i18n/t';
import { LeadText } from './LeadText';
import { timescaleText } from './timescaleText';
import './plan.css';
import './planActions.css';

export interface ActionsTableProps {
  objectiveNumber: number;
  actions: readonly Action[];
  /** One more column: what a participant can say about an action, or a facilitator's Edit button. */
  extra?: { heading: string; cell(action: Action): ReactNode };
  /** Full-width content under an action's row (its editor, its suggestions), or null. */
  below?(action: Action): ReactNode;
}

/**
 * An objective's actions: what, who leads it for the council and for the third sector, by when, and notes. A table
 * where there is room; on a narrow screen each row becomes a card, each cell labelled with its column. The roles
 * are written out so screen readers keep the table when CSS stacks it.
 */
export function ActionsTable({ objectiveNumber, actions, extra, below }: ActionsTableProps) {
  const t = useT();
  const c = t.plan.columns;
  if (actions.length === 0) return <p className="plan-none">{t.plan.objectives.noActions}</p>;
  const columns = 5 + (extra ? 1 : 0);
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
            {extra && <th role="columnheader" scope="col">{extra.heading}</th>}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {actions.map((action) => {
            const after = below?.(action);
            return [
              <tr key={action.id} id={`plan-action-${action.id}`} role="row" className="plan-actions__row">
                <th role="rowheader" scope="row" className="plan-actions__text">
                  {action.text}
                </th>
                <td role="cell" data-label={c.councilLead}>
                  <LeadText lead={action.councilLead} slot="councilLead" />
                </td>
                <td role="cell" data-label={c.thirdSectorLead}>
                  <LeadText lead={action.thirdSectorLead} slot="thirdSectorLead" />
                </td>
                <td role="cell" data-label={c.timescale}>
                  {action.timescale ? timescaleText(t.locale, action.timescale) : <span className="plan-none">{t.plan.noTimescale}</span>}
                </td>
                <td role="cell" data-label={c.notes} className="plan-actions__notes">
                  {action.notes && <p>{action.notes}</p>}
                  {action.leadException && <p className="plan-actions__exception">{t.plan.exception(action.leadException)}</p>}
                </td>
                {extra && (
                  <td role="cell" data-label={extra.heading} className="plan-actions__extra">
                    {extra.cell(action)}
                  </td>
                )}
              </tr>,
              after ? (
                <tr key={`${action.id}-below`} role="row" className="plan-actions__below">
                  <td role="cell" colSpan={columns}>
                    {after}
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
