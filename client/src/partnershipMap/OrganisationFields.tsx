import { SECTORS, type Sector } from '@roundtable/shared/members/sector';
import { MAP_RINGS, type MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';
import { MAP_NAME_MAX_CHARS } from '@roundtable/shared/partnershipMap/partnershipMapLimits';
import { useId } from 'react';
import { useT } from '../i18n/t';

export interface OrganisationDraft {
  name: string;
  sector: Sector;
  ring: MapRing;
}

/** An organisation's name and sector, and its ring when `withRing` (MAP3, MAP4): labelled fields for a form. */
export function OrganisationFields({ draft, onChange, withRing, withName = true, labelSuffix = '' }: { draft: OrganisationDraft; onChange: (draft: OrganisationDraft) => void; withRing: boolean; withName?: boolean; labelSuffix?: string }) {
  const t = useT();
  const id = useId();
  return (
    <div className="map-fields">
      {withName && (
        <div className="field">
          <label htmlFor={`${id}-name`}>
            {t.partnershipMap.nameLabel}
            {labelSuffix}
          </label>
          <input id={`${id}-name`} type="text" value={draft.name} maxLength={MAP_NAME_MAX_CHARS} autoComplete="organization" onChange={(e) => onChange({ ...draft, name: e.target.value })} required />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-sector`}>
          {t.partnershipMap.sectorLabel}
          {labelSuffix}
        </label>
        <select id={`${id}-sector`} value={draft.sector} onChange={(e) => onChange({ ...draft, sector: e.target.value as Sector })}>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t.sectors[s]}
            </option>
          ))}
        </select>
      </div>
      {withRing && (
        <div className="field">
          <label htmlFor={`${id}-ring`}>
            {t.partnershipMap.ringLabel}
            {labelSuffix}
          </label>
          <select id={`${id}-ring`} value={draft.ring} onChange={(e) => onChange({ ...draft, ring: e.target.value as MapRing })}>
            {MAP_RINGS.map((r) => (
              <option key={r} value={r}>
                {t.partnershipMap.ringOption[r]}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
