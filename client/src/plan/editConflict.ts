import type { Ack } from '@roundtable/shared/protocol/errors';

/**
 * [PLAN6] A text being edited: what the person has typed, the text it started from (sent as the base, so the server
 * can tell whether someone else changed it meanwhile), and — after such a refusal — the other person's text.
 * Nothing typed is ever dropped: "use theirs", "use mine" and a merge all start again from the text now saved.
 */
export interface EditedText {
  draft: string;
  base: string;
  /** The text someone else saved meanwhile, while the conflict is unresolved. */
  theirs: string | null;
}

/** Editing begins from the text shown. */
export function startEditing(current: string): EditedText {
  return { draft: current, base: current, theirs: null };
}

export function typed(edit: EditedText, draft: string): EditedText {
  return { ...edit, draft };
}

/** Whether there is something to send (the server trims what it keeps). */
export function hasChanged(edit: EditedText): boolean {
  return edit.draft.trim() !== edit.base;
}

/** The other person's text, if the command was refused because the field changed since editing began. */
export function conflictingText(ack: Ack<unknown>, field: string): string | null {
  if (ack.ok || ack.error.code !== 'conflict') return null;
  const theirs = ack.error.fields?.[field];
  return typeof theirs === 'string' ? theirs : null;
}

/** The refusal is kept beside the draft: both texts are shown. */
export function refused(edit: EditedText, theirs: string): EditedText {
  return { ...edit, theirs };
}

/** The text was saved: editing goes on from it. */
export function saved(edit: EditedText, text: string): EditedText {
  return { draft: text, base: text, theirs: null };
}

/** Keep their text: nothing of this field is left to send. */
export function keepTheirs(edit: EditedText): EditedText {
  const theirs = edit.theirs ?? edit.base;
  return { draft: theirs, base: theirs, theirs: null };
}

/** Keep mine: sent again, now over their text. */
export function keepMine(edit: EditedText): EditedText {
  return { draft: edit.draft, base: edit.theirs ?? edit.base, theirs: null };
}

/** A combination written by hand, sent over their text. */
export function keepMerged(edit: EditedText, merged: string): EditedText {
  return { draft: merged, base: edit.theirs ?? edit.base, theirs: null };
}
