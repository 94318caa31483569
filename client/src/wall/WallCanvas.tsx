import 'tldraw/tldraw.css';
import { CARD_HEIGHT, CARD_WIDTH } from '@roundtable/shared/board/wallLayout';
import type { BoardId, MemberId } from '@roundtable/shared/ids/ids';
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';
import { createContext, memo, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Tldraw, useEditor, useValue, type Editor, type TLAnyShapeUtilConstructor, type TLComponents } from 'tldraw';
import { useT } from '../i18n/t';
import type { RemoteDrag } from '../live/dragPresence';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { buildWall, needsRefit, wallBounds, type WallBuild, type WallShapes } from './binding';
import { createDragPublisher } from './dragPublisher';
import { cardShapeUtilFor, ClusterFrameUtil, SECTOR_ORDER, SectorChip } from './shapes';
import { WallSync } from './wallSync';
import type { Board } from '@roundtable/shared/board/board';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import './WallCanvas.css';

/** tldraw's fonts, icons and translations, bundled by Vite and served from our own origin: never from tldraw's CDN. */
const ASSET_URLS = getAssetUrlsByImport();

/** Room left below the projector's canvas, in pixels (the page's own bottom padding). */
const BELOW_CANVAS = 16;
/** The projector's canvas is never made smaller than this, however much is above it. */
const MIN_CANVAS_HEIGHT = 320;

/**
 * [WALLV6] On a projector the canvas takes the rest of the screen below the page's controls, however many rows they
 * take: measured into --rt-wall-height, again whenever the page changes size.
 */
function useRestOfScreen(canvas: RefObject<HTMLElement | null>, on: boolean): void {
  useLayoutEffect(() => {
    const el = canvas.current;
    if (!on || !el) return;
    const size = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.setProperty('--rt-wall-height', `${Math.max(MIN_CANVAS_HEIGHT, Math.floor(window.innerHeight - top - BELOW_CANVAS))}px`);
    };
    size();
    const observer = new ResizeObserver(size);
    observer.observe(document.body);
    window.addEventListener('resize', size);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', size);
      el.style.removeProperty('--rt-wall-height');
    };
  }, [canvas, on]);
}

/** Room around the board when it is fitted to the screen, in screen pixels: more to arrange (room to drag), little on a projector. */
const FIT_INSET = { arrange: 24, wall: 8 } as const;

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

function fit(editor: Editor, shapes: WallShapes, mode: WallMode, animate: boolean): void {
  const bounds = wallBounds(shapes);
  if (!bounds) return;
  editor.zoomToBounds(bounds, { inset: FIT_INSET[mode], force: true, ...(animate ? { animation: { duration: 200 } } : {}) });
}

/**
 * The board's shapes for the workshop's state now, rebuilt only for the cards and clusters that changed since the last
 * call; the same map as before while nothing on the board changes.
 */
function createShapesCache(): (state: WorkshopState, boardId: BoardId) => WallShapes {
  let last: WallBuild | null = null;
  return (state, boardId) => {
    last = buildWall(state, boardId, last);
    return last.shapes;
  };
}

/** tldraw itself, apart from the page around it, so a doc change does not render it again. */
const Canvas = memo(function Canvas({ licenseKey, shapeUtils, onMount }: { licenseKey: string | null; shapeUtils: TLAnyShapeUtilConstructor[]; onMount: (editor: Editor) => void }) {
  return (
    <Tldraw licenseKey={licenseKey ?? undefined} assetUrls={ASSET_URLS} shapeUtils={shapeUtils} components={COMPONENTS} hideUi autoFocus={false} locale="en" onMount={onMount} />
  );
});

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
  const canvas = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [sync, setSync] = useState<WallSync | null>(null);
  const [ghosts, setGhosts] = useState<RemoteDrag[]>([]);
  const shapeUtils = useMemo(() => [cardShapeUtilFor(t), ClusterFrameUtil], [t]);
  const [shapesFor] = useState(createShapesCache);
  const shapes = useMemo(() => shapesFor(workshop, board.id), [shapesFor, workshop, board.id]);
  const latest = useRef(shapes);
  const readOnly = mode === 'wall' || !canArrange;
  useRestOfScreen(canvas, mode === 'wall');

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

  // Remote changes, live: only what changed is written, in one transaction with the camera's move, if any. The
  // projector's wall keeps the whole board in view: fitted again when the board outgrows the view or shrinks well
  // inside it, not for every card (a card added in view moves nothing).
  useEffect(() => {
    latest.current = shapes;
    if (!editor || !sync) return;
    editor.run(
      () => {
        sync.show(shapes);
        const bounds = mode === 'wall' ? wallBounds(shapes) : null;
        if (bounds && needsRefit(editor.getViewportPageBounds(), bounds)) fit(editor, shapes, mode, false);
      },
      { history: 'ignore' },
    );
  }, [editor, sync, shapes, mode]);
  // Arranging starts with the whole board in view, as does a new board or a new canvas.
  useEffect(() => {
    if (editor && sync) fit(editor, latest.current, mode, false);
  }, [editor, sync, board.id, mode]);
  useEffect(() => {
    if (!editor || mode !== 'wall') return;
    const refit = () => fit(editor, latest.current, mode, false);
    editor.on('resize', refit);
    return () => {
      editor.off('resize', refit);
    };
  }, [editor, mode]);

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
        <button type="button" className="button button--small" onClick={() => editor && fit(editor, shapes, mode, true)}>
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
      <div ref={canvas} className="rt-wall__canvas" role="region" aria-label={t.wall.canvasLabel(board.title)} aria-describedby={helpId}>
        <p id={helpId} className="visually-hidden">
          {t.wall.canvasHelp}
        </p>
        <GhostsContext.Provider value={named}>
          <Canvas licenseKey={licenseKey} shapeUtils={shapeUtils} onMount={setEditor} />
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
