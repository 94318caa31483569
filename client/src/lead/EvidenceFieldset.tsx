import { useT } from '../i18n/t';
import { TextField } from '../forms/TextField';
import { focusSoon } from '../plan/focusSoon';
import { EVIDENCE_PER_UPDATE_MAX, EVIDENCE_TEXT_MAX_CHARS, EVIDENCE_URL_MAX_CHARS } from '@roundtable/shared/review/progressLimits';
import type { EvidenceRow } from './reportDraft';
import './lead.css';

export interface EvidenceFieldsetProps {
  rows: readonly EvidenceRow[];
  onChange(rows: EvidenceRow[]): void;
  newKey(): string;
  /** Messages by row key. */
  rowErrors: Record<string, { text?: string; url?: string }>;
  error?: string;
  /** Prefix of the rows' element ids, for moving focus as rows come and go. */
  idPrefix: string;
}

/**
 * Evidence as rows of "what it is" and an optional link, added and removed by buttons. Adding moves focus to the new
 * row; removing moves it to the row that takes its place, or to the Add button.
 */
export function EvidenceFieldset({ rows, onChange, newKey, rowErrors, error, idPrefix }: EvidenceFieldsetProps) {
  const t = useT();
  const l = t.review.leadPage;
  const full = rows.length >= EVIDENCE_PER_UPDATE_MAX;

  function add() {
    if (full) return;
    const key = newKey();
    onChange([...rows, { key, text: '', url: '' }]);
    focusSoon(`${idPrefix}-${key}`);
  }

  function remove(index: number) {
    const next = rows.filter((_, i) => i !== index);
    onChange(next);
    const after = next[index] ?? next[index - 1];
    focusSoon(after ? `${idPrefix}-${after.key}` : `${idPrefix}-add`);
  }

  const change = (index: number, patch: Partial<EvidenceRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <fieldset className={error ? 'field field--invalid lead-evidence' : 'field lead-evidence'} aria-describedby={`${idPrefix}-hint`}>
      <legend>{l.evidenceLegend}</legend>
      <p id={`${idPrefix}-hint`} className="field__hint">
        {l.evidenceHint} {l.evidenceMax(EVIDENCE_PER_UPDATE_MAX)}
      </p>
      {error && <p className="field__error">{error}</p>}
      {rows.length > 0 && (
        <ol className="lead-evidence__rows">
          {rows.map((row, i) => (
            <li key={row.key} id={`${idPrefix}-${row.key}`} className="lead-evidence__row">
              <TextField
                label={l.evidenceText(i + 1)}
                value={row.text}
                onChange={(text) => change(i, { text })}
                error={rowErrors[row.key]?.text}
                maxLength={EVIDENCE_TEXT_MAX_CHARS}
              />
              <TextField
                label={l.evidenceUrl(i + 1)}
                hint={l.evidenceUrlHint}
                value={row.url}
                onChange={(url) => change(i, { url })}
                error={rowErrors[row.key]?.url}
                maxLength={EVIDENCE_URL_MAX_CHARS}
                inputMode="url"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
              />
              <button type="button" className="button button--small button--danger" onClick={() => remove(i)}>
                {l.removeEvidence(i + 1)}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" id={`${idPrefix}-add`} className="button" aria-disabled={full} onClick={add}>
        {l.addEvidence}
      </button>
    </fieldset>
  );
}
