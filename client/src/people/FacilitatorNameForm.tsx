import { useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { SectorFieldset } from '../forms/SectorFieldset';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { isOwnName } from './facilitatorName';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '@roundtable/shared/members/memberLimits';
import type { Member } from '@roundtable/shared/members/member';
import type { Sector } from '@roundtable/shared/members/sector';
import './people.css';

/**
 * [LIVE4] Asked before the console when a facilitator opens their link for the first time: their name, organisation
 * and sector, the fields of the join form, so the room never sees "Co-facilitator · No organisation given · No sector".
 */
export function FacilitatorNameForm({ self }: { self: Member }) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState(self.organisation);
  const [sector, setSector] = useState<Sector | null>(self.sector);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const { run, saving, fieldErrors } = useCommandForm();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!isOwnName(name)) next.name = name.trim() ? t.liveView.nameGate.ownName : t.home.nameRequired;
    if (!sector) next.sector = t.home.sectorRequired;
    setMissing(next);
    if (!sector || Object.keys(next).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    await run('member:updateProfile', { name, organisation, sector });
  }

  const errors = { ...fieldErrors, ...missing };
  return (
    <form ref={formRef} className="card form facilitator-name" noValidate onSubmit={onSubmit} aria-labelledby="facilitator-name-heading">
      <h2 id="facilitator-name-heading">{t.liveView.nameGate.heading}</h2>
      <p>{t.liveView.nameGate.intro}</p>
      <FormError message={Object.keys(missing).length > 0 ? t.home.fixFields : null} />
      <TextField label={t.home.yourName} hint={t.home.facilitatorNameHint} value={name} onChange={setName} error={errors.name} maxLength={PERSON_NAME_MAX_CHARS} autoComplete="name" required />
      <TextField
        label={t.home.organisation}
        hint={t.home.organisationHint}
        value={organisation}
        onChange={setOrganisation}
        error={errors.organisation}
        maxLength={ORGANISATION_MAX_CHARS}
        autoComplete="organization"
      />
      <SectorFieldset value={sector} onChange={setSector} error={errors.sector} required />
      <button type="submit" className="button button--primary" aria-busy={saving}>
        {t.liveView.nameGate.save}
      </button>
    </form>
  );
}
