import { useT } from '../i18n/t';
import type { AnswerShares } from './answerShares';
import { ANSWERS_MOST_HELPFUL_FIRST } from './resultGroups';

/** Parts narrower than this (per cent of the bar) carry no number inside them; the table has it. */
const LABEL_MIN_PERCENT = 15;

/**
 * One horizontal bar of 100 %: a part per answer, most helpful on the left, each with its own fill pattern (see
 * AnswerLegend) and its share written inside when there is room. For the eye only: the table beside it has every
 * number, so it is hidden from screen readers by its container.
 */
export function StackedBar({ shares }: { shares: AnswerShares }) {
  const t = useT();
  return (
    <div className="survey-bar">
      {ANSWERS_MOST_HELPFUL_FIRST.filter((answer) => shares.percent[answer] > 0).map((answer) => (
        <span key={answer} className={`survey-bar__part survey-fill--${answer}`} style={{ width: `${shares.percent[answer]}%` }} title={`${t.survey.answers[answer]}: ${shares.percent[answer]}%`}>
          {shares.percent[answer] >= LABEL_MIN_PERCENT && <span className="survey-bar__value">{shares.percent[answer]}%</span>}
        </span>
      ))}
    </div>
  );
}
