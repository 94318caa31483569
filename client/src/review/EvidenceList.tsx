import type { Evidence } from '@roundtable/shared/review/progress';
import { useT } from '../i18n/t';
import { safeHref } from './safeLink';
import './review.css';

/**
 * A report's evidence: a sentence, a link or both (REV6). A piece with an http or https address links to it (by its
 * sentence, else the address), in a new tab that cannot reach back into this page (`noopener`) nor learn where it came
 * from (`noreferrer`); any other address is shown as plain text, never as a link.
 */
export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  const t = useT();
  if (evidence.length === 0) return null;
  return (
    <div className="progress-evidence">
      <p className="progress-evidence__heading">{t.review.evidenceHeading}</p>
      <ul className="progress-evidence__list">
        {evidence.map((item, i) => {
          const href = safeHref(item.url);
          return (
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {item.text || href} <span className="visually-hidden">{t.review.opensNewTab}</span>
                </a>
              ) : (
                <>
                  {item.text}
                  {item.url && <span className="progress-evidence__url"> {item.url}</span>}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
