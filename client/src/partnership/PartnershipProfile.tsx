import { agreedItemsOfKind, PROFILE_DIMENSIONS } from '@roundtable/shared/profile/profile';
import { CardSectors } from '../board/CardSectors';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import './partnership.css';

/** The exports the server renders from the workshop's current state, one link per format. */
const FORMATS = [
  { extension: 'md', label: 'markdown' },
  { extension: 'docx', label: 'docx' },
  { extension: 'pdf', label: 'pdf' },
] as const;

/**
 * The partnership profile so far: the four dimensions (drivers, benefits, difficult aspects, obstacles) with what
 * the room agreed on their boards and the sectors that raised each item, and the profile to download.
 */
export function PartnershipProfile() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const dimensions = PROFILE_DIMENSIONS.map((kind) => ({ kind, items: agreedItemsOfKind(workshop, kind) }));
  const base = `/api/workshops/${encodeURIComponent(workshop.meta.id)}/profile`;
  return (
    <section className="card partnership" aria-labelledby="partnership-heading">
      <h2 id="partnership-heading">{t.partnership.heading}</h2>
      <p>{t.partnership.intro}</p>
      <h3>{t.partnership.downloadHeading}</h3>
      <ul className="downloads">
        {FORMATS.map(({ extension, label }) => (
          <li key={extension}>
            <a href={`${base}.${extension}`} download aria-label={t.partnership.downloadLabel(t.partnership[label])}>
              {t.partnership[label]}
            </a>
          </li>
        ))}
      </ul>
      {dimensions.every((d) => d.items.length === 0) ? (
        <p className="partnership__none">{t.partnership.none}</p>
      ) : (
        dimensions.map(({ kind, items }) => (
          <section key={kind} className="partnership__dimension" aria-labelledby={`partnership-${kind}`}>
            <h3 id={`partnership-${kind}`}>{t.boardKinds[kind]}</h3>
            {items.length === 0 ? (
              <p className="partnership__none">{t.partnership.none}</p>
            ) : (
              <ul className="partnership__items">
                {items.map((item, i) => (
                  <li key={i}>
                    <span>{item.wording}</span>
                    <CardSectors sectors={item.sectors.length > 0 ? item.sectors : ['none']} raisedBy />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </section>
  );
}
