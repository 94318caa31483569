import type { Ack } from '@roundtable/shared/protocol/errors';
import { useState, type FormEvent } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { ConflictPanel } from './ConflictPanel';
import { conflictingText, hasChanged, keepMerged, keepMine, keepTheirs, refused, startEditing, typed, type EditedText } from './editConflict';

export interface EditTextFormProps {
  label: string;
  /** The text as saved now; editing starts from it, and it is sent as the base (PLAN6). */
  current: string;
  field: 'text' | 'vision';
  saveLabel: string;
  maxLength: number;
  multiline?: boolean;
  /** Whether the text may be saved empty (the vision may; an objective may not). */
  allowEmpty?: boolean;
  save(text: string, base: string): Promise<Ack<unknown>>;
  onDone(saved: boolean): void;
}

/**
 * One text edited by a facilitator, with its base sent along. If someone else saved it first, both versions are
 * shown and nothing typed is lost; choosing one, or a combination, saves again over the text now saved.
 */
export function EditTextForm({ label, current, field, saveLabel, maxLength, multiline = false, allowEmpty = false, save, onDone }: EditTextFormProps) {
  const t = useT();
  const [edit, setEdit] = useState<EditedText>(() => startEditing(current));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function send(next: EditedText) {
    setEdit(next);
    if (!hasChanged(next)) return onDone(false);
    if (!allowEmpty && !next.draft.trim()) return setError(t.plan.editing.textMissing);
    setSaving(true);
    const ack = await save(next.draft.trim(), next.base);
    setSaving(false);
    if (ack.ok) return onDone(true);
    const theirs = conflictingText(ack, field);
    if (theirs !== null) setEdit(refused(next, theirs));
    else setError(ack.error.fields?.[field]);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!saving) void send(edit);
  }

  return (
    <form className="form plan-edit-text" noValidate onSubmit={onSubmit}>
      <TextField
        label={label}
        multiline={multiline}
        autoFocus
        value={edit.draft}
        onChange={(v) => {
          setEdit(typed(edit, v));
          setError(undefined);
        }}
        error={error}
        maxLength={maxLength}
      />
      {edit.theirs !== null && (
        <ConflictPanel
          field={field}
          theirs={edit.theirs}
          mine={edit.draft}
          maxLength={maxLength}
          onTheirs={() => void send(keepTheirs(edit))}
          onMine={() => void send(keepMine(edit))}
          onMerged={(text) => void send(keepMerged(edit, text))}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {saveLabel}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
