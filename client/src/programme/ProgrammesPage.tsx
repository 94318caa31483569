import { OBJECTIVE_MAX_CHARS, PROGRAMME_TITLE_MAX_CHARS, type ProgrammeListing } from '@roundtable/shared/programme/programmeRest';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { accountFailureText } from '../account/accountText';
import { RequireAccount } from '../account/RequireAccount';
import { useAccountT } from '../account/useAccountT';
import { restFailureText } from '../api/restFailureText';
import { useRestRead } from '../api/useRestRead';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { PageLayout } from '../PageLayout';
import { linesOf, regionsFromText } from './programmeText';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

const listOf = (body: { programmes: ProgrammeListing[] }) => body.programmes;

/** `/programmes`: the programmes this account leads or facilitates in, and making a new one (its maker leads it). */
export function ProgrammesPage() {
  const t = useT();
  const tp = useProgrammeT();
  useEffect(() => {
    document.title = `${tp.list.title} – ${t.appName}`;
  }, [tp, t.appName]);
  return (
    <PageLayout>
      <div className="programme-page">
        <RequireAccount title={tp.list.title}>{() => <ProgrammesList />}</RequireAccount>
      </div>
    </PageLayout>
  );
}

function ProgrammesList() {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const read = useCallback(() => api.mine(), [api]);
  const programmes = useRestRead(read, listOf);
  return (
    <>
      <div className="page-title">
        <h1>{tp.list.title}</h1>
        <p className="page-title__sub">{tp.list.intro}</p>
      </div>
      {programmes.failure && <p role="alert" className="form-error">{accountFailureText(t, ta, programmes.failure)}</p>}
      {programmes.data === null && !programmes.failure && <p role="status">{t.loading}</p>}
      {programmes.data?.length === 0 && <p>{tp.list.none}</p>}
      {programmes.data && programmes.data.length > 0 && (
        <ul className="programme-list" aria-label={tp.list.title}>
          {programmes.data.map((p) => (
            <li key={p.programmeId} className="card programme-list__item">
              <Link to={`/programmes/${encodeURIComponent(p.programmeId)}`} aria-label={tp.list.open(p.title)}>
                {p.title}
              </Link>
              <span className="programme-muted">{tp.list.role[p.role]}</span>
            </li>
          ))}
        </ul>
      )}
      <NewProgrammeForm />
    </>
  );
}

function NewProgrammeForm() {
  const t = useT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [objectives, setObjectives] = useState('');
  const [regions, setRegions] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const places = regionsFromText(regions);
    if (!places.ok) {
      setFields({ regions: tp.create.regionWithoutName(places.line) });
      setError(tp.create.regionWithoutName(places.line));
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    const result = await api.create({ title, objectives: linesOf(objectives), regions: places.regions });
    setBusy(false);
    if (!result.ok) {
      const byField = Object.keys(result.failure.fields);
      setFields({
        ...(byField.some((f) => f.startsWith('title')) ? { title: result.failure.message } : {}),
        ...(byField.some((f) => f.startsWith('objectives')) ? { objectives: result.failure.message } : {}),
        ...(byField.some((f) => f.startsWith('regions')) ? { regions: result.failure.message } : {}),
      });
      setError(restFailureText(t, result.failure));
      focusFirstInvalid(formRef.current);
      return;
    }
    void navigate(`/programmes/${encodeURIComponent(result.data.programmeId)}`);
  }

  return (
    <section className="card" aria-labelledby="new-programme-heading">
      <h2 id="new-programme-heading">{tp.create.title}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={(e) => void submit(e)}>
        <TextField label={tp.create.name} value={title} onChange={setTitle} error={fields.title} maxLength={PROGRAMME_TITLE_MAX_CHARS} required />
        <TextField label={tp.create.objectives} hint={tp.create.objectivesHint} value={objectives} onChange={setObjectives} error={fields.objectives} multiline maxLength={OBJECTIVE_MAX_CHARS * 10} />
        <TextField label={tp.create.regions} hint={tp.create.regionsHint} value={regions} onChange={setRegions} error={fields.regions} multiline />
        <FormError message={error} />
        <button type="submit" className="button button--primary" aria-busy={busy} disabled={busy}>
          {busy ? tp.create.submitting : tp.create.submit}
        </button>
      </form>
    </section>
  );
}
