import { useState, type FormEvent } from 'react';
import { SectorFieldset } from '../forms/SectorFieldset';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useCommandForm } from '../live/useCommandForm';
import { SectorBadge } from './SectorBadge';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '@roundtable/shared/members/memberLimits';
import type { Sector } from '@roundtable/shared/members/sector';
import type { Member } from '@roundtable/shared/members/member';
import './people.css';

/** Who I am in this workshop, and the form to change it. Only changed fields are sent. */
export function ProfileEditor({ self }: { self: Member }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(self.name);
  const [organisation, setOrganisation] = useState(self.organisation);
  const [sector, setSector] = useState<Sector | null>(self.sector);
  const { run, saving, fieldErrors } = useCommandForm();

  function startEditing() {
    setName(self.name);
    setOrganisation(self.organisation);
    setSector(self.sector);
    setEditing(true);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const changes: { name?: string; organisation?: string; sector?: Sector } = {};
    if (name !== self.name) changes.name = name;
    if (organisation !== self.organisation) changes.organisation = organisation;
    if (sector && sector !== self.sector) changes.sector = sector;
    if (Object.keys(changes).length === 0) return setEditing(false);
    const ack = await run('member:updateProfile', changes);
    if (ack.ok) setEditing(false);
  }

  if (!editing) {
    return (
      <div className="profile">
        <p className="profile__name">{self.name}</p>
        <p>{self.organisation || t.people.noOrganisation}</p>
        <p>
          <SectorBadge sector={self.sector} decorative /> {self.sector ? t.sectors[self.sector] : t.noSector}
        </p>
        <button type="button" className="button" onClick={startEditing}>
          {t.profile.edit}
        </button>
      </div>
    );
  }
  return (
    <form className="form profile" noValidate onSubmit={onSubmit} aria-label={t.profile.edit}>
      <TextField label={t.home.yourName} value={name} onChange={setName} error={fieldErrors.name} maxLength={PERSON_NAME_MAX_CHARS} autoComplete="name" autoFocus />
      <TextField
        label={t.home.organisation}
        value={organisation}
        onChange={setOrganisation}
        error={fieldErrors.organisation}
        maxLength={ORGANISATION_MAX_CHARS}
        autoComplete="organization"
      />
      <SectorFieldset value={sector} onChange={setSector} error={fieldErrors.sector} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-busy={saving}>
          {t.profile.save}
        </button>
        <button type="button" className="button" onClick={() => setEditing(false)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
