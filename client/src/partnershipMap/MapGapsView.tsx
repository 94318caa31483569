import type { MapGaps } from '@roundtable/shared/partnershipMap/partnershipMapGaps';
import { useT } from '../i18n/t';

/** [MAP6] The map's gaps in words: sectors nobody in the room speaks for, unrepresented lead and core partners, plan leads off the map. */
export function MapGapsView({ gaps }: { gaps: MapGaps }) {
  const t = useT();
  const m = t.partnershipMap;
  const none = gaps.sectorsMissing.length === 0 && gaps.centreNotRepresented.length === 0 && gaps.planLeadsOffMap.length === 0;
  return (
    <section className="map-gaps" aria-labelledby="map-gaps-heading">
      <h3 id="map-gaps-heading">{m.gapsHeading}</h3>
      {none && <p>{m.noGaps}</p>}
      {gaps.sectorsMissing.length > 0 && (
        <>
          <h4>{m.sectorsMissing}</h4>
          <ul className="map-gaps__list">
            {gaps.sectorsMissing.map((s) => (
              <li key={s}>{t.sectors[s]}</li>
            ))}
          </ul>
        </>
      )}
      {gaps.centreNotRepresented.length > 0 && (
        <>
          <h4>{m.centreNotRepresented}</h4>
          <ul className="map-gaps__list">
            {gaps.centreNotRepresented.map((o) => (
              <li key={o.id}>
                {o.name} ({m.ringOption[o.ring!]})
              </li>
            ))}
          </ul>
        </>
      )}
      {gaps.planLeadsOffMap.length > 0 && (
        <>
          <h4>{m.planLeadsOffMap}</h4>
          <ul className="map-gaps__list">
            {gaps.planLeadsOffMap.map((l) => (
              <li key={`${l.actionId}-${l.slot}`}>{m.planLeadOffMap(l.name, l.organisation, l.actionText)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
