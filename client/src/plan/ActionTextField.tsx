import { TextField } from '../forms/TextField';
import { ConflictPanel } from './ConflictPanel';
import { focusSoon } from './focusSoon';
import { keepMerged, keepMine, keepTheirs, typed, type EditedText } from './editConflict';

export interface ActionTextFieldProps {
  id: string;
  field: 'text' | 'notes';
  label: string;
  edit: EditedText;
  onChange(edit: EditedText): void;
  /** A way out of a conflict was chosen: save again with this. */
  onResolve(edit: EditedText): void;
  error?: string;
  maxLength: number;
}

/** An action's wording or notes, and — when someone else changed it meanwhile — both versions beside it (PLAN6). */
export function ActionTextField({ id, field, label, edit, onChange, onResolve, error, maxLength }: ActionTextFieldProps) {
  // The two versions go once one is chosen; focus goes back to the field rather than to the page.
  const resolve = (next: EditedText) => {
    onResolve(next);
    focusSoon(id);
  };
  return (
    <div id={id}>
      <TextField label={label} multiline value={edit.draft} onChange={(v) => onChange(typed(edit, v))} error={error} maxLength={maxLength} />
      {edit.theirs !== null && (
        <ConflictPanel
          field={field}
          theirs={edit.theirs}
          mine={edit.draft}
          maxLength={maxLength}
          onTheirs={() => resolve(keepTheirs(edit))}
          onMine={() => resolve(keepMine(edit))}
          onMerged={(text) => resolve(keepMerged(edit, text))}
        />
      )}
    </div>
  );
}
