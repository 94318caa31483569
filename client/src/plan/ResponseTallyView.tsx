import { RESULT_GROUPS } from '@roundtable/shared/board/board';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SectorBadge } from '../people/SectorBadge';
import { namedAnswers, tallyResponses, type NamedAnswer } from './responseTally';
import './plan.css';
import './planProposals.css';

/** [PLAN4] For facilitators: the answers by sector, how many have answered, and every concern with its author. */
export function ResponseTallyView() {
  const t = useT();
  const a = t.plan.agreement;
  const { workshop, personal } = useLiveWorkshop();
  const responses = personal.planResponses;
  const tally = tallyResponses(workshop, responses);
  const concerns = namedAnswers(workshop, responses, 'concern');
  const agreeComments = namedAnswers(workshop, responses, 'agree').filter((r) => r.comment);

  const who = (answer: NamedAnswer) => (
    <li key={answer.memberId} className="plan-answers__item">
      <p className="plan-answers__who">
        <strong>{answer.name}</strong>
        {answer.organisation && <span className="plan-answers__org">, {answer.organisation}</span>} <SectorBadge sector={answer.sector} />
      </p>
      {answer.comment && <p className="plan-answers__comment">{answer.comment}</p>}
    </li>
  );

  return (
    <div className="plan-tally">
      <p className="plan-tally__answered" role="status">{a.answered(responses.length, tally.participants)}</p>
      <table className="plan-tally__table">
        <caption>{a.tallyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{a.sectorColumn}</th>
            <th scope="col">{a.agreeColumn}</th>
            <th scope="col">{a.concernColumn}</th>
          </tr>
        </thead>
        <tbody>
          {RESULT_GROUPS.map((group) => (
            <tr key={group}>
              <th scope="row">{t.resultGroups[group]}</th>
              <td>{tally.bySector[group].agree}</td>
              <td>{tally.bySector[group].concern}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{a.concernsHeading}</h4>
      {concerns.length === 0 ? <p className="plan-none">{a.noConcerns}</p> : <ul className="plan-answers">{concerns.map(who)}</ul>}
      {agreeComments.length > 0 && (
        <>
          <h4>{a.agreeCommentsHeading}</h4>
          <ul className="plan-answers">{agreeComments.map(who)}</ul>
        </>
      )}
    </div>
  );
}
