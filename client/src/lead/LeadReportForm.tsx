import type { ProgressStatus } from '@roundtable/shared/review/progress';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS, PROGRESS_NOTE_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { restFailureText } from '../api/restFailureText';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { focusSoon } from '../plan/focusSoon';
import { reportDate } from '../review/reportDate';
import { EvidenceFieldset } from './EvidenceFieldset';
import { PendingReportView } from './PendingReportView';
import { StatusFieldset } from './StatusFieldset';
import { checkReport, draftFromReport, placeServerErrors, type ReportDraft, type ReportProblems, type ServerFieldErrors } from './reportDraft';
import type { LeadReporting } from './useLeadReport';
import './lead.css';

const NO_ERRORS: ServerFieldErrors = { rows: {}, other: [] };

/**
 * The lead's report: a status (preset to the action's latest), a progress note and evidence, then Send. Our own
 * checks come first; the server's words for a field it refused appear next to that field. A report on its way is
 * shown instead of the form until the server has it.
 */
export function LeadReportForm({ reporting, latestStatus }: { reporting: LeadReporting; latestStatus: ProgressStatus | null }) {
  const t = useT();
  const l = t.review.leadPage;
  const { pending, outcome } = reporting;
  const formRef = useRef<HTMLFormElement>(null);
  const rows = useRef(0);
  const newKey = () => `row${(rows.current += 1)}`;
  const [draft, setDraft] = useState<ReportDraft>(() =>
    pending ? draftFromReport(pending.request, newKey) : { status: latestStatus, note: '', evidence: [] },
  );
  const [problems, setProblems] = useState<ReportProblems>({ rows: {} });
  const [server, setServer] = useState<ServerFieldErrors>(NO_ERRORS);

  useEffect(() => {
    if (outcome.kind === 'recorded') {
      setDraft((current) => ({ status: current.status, note: '', evidence: [] }));
      setServer(NO_ERRORS);
      // The report on its way, and the button to send it, have gone: focus goes to the thanks.
      focusSoon('lead-form-recorded');
    } else if (outcome.kind === 'refused' && pending) {
      // The form again exactly as sent, so the server's `evidence.N` fall on the rows they are about.
      const again = draftFromReport(pending.request, newKey);
      setDraft(again);
      setServer(placeServerErrors(outcome.failure.fields, again.evidence.map((row) => row.key)));
      // A frame later, once the fields marked invalid are on the page.
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    }
    // Only when an answer arrives.
  }, [outcome]);

  if (pending?.state === 'sending') return <PendingReportView pending={pending} outcome={outcome} onResend={reporting.resend} />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = checkReport(draft);
    setServer(NO_ERRORS);
    if (!checked.ok) {
      setProblems(checked.problems);
      focusFirstInvalid(formRef.current);
      return;
    }
    setProblems({ rows: {} });
    reporting.submit(checked.report);
  }

  const p = l.problems;
  const rowErrors: Record<string, { text?: string; url?: string }> = {};
  for (const row of draft.evidence) {
    const mine = problems.rows[row.key];
    const theirs = server.rows[row.key];
    rowErrors[row.key] = {
      text: mine?.text === 'tooLong' ? p.textTooLong(EVIDENCE_TEXT_MAX_CHARS) : theirs?.text,
      url: mine?.url === 'notWeb' ? p.urlNotWeb : mine?.url === 'tooLong' ? p.urlTooLong(EVIDENCE_URL_MAX_CHARS) : theirs?.url,
    };
  }
  const ownProblems = problems.status || problems.note || problems.evidence || Object.keys(problems.rows).length > 0;
  const formError =
    outcome.kind === 'refused'
      ? [l.refused, restFailureText(t, outcome.failure), ...server.other].join(' ')
      : ownProblems
        ? l.fixFields
        : null;

  return (
    <form ref={formRef} className="form lead-form" noValidate onSubmit={onSubmit} aria-labelledby="lead-form-heading">
      <h2 id="lead-form-heading">{l.formHeading}</h2>
      <p>{l.formIntro}</p>
      <FormError message={formError} />
      <StatusFieldset value={draft.status} onChange={(status) => setDraft((d) => ({ ...d, status }))} error={problems.status ? p.status : server.status} />
      <TextField
        label={l.note}
        hint={`${l.noteHint} ${t.maxChars(PROGRESS_NOTE_MAX_CHARS)}`}
        value={draft.note}
        onChange={(note) => setDraft((d) => ({ ...d, note }))}
        error={problems.note ? p.noteTooLong(PROGRESS_NOTE_MAX_CHARS) : server.note}
        maxLength={PROGRESS_NOTE_MAX_CHARS}
        multiline
      />
      <EvidenceFieldset
        rows={draft.evidence}
        onChange={(evidence) => setDraft((d) => ({ ...d, evidence }))}
        newKey={newKey}
        rowErrors={rowErrors}
        error={problems.evidence ? p.tooMany(EVIDENCE_PER_UPDATE_MAX) : server.evidence}
        idPrefix="lead-evidence"
      />
      <button type="submit" className="button button--primary">
        {l.submit}
      </button>
      <p role="status" id="lead-form-recorded" tabIndex={-1} className="lead-form__status">
        {outcome.kind === 'recorded' ? l.recorded(reportDate(t.locale, outcome.update.at)) : ''}
      </p>
    </form>
  );
}
