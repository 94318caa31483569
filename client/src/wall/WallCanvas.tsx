import 'tldraw/tldraw.css';
import { CARD_HEIGHT, CARD_WIDTH } from '@roundtable/shared/board/wallLayout';
import type { MemberId } from '@roundtable/shared/ids/ids';
import type { Board } from '@roundtable/shared/workshop/workshop';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createContext, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Tldraw, useEditor, useValue, type Editor, type TLComponents } from 'tldraw';
import { useT } from '../i18n/t';
import type { RemoteDrag } from '../live/dragPresence';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { wallBounds, wallShapes, type WallShapes } from './binding';
import { createDragPublisher } from './dragPublisher';
import { cardShapeUtilFor, ClusterFrameUtil, SECTOR_ORDER, SectorChip } from './shapes';
import { WallSync } from './wallSync';

/** tldraw's fonts, icons and translations, bundled by Vite and served from our own origin: never from tldraw's CDN. */
const ASSET_URLS = getAssetUrlsByImport();

/** Room around the board when it is fitted to the screen, in screen pixels. */
const FIT_INSET = 24;

export type WallMode = 'arrange' | 'wall';

/** Other facilitators' drags in progress on this board, with their names. */
const GhostsContext = createContext<{ drag: RemoteDrag; name: string }[]>([]);

/** [WALLV2] An outline where another facilitator is dragging a card right now (never committed, so only drawn). */
function DragGhosts() {
  const editor = useEditor();
  const t = useT();
  const ghosts = useContext(GhostsContext);
  // Redrawn as the camera moves: the outlines are in screen space, over the shapes.
  const zoom = useValue('zoom', () => editor.getCamera().z, [editor]);
  useValue('camera', () => editor.getCamera(), [editor]);
  return (
    <>
      {ghosts.map(({ drag, name }) => {
        const at = editor.pageToViewport({ x: drag.x, y: drag.y });
        return (
          <div
            key={`${drag.memberId}-${drag.cardId}`}
            className="rt-ghost"
            data-testid="drag-ghost"
            style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: CARD_WIDTH * zoom, height: CARD_HEIGHT * zoom }}
          >
            <span className="rt-ghost__who">{t.wall.movingBy(name)}</span>
          </div>
        );
      })}
    </>
  );
}

/** tldraw failed while running: say so, with the way to the plain board view. */
function CanvasFailed() {
  const t = useT();
  const [params] = useSearchParams();
  const plain = new URLSearchParams(params);
  plain.set('view', 'plain');
  return (
    <div className="rt-unavailable" role="alert">
      <p>{t.wall.unavailable.loadFailed}</p>
      <p>
        <Link to={`?${plain.toString()}`}>{t.wall.plainView}</Link>
      </p>
    </div>
  );
}

const COMPONENTS: TLComponents = { InFrontOfTheCanvas: DragGhosts, ErrorFallback: CanvasFailed };

export interface WallCanvasProps {
  board: Board;
  mode: WallMode;
  /** Arranging is allowed (a facilitator, at reveal or group); otherwise the canvas only shows. */
  canArrange: boolean;
  licenseKey: string | null;
}

function fit(editor: Editor, shapes: WallShapes, animate: boolean): void {
  const bounds = wallBounds(shapes);
  if (!bounds) return;
  editor.zoomToBounds(bounds, { inset: FIT_INSET, force: true, ...(animate ? { animation: { duration: 200 } } : {}) });
}

/**
 * [WALLV1][WALLV6] The board wall: a tldraw canvas showing one board of the doc. In arrange mode facilitators drag
 * cards and frames (each drop is a command); in wall mode it is read-only, fitted to the screen, in large type, with
 * none of tldraw's own controls.
 */
export function WallCanvas({ board, mode, canArrange, licenseKey }: WallCanvasProps) {
  const t = useT();
  const { workshop, submit, dragPresence } = useLiveWorkshop();
  const helpId = useId();
  const outer = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [sync, setSync] = useState<WallSync | null>(null);
  const [ghosts, setGhosts] = useState<RemoteDrag[]>([]);
  const shapeUtils = useMemo(() => [cardShapeUtilFor(t), ClusterFrameUtil], [t]);
  const shapes = useMemo(() => wallShapes(workshop, board.id), [workshop, board.id]);
  const readOnly = mode === 'wall' || !canArrange;

  useEffect(() => {
    if (!editor) return;
    editor.updateInstanceState({ isReadonly: readOnly });
    editor.setCameraOptions({ isLocked: mode === 'wall' });
    if (readOnly) editor.selectNone();
    const publisher = createDragPublisher((drag) => dragPresence.publish(drag));
    const next = new WallSync(editor, {
      readOnly,
      send: async (command) => (await submit(command.name, command.input)).ok,
      onDrag: (drag) => (drag ? publisher.move({ boardId: board.id, ...drag }) : publisher.end()),
    });
    setSync(next);
    return () => {
      next.dispose();
      publisher.end();
      setSync(null);
    };
  }, [editor, readOnly, mode, board.id, dragPresence, submit]);

  // Remote changes, live: only what changed is written.
  useEffect(() => {
    sync?.show(shapes);
  }, [sync, shapes]);

  // The projector's wall keeps the whole board in view; arranging starts with it in view.
  useEffect(() => {
    if (editor && sync && mode === 'wall') fit(editor, shapes, true);
  }, [editor, sync, shapes, mode]);
  useEffect(() => {
    if (!editor || !sync) return;
    fit(editor, wallShapes(workshop, board.id), false);
    // Only when the canvas or the board changes, not on every doc change (`workshop` is read, not a dependency).
  }, [editor, sync, board.id]);
  useEffect(() => {
    if (!editor || mode !== 'wall') return;
    const refit = () => fit(editor, wallShapes(workshop, board.id), false);
    editor.on('resize', refit);
    return () => {
      editor.off('resize', refit);
    };
  }, [editor, mode, workshop, board.id]);

  useEffect(() => {
    const update = () => setGhosts(dragPresence.current().filter((d) => d.boardId === board.id));
    const unsubscribe = dragPresence.subscribe(update);
    update();
    return unsubscribe;
  }, [dragPresence, board.id]);
  const named = useMemo(() => ghosts.map((drag) => ({ drag, name: workshop.members[drag.memberId as MemberId]?.name ?? t.wall.someone })), [ghosts, workshop.members, t]);

  return (
    <div ref={outer} className={mode === 'wall' ? 'rt-wall rt-wall--projector' : 'rt-wall'}>
      <div className="rt-wall__tools" role="group" aria-label={t.wall.canvasTools}>
        <button type="button" className="button button--small" onClick={() => editor && fit(editor, shapes, true)}>
          {t.wall.fitToScreen}
        </button>
        {mode === 'arrange' && (
          <>
            <button type="button" className="button button--small" onClick={() => editor?.zoomIn(undefined, { animation: { duration: 150 } })}>
              {t.wall.zoomIn}
            </button>
            <button type="button" className="button button--small" onClick={() => editor?.zoomOut(undefined, { animation: { duration: 150 } })}>
              {t.wall.zoomOut}
            </button>
          </>
        )}
        {document.fullscreenEnabled && (
          <button type="button" className="button button--small" onClick={() => void outer.current?.requestFullscreen().catch(() => undefined)}>
            {t.wall.fullScreen}
          </button>
        )}
      </div>
      <div className="rt-wall__canvas" role="region" aria-label={t.wall.canvasLabel(board.title)} aria-describedby={helpId}>
        <p id={helpId} className="visually-hidden">
          {t.wall.canvasHelp}
        </p>
        <GhostsContext.Provider value={named}>
          <Tldraw
            licenseKey={licenseKey ?? undefined}
            assetUrls={ASSET_URLS}
            shapeUtils={shapeUtils}
            components={COMPONENTS}
            hideUi
            autoFocus={false}
            locale="en"
            onMount={setEditor}
          />
        </GhostsContext.Provider>
      </div>
      <SectorKey />
    </div>
  );
}

/** [WALLV6] The key to the cards' sector letters and colours, in words. */
export function SectorKey() {
  const t = useT();
  return (
    <div className="rt-key">
      <p className="rt-key__title">{t.wall.legend}</p>
      <ul className="rt-key__list">
        {SECTOR_ORDER.map((sector) => (
          <li key={sector}>
            <SectorChip sector={sector} />
            <span>
              <span className="visually-hidden">{t.wall.sectorInitials[sector]}: </span>
              {sector === 'none' ? t.board.theRoom : t.sectorsShort[sector]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
