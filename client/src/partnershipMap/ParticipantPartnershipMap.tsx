import { isRepresented, MAP_RINGS, organisationsInRoom, pendingSuggestions, placedOrganisations } from '@roundtable/shared/partnershipMap/partnershipMap';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { MAP_SESSION_NUMBERS } from '@roundtable/shared/workshop/pipTemplate';
import { useState, type FormEvent } from 'react';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { OrganisationFields, type OrganisationDraft } from './OrganisationFields';
import './partnershipMap.css';

/** [MAP3] Whether the phone offers the map: while the current session is one the template gives it to. */
export function mapOffered(workshop: Pick<WorkshopState, 'meta' | 'sessions'>): boolean {
  const current = workshop.meta.currentSessionId;
  const session = current !== null && Object.hasOwn(workshop.sessions, current) ? workshop.sessions[current] : undefined;
  return session !== undefined && MAP_SESSION_NUMBERS.includes(session.number);
}

/** [MAP3] The partnership map on a phone: the map as it stands, ring by ring, and a form to suggest an organisation. */
export function ParticipantPartnershipMap() {
  const t = useT();
  const m = t.partnershipMap;
  const { workshop, submit } = useLiveWorkshop();
  const [draft, setDraft] = useState<OrganisationDraft>({ name: '', sector: 'third_sector', ring: 'wider' });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  if (!mapOffered(workshop)) return null;
  const placed = placedOrganisations(workshop);
  const waiting = pendingSuggestions(workshop);
  const inRoom = organisationsInRoom(workshop);

  async function suggest(event: FormEvent) {
    event.preventDefault();
    const ack = await submit('map:suggest', { name: draft.name, sector: draft.sector });
    setError(ack.ok ? null : commandErrorText(t, 'map:suggest', ack.error));
    if (ack.ok) {
      setStatus(m.suggested(draft.name.trim()));
      setDraft({ ...draft, name: '' });
    }
  }

  return (
    <section className="card partnership-map partnership-map--phone" aria-labelledby="map-phone-heading">
      <h2 id="map-phone-heading">{m.heading}</h2>
      <p>{m.participantIntro}</p>
      <form className="map-add" aria-labelledby="map-suggest-heading" onSubmit={(e) => void suggest(e)}>
        <h3 id="map-suggest-heading">{m.suggestHeading}</h3>
        <OrganisationFields draft={draft} onChange={setDraft} withRing={false} />
        <FormError message={error} />
        <p role="status" className="map-status">
          {status}
        </p>
        <button type="submit" className="button button--primary">
          {m.suggest}
        </button>
      </form>
      {waiting.length > 0 && (
        <>
          <h3>{m.waitingHeading}</h3>
          <ul className="map-plain">
            {waiting.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </>
      )}
      {placed.length === 0 && <p>{m.emptyMap}</p>}
      {MAP_RINGS.map((ring) => {
        const inRing = placed.filter((o) => o.ring === ring);
        if (inRing.length === 0) return null;
        return (
          <section key={ring} className={`map-ring map-ring--${ring}`} aria-labelledby={`map-phone-ring-${ring}`}>
            <h3 id={`map-phone-ring-${ring}`}>{m.ringCount(ring, inRing.length)}</h3>
            <ul className="map-plain">
              {inRing.map((o) => (
                <li key={o.id}>
                  {o.name} <span className="tag">{t.sectorsShort[o.sector]}</span>{' '}
                  <span className={`tag ${isRepresented(o, inRoom) ? 'map-org__here' : 'map-org__absent'}`}>{isRepresented(o, inRoom) ? m.represented : m.notRepresented}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
