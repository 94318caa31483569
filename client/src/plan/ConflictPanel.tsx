import { useId, useState } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import './planProposals.css';

export interface ConflictPanelProps {
  field: 'text' | 'notes' | 'vision';
  theirs: string;
  mine: string;
  maxLength: number;
  onTheirs(): void;
  onMine(): void;
  onMerged(text: string): void;
}

/**
 * [PLAN6] Both texts side by side after someone else saved the field first: theirs (saved now) and mine (kept as
 * typed). Use theirs, use mine (sent again over theirs), or combine them by hand.
 */
export function ConflictPanel({ field, theirs, mine, maxLength, onTheirs, onMine, onMerged }: ConflictPanelProps) {
  const t = useT();
  const c = t.plan.conflict;
  const id = useId();
  const [merged, setMerged] = useState(mine);
  const fieldName = c.fields[field];
  return (
    <div className="plan-conflict" role="group" aria-label={c.label(fieldName)} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="plan-conflict__intro" role="alert">
        {c.intro(fieldName)}
      </p>
      <div className="plan-conflict__sides">
        <section className="plan-conflict__side" aria-labelledby={`${id}-theirs`}>
          <h5 id={`${id}-theirs`}>{c.theirs}</h5>
          <p className="plan-conflict__text">{theirs}</p>
          <button type="button" className="button button--small" onClick={onTheirs}>
            {c.useTheirs}
          </button>
        </section>
        <section className="plan-conflict__side" aria-labelledby={`${id}-mine`}>
          <h5 id={`${id}-mine`}>{c.mine}</h5>
          <p className="plan-conflict__text">{mine}</p>
          <button type="button" className="button button--small" onClick={onMine}>
            {c.useMine}
          </button>
        </section>
      </div>
      <TextField label={c.merged} multiline value={merged} onChange={setMerged} maxLength={maxLength} />
      <button type="button" className="button button--small" onClick={() => merged.trim() && onMerged(merged)}>
        {c.saveMerged}
      </button>
    </div>
  );
}
