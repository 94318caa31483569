import { useId } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { TIMESCALE_KINDS, yearChoices, type TimescaleInput, type TimescaleProblem } from './timescaleInput';
import './planActions.css';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4];

/** [PLAN5] When an action is due: a date, a month or a quarter (each from today on), or not set yet. */
export function TimescalePicker({ id, value, onChange, problem, today }: { id: string; value: TimescaleInput; onChange(value: TimescaleInput): void; problem?: TimescaleProblem; today: string }) {
  const t = useT();
  const ts = t.plan.timescale;
  const name = useId();
  const monthName = (m: number) => new Intl.DateTimeFormat(t.locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m - 1, 1)));
  const error = problem ? ts[problem] : undefined;
  const select = (label: string, field: 'month' | 'quarter' | 'year', options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${name}-${field}`}>{label}</label>
      <select id={`${name}-${field}`} value={value[field]} onChange={(e) => onChange({ ...value, [field]: e.target.value })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const years = yearChoices(today, value.year).map((y) => ({ value: y, label: y }));

  return (
    <fieldset className={error ? 'field plan-timescale field--invalid' : 'field plan-timescale'} id={id}>
      <legend>{ts.legend}</legend>
      {error && <p className="field__error">{error}</p>}
      <div className="plan-timescale__kinds">
        {TIMESCALE_KINDS.map((kind) => (
          <label key={kind} className="radio">
            <input type="radio" name={name} value={kind} checked={value.kind === kind} onChange={() => onChange({ ...value, kind })} />
            <span>{ts.kinds[kind]}</span>
          </label>
        ))}
      </div>
      {value.kind === 'date' && (
        <TextField label={ts.date} type="date" min={today} value={value.date} onChange={(date) => onChange({ ...value, date })} />
      )}
      {value.kind === 'month' && (
        <div className="plan-timescale__parts">
          {select(
            ts.month,
            'month',
            MONTHS.map((m) => ({ value: String(m), label: monthName(m) })),
          )}
          {select(ts.year, 'year', years)}
        </div>
      )}
      {value.kind === 'quarter' && (
        <div className="plan-timescale__parts">
          {select(
            ts.quarter,
            'quarter',
            QUARTERS.map((q) => ({ value: String(q), label: ts.quarterName(q) })),
          )}
          {select(ts.year, 'year', years)}
        </div>
      )}
    </fieldset>
  );
}
