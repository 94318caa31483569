import { actionsOf, type Action, type Objective } from '@roundtable/shared/plan/plan';
import { useState } from 'react';
import { shortText } from '../board/boardColumns';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useFocusAfterChange } from '../console/useFocusAfterChange';
import { useFocusReturn } from '../forms/useFocusReturn';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { ActionEditor } from './ActionEditor';
import { ActionsTable } from './ActionsTable';
import { AddActionForm } from './AddActionForm';
import { EditTextForm } from './EditTextForm';
import { focusSoon } from './focusSoon';
import { ObjectiveHeading } from './ObjectiveHeading';
import { OpenProposals, openProposalsFor } from './OpenProposals';
import { usePlanEditing } from './PlanEditingContext';
import { OBJECTIVE_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './plan.css';

/**
 * [PLAN2] One objective as facilitators edit it: reword it (with its base text, PLAN6), move it by buttons, remove
 * it with its actions; its actions, each with an Edit button opening its editor under it; the room's suggestions.
 */
export function ObjectiveEditor({ objective, index, count }: { objective: Objective; index: number; count: number }) {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, submit } = useLiveWorkshop();
  const { openActionId, openAction, announce } = usePlanEditing();
  const [rewording, setRewording] = useState(false);
  const rewordButton = useFocusReturn<HTMLButtonElement>(rewording);
  const afterMove = useFocusAfterChange(workshop);
  const actions = actionsOf(workshop, objective.id);
  const short = shortText(objective.text);
  const headingId = `plan-objective-${objective.id}-heading`;
  const first = index === 0;
  const last = index === count - 1;

  function move(toIndex: number, direction: 'up' | 'down') {
    // Reordering the list moves this objective's element, which loses focus: it goes back to the button pressed
    // once the doc shows the new order.
    afterMove.expect({
      arrived: (state) => state.objectives[objective.id]?.position === toIndex,
      then: () => {
        focusSoon(`plan-objective-${objective.id}-${direction}`);
        announce(e.moved(short, e.place(toIndex + 1, count)));
      },
    });
    void submit('objective:move', { objectiveId: objective.id, toIndex }).then((ack) => !ack.ok && afterMove.cancel());
  }

  const editCell = (action: Action) => (
    <button
      type="button"
      id={`plan-action-${action.id}-edit`}
      className="button button--small"
      aria-label={e.editAction(shortText(action.text))}
      aria-expanded={openActionId === action.id}
      onClick={() => openAction(openActionId === action.id ? null : action.id)}
    >
      {e.edit}
    </button>
  );

  const below = (action: Action) => {
    const editing = openActionId === action.id;
    if (!editing && openProposalsFor(workshop, 'action', action.id).length === 0) return null;
    return (
      <>
        {editing && <ActionEditor action={action} />}
        <OpenProposals targetKind="action" targetId={action.id} />
      </>
    );
  };

  return (
    <section className="plan-objective" aria-labelledby={headingId} id={`plan-objective-${objective.id}`}>
      <ObjectiveHeading objective={objective} number={index + 1} id={headingId} />
      {rewording ? (
        <EditTextForm
          label={e.objectiveWording}
          current={objective.text}
          field="text"
          saveLabel={e.saveObjective}
          maxLength={OBJECTIVE_TEXT_MAX_CHARS}
          multiline
          save={(text, base) => submit('objective:update', { objectiveId: objective.id, text, baseText: base })}
          onDone={(saved) => {
            setRewording(false);
            if (saved) announce(e.saved);
          }}
        />
      ) : (
        <div className="button-row plan-objective__controls">
          <button ref={rewordButton} type="button" className="button button--small" aria-label={e.rewordLabel(short)} onClick={() => setRewording(true)}>
            {e.reword}
          </button>
          <button type="button" id={`plan-objective-${objective.id}-up`} className="button button--small" aria-disabled={first} aria-label={e.moveUp(short)} onClick={() => !first && move(index - 1, 'up')}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" id={`plan-objective-${objective.id}-down`} className="button button--small" aria-disabled={last} aria-label={e.moveDown(short)} onClick={() => !last && move(index + 1, 'down')}>
            <span aria-hidden="true">↓</span>
          </button>
          <ConfirmButton
            label={e.remove}
            accessibleLabel={e.removeObjective(short)}
            question={e.removeObjectiveConfirm(short, actions.length)}
            confirmLabel={e.removeObjectiveYes}
            onConfirm={() => {
              void submit('objective:remove', { objectiveId: objective.id });
              focusSoon('plan-objectives-heading');
            }}
            danger
          />
        </div>
      )}
      <OpenProposals targetKind="objective" targetId={objective.id} />
      <ActionsTable objectiveNumber={index + 1} actions={actions} extra={{ heading: t.plan.columns.change, cell: editCell }} below={below} />
      <AddActionForm objective={objective} />
    </section>
  );
}
