import type { CardSector } from '@roundtable/shared/board/board';

/** The board wall's text: the page, its two modes, the canvas's cards and frames, and why it may not run (plugged into messagesEn). */
export const wallMessagesEn = {
  pageTitle: (board: string) => `Wall: ${board}`,
  heading: (board: string) => `The wall: ${board}`,
  headingNoBoard: 'The wall',
  openWall: 'Open the wall',
  openWallFor: (board: string) => `Open the wall for ${board}`,
  backToConsole: 'Back to the console',
  views: 'Views',
  plainView: 'Plain board view',
  canvasView: 'Canvas',
  noBoards: 'The current session has no boards yet.',

  board: 'Board',
  followFocus: (board: string) => `Follow the board everyone is on (now: ${board})`,
  followFocusNone: 'Follow the board everyone is on (none now)',
  followingNone: 'Everyone is free to browse: nobody is brought to an open board of this session. Choose a board, or bring everyone to one from the console.',

  modes: 'Mode',
  arrange: 'Arrange',
  arrangeHint: 'Drag cards into clusters and move or resize the clusters. Every move is saved when you drop it; the plain board view does the same by keyboard.',
  wall: 'Wall (projector)',
  arrangeWhen: (phase: string) => `Cards are arranged at the reveal and group steps. This board is at “${phase}”, so the canvas only shows it.`,
  wallHint: 'Read-only, fitted to the screen, large type. It follows the board you chose, or the board everyone is on.',

  canvasLabel: (board: string) => `Wall of ${board}: cards in clusters`,
  canvasHelp: 'A canvas for pointer and touch. With a keyboard or screen reader, use the plain board view: it has every card and cluster, and moves them the same way.',
  canvasTools: 'Canvas view',
  fitToScreen: 'Fit to screen',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  tidy: 'Tidy the board',
  tidyHint: 'Lays every cluster and card out afresh so nothing overlaps. Undo puts them back.',

  legend: 'Key to sectors',
  /** Letters on every card, so a sector is never told by colour alone. */
  sectorInitials: {
    local_authority: 'C',
    third_sector: 'T',
    other_public: 'P',
    other: 'O',
    none: 'R',
  } satisfies Record<CardSector, string>,
  hiddenCard: 'Hidden by a facilitator',
  merged: (n: number) => (n === 1 ? '+1 merged' : `+${n} merged`),
  dots: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
  agreed: 'Agreed',
  cardDescription: (text: string, sectors: string) => `Card: ${text}. Raised by ${sectors}.`,
  movingBy: (name: string) => `${name} is moving this`,
  someone: 'Another facilitator',

  clusters: 'Clusters',
  noClusters: 'No clusters yet.',
  mergeInto: 'Merge into',
  mergeLabel: (name: string) => `Merge “${name}” into another cluster`,
  mergeChoose: 'Choose a cluster',
  merge: 'Merge',
  merging: (from: string, into: string) => `Moving the cards of “${from}” into “${into}”…`,
  mergeDone: (from: string, into: string) => `“${from}” was merged into “${into}”.`,

  unavailable: {
    noLicence:
      'The wall cannot run at this address: tldraw, which draws it, needs a licence key when the site is served over https (set TLDRAW_LICENSE_KEY on the server). Everything the wall does can be done in the plain board view below.',
    loadFailed: 'The wall could not be loaded on this device. Everything the wall does can be done in the plain board view below.',
  },
  checking: 'Opening the wall…',
};
