import { agreedWording, isAgreed, itemsOfBoard } from '@roundtable/shared/board/board';
import { boardShared, itemShared } from '@roundtable/shared/programme/sharing';
import { sessionsInOrder } from '@roundtable/shared/sessions/session';
import { boardsOfSession } from '@roundtable/shared/board/board';
import { useId } from 'react';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { useProgrammeT } from './useProgrammeT';

/**
 * [PROG4] The console's "shared with the programme" control, for a workshop that is an area of a programme: the whole
 * area, each board, and each agreed item, as checkboxes (checked: shared). Each change is one `programme:share`
 * command. Mounted by the console's preparation pages (e.g. beside the plan and review): it holds no state of its own.
 */
export function SharingControl() {
  const tp = useProgrammeT();
  const { workshop, submit } = useLiveWorkshop();
  const hintId = useId();
  const sharing = workshop.sharing;
  const boards = sessionsInOrder(workshop).flatMap((s) => boardsOfSession(workshop, s.id));
  return (
    <fieldset className="programme-sharing" aria-describedby={hintId}>
      <legend>{tp.sharing.legend}</legend>
      <p id={hintId} className="field__hint">
        {tp.sharing.hint}
      </p>
      <label className="programme-sharing__choice">
        <input type="checkbox" checked={!sharing.areaWithheld} onChange={(e) => void submit('programme:share', { scope: 'area', shared: e.target.checked })} />
        {tp.sharing.area}
      </label>
      {!sharing.areaWithheld && (
        <ul className="programme-sharing__boards">
          {boards.map((board) => {
            const agreed = itemsOfBoard(workshop, board.id).filter(isAgreed);
            const shared = boardShared(sharing, board.id);
            return (
              <li key={board.id}>
                <label className="programme-sharing__choice">
                  <input type="checkbox" checked={shared} onChange={(e) => void submit('programme:share', { scope: 'board', targetId: board.id, shared: e.target.checked })} />
                  {tp.sharing.board(board.title)}
                </label>
                {shared && agreed.length > 0 && (
                  <ul>
                    {agreed.map((item) => (
                      <li key={item.id}>
                        <label className="programme-sharing__choice">
                          <input type="checkbox" checked={itemShared(sharing, item.id)} onChange={(e) => void submit('programme:share', { scope: 'item', targetId: item.id, shared: e.target.checked })} />
                          {tp.sharing.item(agreedWording(item))}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
