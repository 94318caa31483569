import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRestClient } from '../api/RestClientContext';
import { restFailureText } from '../api/restFailureText';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { SectorFieldset } from '../forms/SectorFieldset';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { isWellFormedJoinCode, tidyJoinCode } from './joinCodeInput';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '@roundtable/shared/members/memberLimits';
import type { Sector } from '@roundtable/shared/members/sector';
import './home.css';

/** "Join a workshop" with the code shown in the room; `initialCode` comes from the QR code's `?code=`. */
export function JoinWorkshopForm({ initialCode }: { initialCode: string }) {
  const t = useT();
  const api = useRestClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [joinCode, setJoinCode] = useState(() => tidyJoinCode(initialCode));
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [sector, setSector] = useState<Sector | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function showErrors(next: Record<string, string>, message: string) {
    setFields(next);
    setFormError(message);
    focusFirstInvalid(formRef.current);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!isWellFormedJoinCode(joinCode)) missing.joinCode = t.home.codeIncomplete;
    if (!name.trim()) missing.name = t.home.nameRequired;
    if (!sector) missing.sector = t.home.sectorRequired;
    if (!sector || Object.keys(missing).length > 0) return showErrors(missing, t.home.fixFields);
    setBusy(true);
    const result = await api.join({ joinCode, name, organisation, sector });
    setBusy(false);
    if (result.ok) {
      navigate(`/w/${encodeURIComponent(result.data.workshopId)}`);
    } else if (result.failure.status === 404) {
      showErrors({ joinCode: t.home.wrongCode }, t.home.wrongCode);
    } else {
      showErrors(result.failure.fields, restFailureText(t, result.failure));
    }
  }

  return (
    <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-labelledby="join-heading">
      <h2 id="join-heading">{t.home.joinHeading}</h2>
      <p>{t.home.joinIntro}</p>
      <TextField
        label={t.home.joinCode}
        hint={t.home.joinCodeHint}
        value={joinCode}
        onChange={setJoinCode}
        onBlur={() => setJoinCode((typed) => tidyJoinCode(typed))}
        error={fields.joinCode}
        className="field--join-code"
        inputMode="text"
        autoCapitalize="characters"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="next"
        maxLength={12}
        required
      />
      <TextField
        label={t.home.yourName}
        value={name}
        onChange={setName}
        error={fields.name}
        maxLength={PERSON_NAME_MAX_CHARS}
        autoComplete="name"
        autoFocus={initialCode !== ''}
        required
      />
      <TextField
        label={t.home.organisation}
        hint={t.home.organisationHint}
        value={organisation}
        onChange={setOrganisation}
        error={fields.organisation}
        maxLength={ORGANISATION_MAX_CHARS}
        autoComplete="organization"
      />
      <SectorFieldset value={sector} onChange={setSector} error={fields.sector} required />
      <FormError message={formError} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.home.joining : t.home.join}
      </button>
    </form>
  );
}
