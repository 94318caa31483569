import { MAP_RINGS, type MapOrganisation, type MapRing } from '@roundtable/shared/partnershipMap/partnershipMap';
import { useState, type FormEvent } from 'react';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { commandErrorText } from '../live/commandErrorText';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { OrganisationFields, type OrganisationDraft } from './OrganisationFields';

/** [MAP5] A placed organisation in the list view: its sector and whether it is in the room, moved to another ring by a button, edited or removed. */
export function MapOrganisationRow({ organisation, represented, onDone }: { organisation: MapOrganisation; represented: boolean; onDone: (message: string) => void }) {
  const t = useT();
  const m = t.partnershipMap;
  const { submit } = useLiveWorkshop();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<OrganisationDraft | null>(null);
  const name = organisation.name;

  async function move(ring: MapRing) {
    const ack = await submit('map:move', { organisationId: organisation.id, ring });
    setError(ack.ok ? null : commandErrorText(t, 'map:move', ack.error));
    if (ack.ok) onDone(m.moved(name, ring));
  }
  async function remove() {
    const ack = await submit('map:remove', { organisationId: organisation.id });
    setError(ack.ok ? null : commandErrorText(t, 'map:remove', ack.error));
    if (ack.ok) onDone(m.removed(name));
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const ack = await submit('map:rename', { organisationId: organisation.id, name: editing.name, sector: editing.sector });
    setError(ack.ok ? null : commandErrorText(t, 'map:rename', ack.error));
    if (ack.ok) setEditing(null);
  }

  return (
    <li className="map-org">
      <div className="map-org__head">
        <span className="map-org__name">{name}</span>
        <span className="tag">{t.sectorsShort[organisation.sector]}</span>
        <span className={`tag ${represented ? 'map-org__here' : 'map-org__absent'}`}>{represented ? m.represented : m.notRepresented}</span>
      </div>
      {editing ? (
        <form className="map-org__edit" onSubmit={(e) => void save(e)} aria-label={m.editLabel(name)}>
          <OrganisationFields draft={editing} onChange={setEditing} withRing={false} />
          <div className="button-row">
            <button type="submit" className="button button--small button--primary">
              {m.save}
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(null)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row map-org__actions">
          {MAP_RINGS.filter((r) => r !== organisation.ring).map((ring) => (
            <button key={ring} type="button" className="button button--small" aria-label={m.moveLabel(name, ring)} onClick={() => void move(ring)}>
              {m.moveTo(ring)}
            </button>
          ))}
          <button type="button" className="button button--small" aria-label={m.editLabel(name)} onClick={() => setEditing({ name, sector: organisation.sector, ring: organisation.ring ?? 'wider' })}>
            {m.edit}
          </button>
          <button type="button" className="button button--small button--danger" aria-label={m.removeLabel(name)} onClick={() => void remove()}>
            {m.remove}
          </button>
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}
