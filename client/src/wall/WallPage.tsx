import { GROUP } from '@roundtable/shared/board/phaseChecks';
import type { SessionId } from '@roundtable/shared/ids/ids';
import { lazy, Suspense, useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRestClient } from '../api/RestClientContext';
import { BoardView } from '../board/BoardView';
import { FacilitatorBoardBody } from '../console/FacilitatorBoardBody';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { ClusterPanel } from './ClusterPanel';
import { WallErrorBoundary } from './WallErrorBoundary';
import { wallAvailability, type WallUnavailable } from './wallAvailability';
import { FOLLOW_FOCUS, wallBoard, type WallMode } from './wallBoard';
import { boardsOfSession, focusedBoard } from '@roundtable/shared/board/board';
import './WallPage.css';

// tldraw loads only here, on a facilitator's wall: never in a participant's bundle.
const WallCanvas = lazy(() => import('./WallCanvas').then((m) => ({ default: m.WallCanvas })));

type View = 'canvas' | 'plain';

/** The licence key from the server's configuration; undefined while asking (a failed answer counts as no key). */
function useLicenseKey(): string | null | undefined {
  const rest = useRestClient();
  const [key, setKey] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void rest.clientConfig().then((result) => {
      if (live) setKey(result.ok ? result.data.tldrawLicenseKey : null);
    });
    return () => {
      live = false;
    };
  }, [rest]);
  return key;
}

/**
 * [WALLV6] The board wall, for facilitators (`/w/:workshopId/wall?board=…&mode=arrange|wall&view=canvas|plain`):
 * a heading, the plain board view one link away, the board and the mode to choose, then the canvas — or, where the
 * canvas cannot run, why not and the plain board view.
 */
export function WallPage() {
  const t = useT();
  const { workshop } = useLiveWorkshop();
  const [params, setParams] = useSearchParams();
  const mode: WallMode = params.get('mode') === 'wall' ? 'wall' : 'arrange';
  const view: View = params.get('view') === 'plain' ? 'plain' : 'canvas';
  const chosen = params.get('board');
  const board = wallBoard(workshop, chosen, mode);
  const licenseKey = useLicenseKey();
  const boardFieldId = useId();
  // The address changes in a transition; the chosen mode shows checked at once (a heavy board can take a moment).
  const [choosing, setChoosing] = useState<{ from: WallMode; to: WallMode } | null>(null);
  if (choosing && choosing.from !== mode) setChoosing(null);
  const shownMode = choosing?.to ?? mode;

  const sessionId = workshop.meta.currentSessionId as SessionId | null;
  const sessionBoards = sessionId ? boardsOfSession(workshop, sessionId) : [];
  const choices = board && !sessionBoards.some((b) => b.id === board.id) ? [...sessionBoards, board] : sessionBoards;
  const focused = focusedBoard(workshop);

  const hrefWith = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    return `?${next.toString()}`;
  };
  const change = (changes: Record<string, string>) => setParams(new URLSearchParams(hrefWith(changes).slice(1)));

  const plainView = (reason: WallUnavailable | null): ReactNode =>
    board && (
      <>
        {reason && (
          <div className="rt-unavailable" role="status">
            <p>{t.wall.unavailable[reason]}</p>
          </div>
        )}
        {mode === 'arrange' ? <FacilitatorBoardBody board={board} /> : <BoardView board={board} level={3} />}
      </>
    );

  let content: ReactNode;
  if (!board) {
    content = <p>{sessionBoards.length === 0 ? t.wall.noBoards : t.wall.followingNone}</p>;
  } else if (view === 'plain') {
    content = plainView(null);
  } else if (licenseKey === undefined) {
    content = <p role="status">{t.wall.checking}</p>;
  } else {
    const availability = wallAvailability(window.location, licenseKey);
    const canArrange = GROUP.includes(board.phase);
    content = !availability.ok ? (
      plainView(availability.reason)
    ) : (
      <WallErrorBoundary fallback={plainView('loadFailed')}>
        <Suspense fallback={<p role="status">{t.wall.checking}</p>}>
          <div className={mode === 'arrange' ? 'rt-arrange' : undefined}>
            <WallCanvas board={board} mode={mode} canArrange={canArrange} licenseKey={availability.licenseKey} />
            {mode === 'arrange' && (canArrange ? <ClusterPanel board={board} /> : <p className="rt-arrange__note">{t.wall.arrangeWhen(t.phases[board.phase])}</p>)}
          </div>
        </Suspense>
      </WallErrorBoundary>
    );
  }

  return (
    <div className={`wall-page wall-page--${mode}`}>
      <div className="wall-page__top">
        <h1>{board ? t.wall.heading(board.title) : t.wall.headingNoBoard}</h1>
        <nav aria-label={t.wall.views}>
          <ul className="wall-page__views">
            <li>
              <Link to={hrefWith({ view: 'plain' })} aria-current={view === 'plain' ? 'page' : undefined}>
                {t.wall.plainView}
              </Link>
            </li>
            <li>
              <Link to={hrefWith({ view: 'canvas' })} aria-current={view === 'canvas' ? 'page' : undefined}>
                {t.wall.canvasView}
              </Link>
            </li>
            <li>
              <Link to={`/w/${encodeURIComponent(workshop.meta.id)}`}>{t.wall.backToConsole}</Link>
            </li>
          </ul>
        </nav>
      </div>
      <div className="wall-page__controls">
        <div className="field">
          <label htmlFor={boardFieldId}>{t.wall.board}</label>
          <select id={boardFieldId} value={!chosen || chosen === FOLLOW_FOCUS ? FOLLOW_FOCUS : chosen} onChange={(e) => change({ board: e.target.value })}>
            <option value={FOLLOW_FOCUS}>{focused ? t.wall.followFocus(focused.title) : t.wall.followFocusNone}</option>
            {choices.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field rt-modes">
          <legend>{t.wall.modes}</legend>
          <div className="radio-list radio-list--inline">
            {(['arrange', 'wall'] as const).map((m) => (
              <label key={m} className="radio">
                <input
                  type="radio"
                  name="wall-mode"
                  value={m}
                  checked={shownMode === m}
                  onChange={() => {
                    setChoosing({ from: mode, to: m });
                    change({ mode: m });
                  }}
                />
                {m === 'arrange' ? t.wall.arrange : t.wall.wall}
              </label>
            ))}
          </div>
          <p className="field__hint">{mode === 'arrange' ? t.wall.arrangeHint : t.wall.wallHint}</p>
        </fieldset>
      </div>
      {content}
    </div>
  );
}
