import type { LeadSlot } from '@roundtable/shared/plan/plan';
import { useId } from 'react';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import type { ActionDraftProblems } from './actionDraft';
import { choiceFromValue, choiceValue, departedLead, leadOptionGroups, NAMED_VALUE, type LeadChoice } from './leadChoice';
import { ORGANISATION_MAX_CHARS, PERSON_NAME_MAX_CHARS } from '@roundtable/shared/members/memberLimits';
import { SECTORS, type Sector } from '@roundtable/shared/members/sector';
import './planActions.css';

export interface LeadPickerProps {
  slot: LeadSlot;
  /** The id of the wrapper, so "what is missing" can bring focus here. */
  id: string;
  value: LeadChoice;
  onChange(choice: LeadChoice): void;
  problems?: ActionDraftProblems[LeadSlot];
  /** The server's message for this lead, if it refused it. */
  error?: string;
}

/**
 * [PLAN3] One of an action's two leads: a participant (listed by sector, with their organisation), or someone not in
 * the room, named with their organisation and sector.
 */
export function LeadPicker({ slot, id, value, onChange, problems, error }: LeadPickerProps) {
  const t = useT();
  const l = t.plan.leadPicker;
  const { workshop } = useLiveWorkshop();
  const selectId = useId();
  const hintId = `${selectId}-hint`;
  const departed = departedLead(workshop, value);
  const slotLabel = l[slot];
  const named = value.kind === 'named' ? value : null;
  const setNamed = (change: Partial<{ name: string; organisation: string; sector: Sector | null }>) => named && onChange({ ...named, ...change });
  const problemText = (p: string | undefined) => (p === 'nameMissing' ? l.nameMissing : p === 'organisationMissing' ? l.organisationMissing : p === 'sectorMissing' ? l.sectorMissing : undefined);
  const sectorError = problemText(problems?.sector);

  return (
    <div className="plan-lead-picker" id={id}>
      <div className={error ? 'field field--invalid' : 'field'}>
        <label htmlFor={selectId}>{slotLabel}</label>
        <p id={hintId} className="field__hint">
          {l.hint}
        </p>
        {error && <p className="field__error">{error}</p>}
        <select id={selectId} aria-describedby={hintId} value={choiceValue(value)} onChange={(e) => onChange(choiceFromValue(e.target.value, value))}>
          <option value="">{l.none}</option>
          {departed && <option value={choiceValue(value)}>{l.departed(departed.name)}</option>}
          {leadOptionGroups(workshop, slot).map((group) => (
            <optgroup key={group.sector ?? 'none'} label={group.sector ? t.sectors[group.sector] : t.noSector}>
              {group.members.map((m) => (
                <option key={m.id} value={`member:${m.id}`}>
                  {l.member(m.name, m.organisation)}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={NAMED_VALUE}>{l.named}</option>
        </select>
      </div>
      {named && (
        <div className="plan-lead-picker__named">
          <TextField label={l.name(slotLabel)} value={named.name} onChange={(name) => setNamed({ name })} error={problemText(problems?.name)} maxLength={PERSON_NAME_MAX_CHARS} />
          <TextField
            label={l.organisation(slotLabel)}
            value={named.organisation}
            onChange={(organisation) => setNamed({ organisation })}
            error={problemText(problems?.organisation)}
            maxLength={ORGANISATION_MAX_CHARS}
          />
          <div className={sectorError ? 'field field--invalid' : 'field'}>
            <label htmlFor={`${selectId}-sector`}>{l.sector(slotLabel)}</label>
            {sectorError && <p className="field__error">{sectorError}</p>}
            <select
              id={`${selectId}-sector`}
              value={named.sector ?? ''}
              aria-invalid={sectorError ? true : undefined}
              onChange={(e) => setNamed({ sector: (e.target.value || null) as Sector | null })}
            >
              <option value="">{l.chooseSector}</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {t.sectors[sector]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </div>
  );
}
