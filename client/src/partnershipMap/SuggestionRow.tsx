import type { MapOrganisation } from '@roundtable/shared/partnershipMap/partnershipMap';
import { useState, type FormEvent } from 'react';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { OrganisationFields, type OrganisationDraft } from './OrganisationFields';

/** [MAP4] A participant's suggestion, placed in a ring with the sector the facilitator judges, or dismissed. */
export function SuggestionRow({ organisation, onDone }: { organisation: MapOrganisation; onDone: (message: string) => void }) {
  const t = useT();
  const m = t.partnershipMap;
  const { submit } = useLiveWorkshop();
  const [draft, setDraft] = useState<OrganisationDraft>({ name: organisation.name, sector: organisation.sector, ring: 'wider' });
  const [error, setError] = useState<string | null>(null);

  async function place(event: FormEvent) {
    event.preventDefault();
    const ack = await submit('map:place', { organisationId: organisation.id, ring: draft.ring, sector: draft.sector });
    setError(ack.ok ? null : commandErrorText(t, 'map:place', ack.error));
    if (ack.ok) onDone(m.moved(organisation.name, draft.ring));
  }
  async function dismiss() {
    const ack = await submit('map:dismiss', { organisationId: organisation.id });
    setError(ack.ok ? null : commandErrorText(t, 'map:dismiss', ack.error));
    if (ack.ok) onDone(m.removed(organisation.name));
  }

  return (
    <li className="map-org map-org--suggestion">
      <form onSubmit={(e) => void place(e)} aria-label={m.placeLabel(organisation.name)}>
        <p className="map-org__name">{organisation.name}</p>
        <OrganisationFields draft={draft} onChange={setDraft} withRing withName={false} labelSuffix={` — ${organisation.name}`} />
        <div className="button-row">
          <button type="submit" className="button button--small button--primary" aria-label={m.placeLabel(organisation.name)}>
            {m.place}
          </button>
          <button type="button" className="button button--small" aria-label={m.dismissLabel(organisation.name)} onClick={() => void dismiss()}>
            {m.dismiss}
          </button>
        </div>
        <FormError message={error} />
      </form>
    </li>
  );
}
