import type { CardSector } from '@roundtable/shared/board/board';
import { useT } from '../i18n/t';
import { SECTORS } from '@roundtable/shared/members/sector';
import '../people/SectorBadge.css';
import './board.css';

/**
 * The sectors a card speaks for, as text badges ("Council", "Third sector ×2", "The room"); colour only marks them.
 * With `raisedBy`, a visible "Raised by:" comes first (where the badges sit beside other sector figures).
 */
export function CardSectors({ sectors, raisedBy = false }: { sectors: readonly CardSector[]; raisedBy?: boolean }) {
  const t = useT();
  const order: CardSector[] = [...SECTORS, 'none'];
  const counted = order.map((sector) => ({ sector, n: sectors.filter((s) => s === sector).length })).filter((c) => c.n > 0);
  if (counted.length === 0) return null;
  const list = (
    <ul className="card-sectors" aria-label={raisedBy ? undefined : t.board.sectorsLabel}>
      {counted.map(({ sector, n }) => (
        <li key={sector} className="sector-badge">
          <span className={`sector-dot sector-dot--${sector}`} aria-hidden="true" />
          {sector === 'none' ? t.board.theRoom : t.sectorsShort[sector]}
          {n > 1 && ` ×${n}`}
        </li>
      ))}
    </ul>
  );
  if (!raisedBy) return list;
  return (
    <div className="card-sectors-row">
      <span className="card-sectors-row__label">{t.board.raisedBy}</span>
      {list}
    </div>
  );
}
