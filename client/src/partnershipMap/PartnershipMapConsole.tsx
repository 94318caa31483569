import { isRepresented, MAP_RINGS, organisationsInRoom, pendingSuggestions, placedOrganisations } from '@roundtable/shared/partnershipMap/partnershipMap';
import { mapGaps } from '@roundtable/shared/partnershipMap/partnershipMapGaps';
import { useState, type FormEvent } from 'react';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { MapGapsView } from './MapGapsView';
import { MapOrganisationRow } from './MapOrganisationRow';
import { OrganisationFields, type OrganisationDraft } from './OrganisationFields';
import { SuggestionRow } from './SuggestionRow';
import './partnershipMap.css';

const EMPTY: OrganisationDraft = { name: '', sector: 'third_sector', ring: 'core' };

/**
 * The partnership map in the facilitator console, as a list grouped by ring (MAP4-MAP6): the suggestions to place or
 * dismiss, an organisation added straight into a ring, each organisation moved between rings by its buttons, edited or
 * removed, and the gaps. What was done is announced in a live region.
 */
export function PartnershipMapConsole() {
  const t = useT();
  const m = t.partnershipMap;
  const { workshop, submit } = useLiveWorkshop();
  const [draft, setDraft] = useState<OrganisationDraft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const placed = placedOrganisations(workshop);
  const suggestions = pendingSuggestions(workshop);
  const inRoom = organisationsInRoom(workshop);

  async function add(event: FormEvent) {
    event.preventDefault();
    const ack = await submit('map:add', draft);
    setError(ack.ok ? null : commandErrorText(t, 'map:add', ack.error));
    if (ack.ok) {
      setStatus(m.added(draft.name.trim()));
      setDraft({ ...EMPTY, sector: draft.sector, ring: draft.ring });
    }
  }

  return (
    <section className="card partnership-map" aria-labelledby="map-console-heading">
      <h2 id="map-console-heading">{m.heading}</h2>
      <p>{m.consoleIntro}</p>
      <p className="map-source">{m.source}</p>
      <p role="status" className="map-status">
        {status}
      </p>
      <div className="partnership-map__columns">
        <div>
          <section aria-labelledby="map-suggestions-heading">
            <h3 id="map-suggestions-heading">{m.suggestionsHeading(suggestions.length)}</h3>
            {suggestions.length === 0 ? (
              <p>{m.noSuggestions}</p>
            ) : (
              <ul className="map-list">
                {suggestions.map((o) => (
                  <SuggestionRow key={o.id} organisation={o} onDone={setStatus} />
                ))}
              </ul>
            )}
          </section>
          <form className="map-add" aria-labelledby="map-add-heading" onSubmit={(e) => void add(e)}>
            <h3 id="map-add-heading">{m.addHeading}</h3>
            <OrganisationFields draft={draft} onChange={setDraft} withRing />
            <FormError message={error} />
            <button type="submit" className="button button--primary">
              {m.add}
            </button>
          </form>
          <MapGapsView gaps={mapGaps(workshop)} />
        </div>
        <div>
          {placed.length === 0 && <p>{m.emptyMap}</p>}
          {MAP_RINGS.map((ring) => {
            const inRing = placed.filter((o) => o.ring === ring);
            return (
              <section key={ring} className={`map-ring map-ring--${ring}`} aria-labelledby={`map-ring-${ring}`}>
                <h3 id={`map-ring-${ring}`}>{m.ringCount(ring, inRing.length)}</h3>
                {inRing.length === 0 ? (
                  <p className="map-ring__empty">{m.emptyRing}</p>
                ) : (
                  <ul className="map-list">
                    {inRing.map((o) => (
                      <MapOrganisationRow key={o.id} organisation={o} represented={isRepresented(o, inRoom)} onDone={setStatus} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          <p className="map-source">{m.representedRule}</p>
        </div>
      </div>
    </section>
  );
}
