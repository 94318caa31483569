import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useRestClient } from '../api/RestClientContext';
import { restFailureText } from '../api/restFailureText';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { SectorFieldset } from '../forms/SectorFieldset';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { consoleViewPath } from '../console/consoleViews';
import { stashCreationLinks } from '../workshop/creationLinks';
import { AREA_MAX_CHARS, WORKSHOP_TITLE_MAX_CHARS } from '@roundtable/shared/workshop/workshopLimits';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '@roundtable/shared/members/memberLimits';
import type { Sector } from '@roundtable/shared/members/sector';

/**
 * "Run a workshop": creates it, and the response's cookie makes this browser its lead facilitator. [LIVE5] The creator
 * may say their organisation and sector here, so the room does not see "No organisation given · No sector".
 */
export function CreateWorkshopForm() {
  const t = useT();
  const api = useRestClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [area, setArea] = useState('');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [sector, setSector] = useState<Sector | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!title.trim()) missing.title = t.home.titleRequired;
    if (!area.trim()) missing.area = t.home.areaRequired;
    if (!facilitatorName.trim()) missing.facilitatorName = t.home.nameRequired;
    if (Object.keys(missing).length > 0) {
      setFields(missing);
      setFormError(t.home.fixFields);
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    const result = await api.createWorkshop({ title, area, facilitatorName, facilitatorOrganisation: organisation, ...(sector ? { facilitatorSector: sector } : {}) });
    setBusy(false);
    if (!result.ok) {
      setFields(result.failure.fields);
      setFormError(restFailureText(t, result.failure));
      focusFirstInvalid(formRef.current);
      return;
    }
    const { workshopId, facilitatorUrl, coFacilitatorUrl } = result.data;
    stashCreationLinks(window.sessionStorage, workshopId, { facilitatorUrl, coFacilitatorUrl });
    // A new workshop opens on its People and links: the join code and the co-facilitator's link come first.
    navigate(consoleViewPath(workshopId, 'people'));
  }

  return (
    <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-labelledby="create-heading">
      <h2 id="create-heading">{t.home.runHeading}</h2>
      <p>{t.home.runIntro}</p>
      <TextField label={t.home.workshopTitle} hint={t.home.workshopTitleHint} value={title} onChange={setTitle} error={fields.title} maxLength={WORKSHOP_TITLE_MAX_CHARS} required />
      <TextField label={t.home.area} hint={t.home.areaHint} value={area} onChange={setArea} error={fields.area} maxLength={AREA_MAX_CHARS} required />
      <TextField
        label={t.home.facilitatorName}
        hint={t.home.facilitatorNameHint}
        value={facilitatorName}
        onChange={setFacilitatorName}
        error={fields.facilitatorName}
        maxLength={PERSON_NAME_MAX_CHARS}
        autoComplete="name"
        required
      />
      <TextField
        label={t.home.organisation}
        hint={t.home.organisationHint}
        value={organisation}
        onChange={setOrganisation}
        error={fields.facilitatorOrganisation}
        maxLength={ORGANISATION_MAX_CHARS}
        autoComplete="organization"
      />
      <SectorFieldset value={sector} onChange={setSector} error={fields.facilitatorSector} />
      <FormError message={formError} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t.home.creating : t.home.create}
      </button>
    </form>
  );
}
