import type { SurveyAnswer } from '@roundtable/shared/survey/survey';
import { useT } from '../i18n/t';
import type { AnswerShares } from './answerShares';
import { barParts } from './barParts';

/** Parts narrower than this (per cent of the bar) carry no number inside them; the table has it. */
const LABEL_MIN_PERCENT = 15;

/**
 * One horizontal bar of 100 %: a part per answer, most helpful on the left, each as wide as its exact share and with
 * its own fill pattern (see AnswerLegend), its rounded share written inside when there is room. For the eye only:
 * the table beside it has every number, so it is hidden from screen readers by its container.
 */
export function StackedBar({ counts, shares }: { counts: Readonly<Record<SurveyAnswer, number>>; shares: AnswerShares }) {
  const t = useT();
  return (
    <div className="stacked-bar survey-bar">
      {barParts(counts, shares).map(({ answer, width, label }) => (
        <span key={answer} className={`stacked-bar__part survey-fill--${answer}`} style={{ width: `${width}%` }} title={`${t.survey.answers[answer]}: ${label}%`}>
          {label >= LABEL_MIN_PERCENT && <span className="stacked-bar__value">{label}%</span>}
        </span>
      ))}
    </div>
  );
}
