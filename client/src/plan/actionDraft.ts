import type { Ack } from '@roundtable/shared/protocol/errors';
import { LEAD_SLOTS, type Action, type Lead, type LeadSlot, type Timescale } from '@roundtable/shared/plan/plan';
import { conflictingText, hasChanged, refused, saved as savedText, startEditing, type EditedText } from './editConflict';
import { choiceFromLead, leadFromChoice, sameLead, type LeadChoice, type LeadFieldProblem } from './leadChoice';
import { parseTimescaleInput, sameTimescale, timescaleInputFrom, type TimescaleInput, type TimescaleProblem } from './timescaleInput';
import type { CommandInput } from '@roundtable/shared/workshop/commandSchemas';

/**
 * An action as a facilitator edits it: every field's draft, and what each field held when editing began (texts carry
 * that as their base; the rest in `saved`). Only fields that differ from where they started are sent, so a field
 * someone else changed meanwhile is not overwritten by an editor that never touched it.
 */
export interface ActionDraft {
  text: EditedText;
  notes: EditedText;
  leads: Record<LeadSlot, LeadChoice>;
  timescale: TimescaleInput;
  leadException: string;
  objectiveId: string;
}

export interface ActionSaved {
  leads: Record<LeadSlot, Lead | null>;
  timescale: Timescale | null;
  leadException: string | null;
  objectiveId: string;
}

export interface ActionEditing {
  draft: ActionDraft;
  saved: ActionSaved;
}

export function startActionEditing(action: Action, today: string): ActionEditing {
  return {
    draft: {
      text: startEditing(action.text),
      notes: startEditing(action.notes),
      leads: { councilLead: choiceFromLead(action.councilLead), thirdSectorLead: choiceFromLead(action.thirdSectorLead) },
      timescale: timescaleInputFrom(action.timescale, today),
      leadException: action.leadException ?? '',
      objectiveId: action.objectiveId,
    },
    saved: {
      leads: { councilLead: action.councilLead, thirdSectorLead: action.thirdSectorLead },
      timescale: action.timescale,
      leadException: action.leadException,
      objectiveId: action.objectiveId,
    },
  };
}

export type ActionUpdate = Omit<CommandInput<'action:update'>, 'commandId'>;

/** What is wrong with the draft before anything is sent, field by field. */
export interface ActionDraftProblems {
  text?: 'missing';
  timescale?: TimescaleProblem;
  councilLead?: Partial<Record<'name' | 'organisation' | 'sector', LeadFieldProblem>>;
  thirdSectorLead?: Partial<Record<'name' | 'organisation' | 'sector', LeadFieldProblem>>;
}

export type ActionChanges =
  | { ok: false; problems: ActionDraftProblems }
  | { ok: true; update: ActionUpdate | null; leads: { slot: LeadSlot; lead: Lead | null }[] };

/** The commands that would save the draft: one `action:update` with the changed fields, one `action:setLead` per changed lead. */
export function actionChanges(actionId: string, { draft, saved }: ActionEditing, today: string): ActionChanges {
  const problems: ActionDraftProblems = {};
  if (!draft.text.draft.trim()) problems.text = 'missing';
  const timescale = parseTimescaleInput(draft.timescale, today);
  if (!timescale.ok) problems.timescale = timescale.problem;
  const leads: { slot: LeadSlot; lead: Lead | null }[] = [];
  for (const slot of LEAD_SLOTS) {
    const parsed = leadFromChoice(draft.leads[slot]);
    if (!parsed.ok) problems[slot] = parsed.problems;
    else if (!sameLead(parsed.lead, saved.leads[slot])) leads.push({ slot, lead: parsed.lead });
  }
  if (Object.keys(problems).length > 0 || !timescale.ok) return { ok: false, problems };

  const update: ActionUpdate = { actionId };
  if (hasChanged(draft.text)) Object.assign(update, { text: draft.text.draft.trim(), baseText: draft.text.base });
  if (hasChanged(draft.notes)) Object.assign(update, { notes: draft.notes.draft.trim(), baseNotes: draft.notes.base });
  if (!sameTimescale(timescale.timescale, saved.timescale)) update.timescale = timescale.timescale;
  const leadException = draft.leadException.trim() || null;
  if (leadException !== saved.leadException) update.leadException = leadException;
  if (draft.objectiveId !== saved.objectiveId) update.objectiveId = draft.objectiveId;
  return { ok: true, update: Object.keys(update).length > 1 ? update : null, leads };
}

/**
 * The editing state after the server answered: what was accepted becomes the new starting point; a text refused
 * because someone else changed it keeps the draft beside their text (PLAN6); anything else refused stays a draft.
 */
export function settleActionSave(
  editing: ActionEditing,
  sent: { update: ActionUpdate | null; leads: { slot: LeadSlot; lead: Lead | null }[] },
  acks: { update: Ack<unknown> | null; leads: Ack<unknown>[] },
): ActionEditing {
  let { draft } = editing;
  const saved = { ...editing.saved, leads: { ...editing.saved.leads } };
  sent.leads.forEach(({ slot, lead }, i) => {
    if (acks.leads[i]?.ok) saved.leads[slot] = lead;
  });
  const { update } = sent;
  if (update && acks.update) {
    if (acks.update.ok) {
      if (update.text !== undefined) draft = { ...draft, text: savedText(draft.text, update.text) };
      if (update.notes !== undefined) draft = { ...draft, notes: savedText(draft.notes, update.notes) };
      if (update.timescale !== undefined) saved.timescale = update.timescale;
      if (update.leadException !== undefined) saved.leadException = update.leadException;
      if (update.objectiveId !== undefined) saved.objectiveId = update.objectiveId;
    } else {
      const theirText = conflictingText(acks.update, 'text');
      const theirNotes = conflictingText(acks.update, 'notes');
      if (theirText !== null) draft = { ...draft, text: refused(draft.text, theirText) };
      if (theirNotes !== null) draft = { ...draft, notes: refused(draft.notes, theirNotes) };
    }
  }
  return { draft, saved };
}

/** Whether every command of a save was accepted. */
export function allAccepted(acks: { update: Ack<unknown> | null; leads: Ack<unknown>[] }): boolean {
  return (acks.update?.ok ?? true) && acks.leads.every((a) => a.ok);
}
