import type { Sector } from '@roundtable/shared/workshop/sector';
import { useT } from '../i18n/t';

/**
 * A small coloured mark for a sector. Colour is never the only signal: either the badge carries the
 * short label itself, or (`decorative`) it sits next to the full label and is hidden from screen readers.
 */
export function SectorBadge({ sector, decorative = false }: { sector: Sector | null; decorative?: boolean }) {
  const t = useT();
  const className = `sector-badge sector-badge--${sector ?? 'none'}`;
  if (decorative) return <span className={`${className} sector-badge--dot`} aria-hidden="true" />;
  return <span className={className}>{sector ? t.sectorsShort[sector] : t.noSector}</span>;
}
