import { actionsOf, type Action } from '@roundtable/shared/plan/plan';
import { shortText } from '../board/boardColumns';
import { useFocusAfterChange } from '../console/useFocusAfterChange';
import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { focusSoon } from './focusSoon';
import { usePlanEditing } from './PlanEditingContext';
import './planActions.css';

/** Moving an action up or down within its objective (by buttons, which stay in place at either end), and removing it. */
export function ActionMoveRemove({ action }: { action: Action }) {
  const t = useT();
  const e = t.plan.editing;
  const { workshop, submit } = useLiveWorkshop();
  const { openAction } = usePlanEditing();
  const siblings = actionsOf(workshop, action.objectiveId);
  const index = siblings.findIndex((a) => a.id === action.id);
  const short = shortText(action.text);
  const afterMove = useFocusAfterChange(workshop);
  const first = index <= 0;
  const last = index >= siblings.length - 1;

  function move(toIndex: number, direction: 'up' | 'down') {
    // The rows are re-ordered when the doc arrives, which takes focus from the button: it goes back there.
    afterMove.expect({ arrived: (state) => state.actions[action.id]?.position === toIndex, then: () => focusSoon(`plan-action-${action.id}-${direction}`) });
    void submit('action:move', { actionId: action.id, toIndex }).then((ack) => !ack.ok && afterMove.cancel());
  }

  return (
    <div className="button-row plan-editor__more">
      <button type="button" id={`plan-action-${action.id}-up`} className="button button--small" aria-disabled={first} aria-label={e.moveUp(short)} onClick={() => !first && move(index - 1, 'up')}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" id={`plan-action-${action.id}-down`} className="button button--small" aria-disabled={last} aria-label={e.moveDown(short)} onClick={() => !last && move(index + 1, 'down')}>
        <span aria-hidden="true">↓</span>
      </button>
      <ConfirmButton
        label={e.remove}
        accessibleLabel={e.removeAction(short)}
        question={e.removeActionConfirm(short)}
        confirmLabel={e.removeActionYes}
        onConfirm={() => {
          openAction(null);
          void submit('action:remove', { actionId: action.id });
          focusSoon(`plan-objective-${action.objectiveId}-heading`);
        }}
        danger
      />
    </div>
  );
}
