import { useT } from '../i18n/t';
import type { Sector } from '@roundtable/shared/members/sector';
import './SectorBadge.css';

/**
 * A sector's coloured dot with its short label. Colour is never the only signal: the label is always there,
 * except in the `decorative` form, which sits next to the full label and is hidden from screen readers.
 */
export function SectorBadge({ sector, decorative = false }: { sector: Sector | null; decorative?: boolean }) {
  const t = useT();
  const dot = <span className={`sector-dot sector-dot--${sector ?? 'none'}`} aria-hidden="true" />;
  if (decorative) return dot;
  return (
    <span className="sector-badge">
      {dot}
      {sector ? t.sectorsShort[sector] : t.noSector}
    </span>
  );
}
