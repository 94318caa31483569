import type { PlanDocument } from '@roundtable/shared/plan/planDocument';
import { printablePlan } from './planWording';

/**
 * The action plan as a spreadsheet: one row per action (or per objective that has none yet), for a council to track it. RFC 4180 (every field quoted,
 * quotes doubled, CRLF between records) in UTF-8 with a byte order mark, which Excel needs to read it as UTF-8.
 * An action's notes keep their line breaks inside the quoted field.
 */

export const PLAN_CSV_COLUMNS = [
  'Objective number',
  'Objective',
  'Action number',
  'Action',
  'Council lead',
  'Council lead organisation',
  'Third-sector lead',
  'Third-sector lead organisation',
  'Timescale',
  'Notes',
  'Lead exception',
] as const;

const BOM = '\ufeff';

/**
 * A spreadsheet evaluates a cell that starts with = + - @ (or a tab or carriage return) as a formula, so typed text
 * such as "=HYPERLINK(…)" could run when the file is opened: such a cell gets a leading apostrophe, which shows the
 * text as typed.
 */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return `"${csvSafe(text).replace(/"/g, '""')}"`;
}

export function planCsv(typed: PlanDocument): Buffer {
  const plan = printablePlan(typed);
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  for (const objective of plan.objectives) {
    // A draft's objective without actions yet still gets its row, so no objective goes missing.
    if (objective.actions.length === 0) rows.push([String(objective.number), objective.text, '', '', '', '', '', '', '', '', '']);
    for (const action of objective.actions) {
      rows.push([
        String(objective.number),
        objective.text,
        action.number,
        action.text,
        action.councilLead?.name ?? '',
        action.councilLead?.organisation ?? '',
        action.thirdSectorLead?.name ?? '',
        action.thirdSectorLead?.organisation ?? '',
        action.timescale,
        action.notes,
        action.leadException ?? '',
      ]);
    }
  }
  return Buffer.from(BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
