import type { MyWorkshop } from '@roundtable/shared/accounts/accountRest';
import type { AreaWorkshopCreated, ProgrammeArea, ProgrammeDetails } from '@roundtable/shared/programme/programmeRest';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { accountFailureText } from '../account/accountText';
import { useAccountClient } from '../account/useAccountClient';
import { useAccountT } from '../account/useAccountT';
import { useRestRead } from '../api/useRestRead';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

const workshopsOf = (body: { workshops: MyWorkshop[] }) => body.workshops;

/** [PROG3] For a programme's facilitators: each area, with its workshop, or a way to make one or bring one in. */
export function AreaWorkshops({ programme, onChanged }: { programme: ProgrammeDetails; onChanged: () => void }) {
  const tp = useProgrammeT();
  const accounts = useAccountClient();
  const read = useCallback(() => accounts.myWorkshops(), [accounts]);
  const mine = useRestRead(read, workshopsOf);
  const inProgramme = new Set(programme.regions.flatMap((r) => r.areas.map((a) => a.workshopId)).filter(Boolean));
  const free = (mine.data ?? []).filter((w) => !inProgramme.has(w.workshopId));
  return (
    <section aria-labelledby="areas-heading">
      <h2 id="areas-heading">{tp.view.areas}</h2>
      {programme.regions.map((region) => (
        <div key={region.regionId}>
          <h3>{region.name}</h3>
          <ul className="programme-area-list">
            {region.areas.map((area) => (
              <AreaItem key={area.areaId} programmeId={programme.programmeId} area={area} free={free} onChanged={onChanged} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AreaItem({ programmeId, area, free, onChanged }: { programmeId: string; area: ProgrammeArea; free: MyWorkshop[]; onChanged: () => void }) {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const selectId = useId();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<AreaWorkshopCreated | null>(null);

  async function make(event: FormEvent) {
    event.preventDefault();
    const result = await api.makeWorkshop(programmeId, area.areaId, { facilitatorName: name });
    if (!result.ok) return setError(accountFailureText(t, ta, result.failure));
    setError(null);
    setMade(result.data);
    onChanged();
  }
  async function bring(event: FormEvent) {
    event.preventDefault();
    const result = await api.bringWorkshop(programmeId, area.areaId, chosen);
    if (!result.ok) return setError(accountFailureText(t, ta, result.failure));
    setError(null);
    onChanged();
  }

  return (
    <li className="card programme-area">
      <h4>{area.name}</h4>
      {made && <p role="status">{tp.manage.made}</p>}
      {area.workshopId ? (
        <Link to={`/w/${encodeURIComponent(area.workshopId)}`}>{tp.manage.openWorkshop(area.name)}</Link>
      ) : (
        <>
          <form className="form" noValidate onSubmit={(e) => void make(e)} aria-label={tp.manage.makeWorkshop(area.name)}>
            <TextField label={tp.manage.yourName} value={name} onChange={setName} maxLength={80} required />
            <button type="submit" className="button button--primary">
              {tp.manage.makeWorkshop(area.name)}
            </button>
          </form>
          {free.length > 0 && (
            <form className="form" noValidate onSubmit={(e) => void bring(e)} aria-label={tp.manage.bringIn(area.name)}>
              <div className="field">
                <label htmlFor={selectId}>{tp.manage.chooseWorkshop}</label>
                <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="" />
                  {free.map((w) => (
                    <option key={w.workshopId} value={w.workshopId}>
                      {w.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button" disabled={!chosen}>
                {tp.manage.bringIn(area.name)}
              </button>
            </form>
          )}
        </>
      )}
      <FormError message={error} />
    </li>
  );
}
