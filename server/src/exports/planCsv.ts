import type { PlanDocument } from '@roundtable/shared/plan/planDocument';
import { csvFile } from './csvLayout';
import { printablePlan } from './planWording';

/**
 * The action plan as a spreadsheet: one row per action (or per objective that has none yet), for a council to track
 * it (csvLayout.ts: quoting, byte order mark, formula guard). An action's notes keep their line breaks inside the
 * quoted field. Every row carries the plan's joint review date (YYYY-MM-DD, which a spreadsheet reads as a date;
 * empty while a draft has none), so a filtered or sorted sheet still has it.
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
  'Joint review date',
] as const;

export function planCsv(typed: PlanDocument): Buffer {
  const plan = printablePlan(typed);
  const rows: string[][] = [[...PLAN_CSV_COLUMNS]];
  const reviewDate = plan.reviewDate ?? '';
  for (const objective of plan.objectives) {
    // A draft's objective without actions yet still gets its row, so no objective goes missing.
    if (objective.actions.length === 0) rows.push([String(objective.number), objective.text, '', '', '', '', '', '', '', '', '', reviewDate]);
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
        reviewDate,
      ]);
    }
  }
  return csvFile(rows);
}
