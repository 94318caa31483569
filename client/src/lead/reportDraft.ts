import type { LeadProgressRequest } from '@roundtable/shared/protocol/rest';
import type { Evidence, ProgressStatus } from '@roundtable/shared/review/progress';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import { safeHref } from '../review/safeLink';

/** One row of the evidence list as typed: `key` keeps React's rows (and their errors) apart as rows come and go. */
export interface EvidenceRow {
  key: string;
  text: string;
  url: string;
}

/** A lead's report as the form holds it. */
export interface ReportDraft {
  status: ProgressStatus | null;
  note: string;
  evidence: EvidenceRow[];
}

export type Report = Omit<LeadProgressRequest, 'commandId'>;

export interface RowProblem {
  text?: 'tooLong';
  url?: 'notWeb' | 'tooLong';
}

export interface ReportProblems {
  status?: 'missing';
  note?: 'tooLong';
  evidence?: 'tooMany';
  /** By row key. */
  rows: Record<string, RowProblem>;
}

export type ReportCheck =
  /** `rowKeys[i]` is the row `report.evidence[i]` came from, to put the server's word on a piece of evidence by its row. */
  | { ok: true; report: Report; rowKeys: string[] }
  | { ok: false; problems: ReportProblems };

const isBlank = (row: EvidenceRow) => row.text.trim() === '' && row.url.trim() === '';

/**
 * [REV6] The report to send, or what to fix first: a status chosen; a note within its length; each piece of evidence
 * a sentence, a link (an http or https address) or both, within their lengths. Rows left empty are dropped rather
 * than refused.
 */
export function checkReport(draft: ReportDraft): ReportCheck {
  const problems: ReportProblems = { rows: {} };
  let wrong = false;
  if (draft.status === null) {
    problems.status = 'missing';
    wrong = true;
  }
  const note = draft.note.trim();
  if (note.length > PROGRESS_NOTE_MAX_CHARS) {
    problems.note = 'tooLong';
    wrong = true;
  }
  const rows = draft.evidence.filter((row) => !isBlank(row));
  if (rows.length > EVIDENCE_PER_UPDATE_MAX) {
    problems.evidence = 'tooMany';
    wrong = true;
  }
  const evidence: Evidence[] = [];
  for (const row of rows) {
    const problem: RowProblem = {};
    const text = row.text.trim();
    const url = row.url.trim();
    if (text.length > EVIDENCE_TEXT_MAX_CHARS) problem.text = 'tooLong';
    if (url.length > EVIDENCE_URL_MAX_CHARS) problem.url = 'tooLong';
    else if (url !== '' && safeHref(url) === null) problem.url = 'notWeb';
    if (problem.text || problem.url) {
      problems.rows[row.key] = problem;
      wrong = true;
    }
    evidence.push({ text, url: url === '' ? null : url });
  }
  if (wrong || draft.status === null) return { ok: false, problems };
  return { ok: true, report: { status: draft.status, note, evidence }, rowKeys: rows.map((row) => row.key) };
}

/** The form again from a report that was sent (to show it once more, or fix it after the server refused it). */
export function draftFromReport(report: Report, newKey: () => string): ReportDraft {
  return {
    status: report.status,
    note: report.note,
    evidence: report.evidence.map((item) => ({ key: newKey(), text: item.text, url: item.url ?? '' })),
  };
}

/** The server's words for the report's fields, placed where the form shows them. */
export interface ServerFieldErrors {
  status?: string;
  note?: string;
  evidence?: string;
  rows: Record<string, { text?: string; url?: string }>;
  /** Fields the form has no place for, shown with the form's own error. */
  other: string[];
}

/**
 * Places a 400's `fields` (zod paths such as `note`, `evidence.2.url`) on the form: `rowKeys[i]` is the row the
 * report's evidence `i` came from.
 */
export function placeServerErrors(fields: Record<string, string>, rowKeys: readonly string[]): ServerFieldErrors {
  const placed: ServerFieldErrors = { rows: {}, other: [] };
  for (const [path, message] of Object.entries(fields)) {
    const [head, index, part] = path.split('.');
    if (head === 'status' && index === undefined) placed.status = message;
    else if (head === 'note' && index === undefined) placed.note = message;
    else if (head === 'evidence' && index === undefined) placed.evidence = message;
    else if (head === 'evidence' && index !== undefined && rowKeys[Number(index)] !== undefined) {
      const key = rowKeys[Number(index)] as string;
      const row = (placed.rows[key] ??= {});
      if (part === 'url') row.url = message;
      else row.text = message;
    } else placed.other.push(message);
  }
  return placed;
}
