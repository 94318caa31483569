import { BOARD_PHASES } from '@roundtable/shared/board/board';
import { useState } from 'react';
import { PhaseLabel } from '../board/PhaseLabel';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import type { Board } from '@roundtable/shared/board/board';
import { shortcutKeys } from './liveShortcuts';
import './console.css';

/**
 * [PH1][PH2] The board's steps, with Back and Next. Each sends the step shown here as `from`, so if the other
 * facilitator moved the board first, the server refuses and says so rather than skipping a step. The buttons
 * stay in place (aria-disabled at either end, and while a move is on its way) so focus is never lost. Next has a
 * shortcut (LIVE3).
 */
export function PhaseStepper({ board }: { board: Board }) {
  const t = useT();
  const { submit } = useLiveWorkshop();
  const [moving, setMoving] = useState(false);
  const index = BOARD_PHASES.indexOf(board.phase);
  const previous = BOARD_PHASES[index - 1];
  const next = BOARD_PHASES[index + 1];

  async function go(to: (typeof BOARD_PHASES)[number] | undefined) {
    if (!to || moving) return;
    setMoving(true);
    await submit('board:setPhase', { boardId: board.id, from: board.phase, to });
    setMoving(false);
  }

  return (
    <div className="phase-stepper">
      <PhaseLabel phase={board.phase} />
      <ol className="phase-stepper__steps" aria-label={t.facilitate.stepsLabel}>
        {BOARD_PHASES.map((phase, i) => (
          <li key={phase} className={i < index ? 'step step--done' : i === index ? 'step step--current' : 'step'} aria-current={i === index ? 'step' : undefined}>
            {t.phases[phase]}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button type="button" className="button" aria-disabled={!previous || moving} onClick={() => void go(previous)}>
          {previous ? t.facilitate.back(t.phases[previous]) : t.facilitate.backNone}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={!next || moving}
          aria-busy={moving}
          aria-keyshortcuts={shortcutKeys('next')}
          onClick={() => void go(next)}
        >
          {next ? t.facilitate.next(t.phases[next]) : t.facilitate.nextNone}
        </button>
      </div>
    </div>
  );
}
