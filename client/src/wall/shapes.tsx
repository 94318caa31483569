import type { CardSector } from '@roundtable/shared/board/board';
import { FRAME_HEADER } from '@roundtable/shared/board/wallLayout';
import { FrameShapeUtil, HTMLContainer, Rectangle2d, ShapeUtil, T, type TLFrameShape, type TLShape } from 'tldraw';
import { useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/t';
import type { Messages } from '../i18n/messages.en';
import { CARD_SHAPE_TYPE, type CardShapeProps } from './binding';
import { fitCardTexts, watchCardText } from './cardTextFit';
import { SECTORS } from '@roundtable/shared/members/sector';
import './shapes.css';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [CARD_SHAPE_TYPE]: CardShapeProps;
  }
}

export type CardShape = TLShape<typeof CARD_SHAPE_TYPE>;

/** The order sectors are listed in, on cards and in the key. */
export const SECTOR_ORDER: readonly CardSector[] = [...SECTORS, 'none'];

/** Each sector once, in the key's order, with how many of the card's contributions came from it. */
export function sectorCounts(sectors: readonly CardSector[]): { sector: CardSector; n: number }[] {
  return SECTOR_ORDER.map((sector) => ({ sector, n: sectors.filter((s) => s === sector).length })).filter((c) => c.n > 0);
}

function sectorNames(t: Messages, sectors: readonly CardSector[]): string {
  return sectorCounts(sectors)
    .map(({ sector }) => (sector === 'none' ? t.board.theRoom : t.sectorsShort[sector]))
    .join(', ');
}

/** A sector's colour chip with its letter (the key beside the canvas spells the letters out). */
export function SectorChip({ sector, count = 1 }: { sector: CardSector; count?: number }) {
  const t = useT();
  return (
    <span className={`rt-chip rt-chip--${sector}`} aria-hidden="true">
      {t.wall.sectorInitials[sector]}
      {count > 1 && <small>×{count}</small>}
    </span>
  );
}

/** A card's text, in the largest type at which all of it shows (cardTextSize.ts). */
function CardText({ text }: { text: string }) {
  const box = useRef<HTMLDivElement>(null);
  const paragraph = useRef<HTMLParagraphElement>(null);
  const fitted = useRef(text);
  useLayoutEffect(() => (box.current && paragraph.current ? watchCardText(box.current, paragraph.current) : undefined), []);
  // A new card is fitted with the others as it appears; a card whose text changes, at once.
  useLayoutEffect(() => {
    if (fitted.current === text || !box.current) return;
    fitted.current = text;
    fitCardTexts([box.current]);
  }, [text]);
  return (
    <div ref={box} className="rt-card__body">
      <p ref={paragraph} className="rt-card__text">
        {text}
      </p>
    </div>
  );
}

function CardBody({ shape }: { shape: CardShape }) {
  const t = useT();
  const { text, sectors, merged, votes, agreed, hidden } = shape.props;
  const first = sectors[0] ?? 'none';
  return (
    <div className={`rt-card rt-card--${first}${agreed ? ' rt-card--agreed' : ''}${hidden ? ' rt-card--hidden' : ''}`}>
      <CardText text={hidden ? t.wall.hiddenCard : text} />
      <div className="rt-card__facts">
        {sectorCounts(sectors).map(({ sector, n }) => (
          <SectorChip key={sector} sector={sector} count={n} />
        ))}
        {merged > 0 && <span className="rt-card__merged">{t.wall.merged(merged)}</span>}
        {votes !== null && <span className="rt-card__dots">{t.wall.dots(votes)}</span>}
        {agreed && <span className="rt-card__agreed">✓ {t.wall.agreed}</span>}
      </div>
    </div>
  );
}

/**
 * A card on the wall: its text, its sectors as coloured chips with letters, merged texts counted, dots once results
 * are out, and an agreed mark. Only moved, never resized, rotated or edited on the canvas: its text is the doc's.
 */
export class CardShapeUtil extends ShapeUtil<CardShape> {
  static override type = CARD_SHAPE_TYPE;
  static override props = {
    w: T.number,
    h: T.number,
    text: T.string,
    sectors: T.arrayOf(T.literalEnum(...SECTOR_ORDER)),
    merged: T.number,
    votes: T.number.nullable(),
    agreed: T.boolean,
    hidden: T.boolean,
  };

  override getDefaultProps(): CardShapeProps {
    return { w: 200, h: 120, text: '', sectors: [], merged: 0, votes: null, agreed: false, hidden: false };
  }

  override getGeometry(shape: CardShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
  }

  override canResize() {
    return false;
  }
  override hideResizeHandles() {
    return true;
  }
  override hideRotateHandle() {
    return true;
  }
  override canEdit() {
    return false;
  }
  override canBind() {
    return false;
  }

  override getText(shape: CardShape) {
    return shape.props.hidden ? '' : shape.props.text;
  }

  override component(shape: CardShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h, pointerEvents: 'all' }}>
        <CardBody shape={shape} />
      </HTMLContainer>
    );
  }

  override getIndicatorPath(shape: CardShape) {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, 6);
    return path;
  }
}

/** The card shape, speaking the catalogue's language to screen readers (tldraw announces a selected shape's descriptor). */
export function cardShapeUtilFor(t: Messages): typeof CardShapeUtil {
  return class extends CardShapeUtil {
    override getAriaDescriptor(shape: CardShape) {
      return t.wall.cardDescription(shape.props.hidden ? t.wall.hiddenCard : shape.props.text, sectorNames(t, shape.props.sectors));
    }
  };
}

/** A cluster's name, large, in the frame's own header band, with its dots and agreed mark. */
function FrameLabel({ shape }: { shape: TLFrameShape }) {
  const t = useT();
  const votes = typeof shape.meta.votes === 'number' ? shape.meta.votes : null;
  const agreed = shape.meta.agreed === true;
  return (
    <HTMLContainer style={{ width: shape.props.w, height: FRAME_HEADER }}>
      <div className="rt-frame-label">
        <span className="rt-frame-label__name">{shape.props.name}</span>
        {votes !== null && <span className="rt-card__dots">{t.wall.dots(votes)}</span>}
        {agreed && <span className="rt-card__agreed">✓ {t.wall.agreed}</span>}
      </div>
    </HTMLContainer>
  );
}

/**
 * Clusters are tldraw's frames, moved and resized by dragging; their name is the cluster's (renamed in the side
 * panel, not on the canvas) and shows large inside the frame, for a projector. Double-clicking an edge does not
 * refit the frame (that would move cards behind the workshop's back).
 */
export class ClusterFrameUtil extends FrameShapeUtil {
  override canEdit() {
    return false;
  }
  override hideRotateHandle() {
    return true;
  }
  override onDoubleClickEdge() {
    return undefined;
  }
  override onDoubleClickCorner(shape: TLFrameShape) {
    return { id: shape.id, type: 'frame' as const };
  }
  override component(shape: TLFrameShape) {
    return (
      <>
        {super.component(shape)}
        <FrameLabel shape={shape} />
      </>
    );
  }
}
