import type { BoardPhase } from '@roundtable/shared/board/board';
import { useT } from '../i18n/t';
import './board.css';

/** "Step: Vote". The phase name alone carries the test id, so tests can read it without the prefix. */
export function PhaseLabel({ phase }: { phase: BoardPhase }) {
  const t = useT();
  return (
    <p className="phase-label">
      {t.board.step} <strong data-testid="board-phase">{t.phases[phase]}</strong>
    </p>
  );
}
