import { isCommandName } from '@roundtable/shared/protocol/commandNames';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/**
 * [UNDO1] Undoes the last facilitator action, named on the button ("Undo: Move a card"). With nothing to undo it
 * stays in place, aria-disabled, so focus is not lost after the last undo.
 */
export function UndoButton() {
  const t = useT();
  const { personal, submit } = useLiveWorkshop();
  const undo = personal.undo;
  const action = undo ? (isCommandName(undo.command) ? t.commands[undo.command] : t.facilitate.undoLast) : null;
  return (
    <button type="button" className="button" aria-disabled={!undo} onClick={() => undo && void submit('facilitator:undo', {})}>
      {action ? t.facilitate.undo(action) : t.facilitate.undoNothing}
    </button>
  );
}
