import { agreedWording, isAgreed, itemsOfBoard, sectorsOfItem, type Item } from '@roundtable/shared/board/board';
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { CardSectors } from './CardSectors';
import type { Board } from '@roundtable/shared/board/board';
import './board.css';

export interface AgreedListProps {
  board: Board;
  level?: 3 | 4 | 5;
  /** Controls beside each agreed item (a facilitator's "Unmark"). */
  actions?: (item: Item) => ReactNode;
}

/** [AGR1] What the room agreed on a board, in the agreed wording, with the sectors that raised each item. */
export function AgreedList({ board, level = 4, actions }: AgreedListProps) {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const headingId = useId();
  const Heading = `h${level}` as const;
  const agreed = itemsOfBoard(workshop, board.id).filter(isAgreed);
  return (
    <section className="agreed" aria-labelledby={headingId}>
      <Heading id={headingId}>{t.agreed.heading}</Heading>
      <p aria-live="polite">{t.agreed.count(agreed.length, board.agreeCount)}</p>
      {agreed.length === 0 ? (
        <p>{t.agreed.none}</p>
      ) : (
        <ol className="agreed__list">
          {agreed.map((item) => {
            const wording = agreedWording(item);
            return (
              <li key={item.id} className="agreed__item">
                <p className="agreed__wording">{wording}</p>
                {wording !== item.text && <p className="agreed__original">{t.agreed.originally(item.text)}</p>}
                <CardSectors sectors={sectorsOfItem(workshop, item)} raisedBy />
                {actions?.(item)}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
