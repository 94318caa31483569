import { actionsOf, objectivesInOrder, type Action, type Objective } from '@roundtable/shared/plan/plan';
import { useState } from 'react';
import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { ActionsTable } from './ActionsTable';
import { focusSoon } from './focusSoon';
import { ObjectiveHeading } from './ObjectiveHeading';
import { ProposalForm, type ProposalTarget } from './ProposalForm';
import './plan.css';

interface OpenForm {
  target: ProposalTarget;
  /** The button that opened it, which gets focus back when it closes. */
  triggerId: string;
}

/** [PLAN9] The objectives and their actions, each with a way for a participant to suggest a wording or comment. */
export function ParticipantObjectives() {
  const t = useT();
  const p = t.plan.proposals;
  const { workshop } = useLiveWorkshop();
  const [open, setOpen] = useState<OpenForm | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const objectives = objectivesInOrder(workshop);

  function close(sent: boolean) {
    if (open) focusSoon(open.triggerId);
    setOpen(null);
    setAnnouncement(sent ? p.sent : '');
  }

  function formFor(targetId: string, kinds: readonly ProposalTarget['kind'][]) {
    return open && open.target.targetId === targetId && kinds.includes(open.target.kind) ? <ProposalForm key={open.triggerId} target={open.target} onDone={close} /> : null;
  }

  function trigger(target: ProposalTarget, label: string, accessibleLabel: string) {
    const triggerId = `plan-suggest-${target.kind}-${target.targetId}`;
    return (
      <button
        type="button"
        id={triggerId}
        className="button button--small"
        aria-label={accessibleLabel}
        aria-expanded={open?.triggerId === triggerId}
        onClick={() => {
          setOpen({ target, triggerId });
          setAnnouncement('');
        }}
      >
        {label}
      </button>
    );
  }

  const actionCell = (action: Action) => (
    <div className="button-row">
      {trigger({ kind: 'wording', targetKind: 'action', targetId: action.id, targetText: action.text }, p.suggestWording, p.suggestAction(shortText(action.text)))}
      {trigger({ kind: 'comment', targetKind: 'action', targetId: action.id, targetText: action.text }, p.comment, p.commentOn(shortText(action.text)))}
    </div>
  );

  const objectiveBlock = (objective: Objective, index: number) => {
    const headingId = `plan-objective-${objective.id}-heading`;
    return (
      <li key={objective.id}>
        <section className="plan-objective" aria-labelledby={headingId}>
          <ObjectiveHeading objective={objective} number={index + 1} id={headingId} />
          <div className="button-row plan-objective__controls">
            {trigger({ kind: 'wording', targetKind: 'objective', targetId: objective.id, targetText: objective.text }, p.suggestWording, p.suggestObjective(shortText(objective.text)))}
          </div>
          {formFor(objective.id, ['wording'])}
          <ActionsTable
            objectiveNumber={index + 1}
            actions={actionsOf(workshop, objective.id)}
            extra={{ heading: t.plan.columns.yourSay, cell: actionCell }}
            below={(action) => formFor(action.id, ['wording', 'comment'])}
          />
        </section>
      </li>
    );
  };

  return (
    <section className="plan-objectives" aria-labelledby="plan-objectives-heading">
      <h3 id="plan-objectives-heading">{t.plan.objectives.heading}</h3>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {objectives.length === 0 ? <p className="plan-none">{t.plan.objectives.none}</p> : <ol className="plan-objectives__list">{objectives.map(objectiveBlock)}</ol>}
    </section>
  );
}
