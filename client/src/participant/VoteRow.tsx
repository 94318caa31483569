import { shortText } from '../board/boardColumns';
import { useT } from '../i18n/t';
import './participant.css';

export interface VoteRowProps {
  text: string;
  kind: 'cluster' | 'card';
  /** The group a card sits in, on a board voting on cards (VOTE7). */
  group?: string | undefined;
  mine: number;
  canAdd: boolean;
  canTake: boolean;
  onAdd(): void;
  onTake(): void;
}

/**
 * One item to vote on. The buttons are named for the item ("Add a dot to …") and are aria-disabled rather than
 * disabled when they cannot act, so focus stays on them as dots run out.
 */
export function VoteRow({ text, kind, group, mine, canAdd, canTake, onAdd, onTake }: VoteRowProps) {
  const t = useT();
  const label = shortText(text, 80);
  return (
    <div className={`vote-row vote-row--${kind}`}>
      <p className="vote-row__text">
        {kind === 'cluster' && <span className="tag">{t.vote.cluster}</span>} {text}
        {group !== undefined && <span className="vote-row__group">{t.vote.inGroup(group)}</span>}
      </p>
      <div className="vote-row__controls">
        <button type="button" className="button vote-row__button" aria-label={t.vote.take(label)} aria-disabled={!canTake} onClick={onTake}>
          <span aria-hidden="true">−</span>
        </button>
        <span className="vote-row__mine">
          <span className="vote-row__dots" aria-hidden="true">
            {'●'.repeat(mine)}
          </span>
          {t.vote.yours(mine)}
        </span>
        <button type="button" className="button vote-row__button" aria-label={t.vote.add(label)} aria-disabled={!canAdd} onClick={onAdd}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}
