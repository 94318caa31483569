import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/** The formats the server renders the review report in. */
const FORMATS = ['docx', 'pdf', 'md'] as const;

/** The review report as files. Plain links: the browser downloads them with the member's cookie. */
export function ReviewDownloads({ idPrefix }: { idPrefix: string }) {
  const t = useT();
  const d = t.review.downloads;
  const { workshop } = useLiveWorkshop();
  const base = `/api/workshops/${encodeURIComponent(workshop.meta.id)}/review`;
  return (
    <section className="plan-downloads" aria-labelledby={`${idPrefix}-downloads-heading`}>
      <h3 id={`${idPrefix}-downloads-heading`}>{d.heading}</h3>
      <p className="field__hint">{d.intro}</p>
      <ul className="downloads">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={`${base}.${format}`} download aria-label={d.label(d[format])}>
              {d[format]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
