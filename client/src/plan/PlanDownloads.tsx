import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import './plan.css';

/** The formats the server renders the plan in, one link each. */
const FORMATS = ['docx', 'pdf', 'md', 'csv'] as const;

/**
 * The plan as files: the current text (marked DRAFT until it is agreed), or one agreed version. Plain links: the
 * browser downloads them with the member's cookie.
 */
export function PlanDownloads({ version, draft = false }: { version?: number; draft?: boolean }) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const d = t.plan.downloads;
  const base = `/api/workshops/${encodeURIComponent(workshop.meta.id)}/plan`;
  const query = version === undefined ? '' : `?version=${version}`;
  const label = (format: string) => (version !== undefined ? d.versionLabel(version, format) : draft ? d.draftLabel(format) : d.label(format));
  const links = (
    <ul className="downloads">
      {FORMATS.map((format) => (
        <li key={format}>
          <a href={`${base}.${format}${query}`} download aria-label={label(d[format])}>
            {d[format]}
          </a>
        </li>
      ))}
    </ul>
  );
  if (version !== undefined) return links;
  return (
    <section className="plan-downloads" aria-labelledby="plan-downloads-heading">
      <h3 id="plan-downloads-heading">
        {d.heading} {draft && <span className="tag tag--draft">{d.draftTag}</span>}
      </h3>
      {draft && <p className="plan-downloads__draft">{d.draftNote}</p>}
      {links}
    </section>
  );
}
