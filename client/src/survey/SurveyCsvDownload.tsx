import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';

/** The results as a CSV file: a plain link, downloaded with the member's cookie (like the plan's files). */
export function SurveyCsvDownload() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  return (
    <ul className="downloads">
      <li>
        <a href={`/api/workshops/${encodeURIComponent(workshop.meta.id)}/survey.csv`} download aria-label={t.survey.downloadCsvLabel}>
          {t.survey.downloadCsv}
        </a>
      </li>
    </ul>
  );
}
