import { useState, type FormEvent } from 'react';
import { shortText } from '../board/boardColumns';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { PROPOSAL_TEXT_MAX_CHARS } from '@roundtable/shared/plan/planLimits';
import './planProposals.css';

export interface ProposalTarget {
  kind: 'wording' | 'comment';
  targetKind: 'objective' | 'action';
  targetId: string;
  /** The target's text now: shown in the label, and where a wording starts from. */
  targetText: string;
}

/** [PLAN9] A participant's suggested wording for an objective or an action, or a comment on an action. */
export function ProposalForm({ target, onDone }: { target: ProposalTarget; onDone(sent: boolean): void }) {
  const t = useT();
  const p = t.plan.proposals;
  const [text, setText] = useState(target.kind === 'wording' ? target.targetText : '');
  const { run, saving, fieldErrors } = useCommandForm();
  const short = shortText(target.targetText);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving || !text.trim()) return;
    const { kind, targetKind, targetId } = target;
    const ack = await run('proposal:add', kind === 'wording' ? { kind, targetKind, targetId, field: 'text', text: text.trim() } : { kind, targetKind, targetId, text: text.trim() });
    if (ack.ok) onDone(true);
  }

  return (
    <form className="form plan-proposal-form" noValidate onSubmit={onSubmit}>
      <TextField
        label={target.kind === 'wording' ? p.wordingField(short) : p.commentField(short)}
        hint={p.hint}
        multiline
        autoFocus
        value={text}
        onChange={setText}
        error={fieldErrors.text}
        maxLength={PROPOSAL_TEXT_MAX_CHARS}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {p.send}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
