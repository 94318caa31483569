import type { BoardKind } from '@roundtable/shared/board/board';
import type { ErrorCode } from '@roundtable/shared/protocol/errors';
import { boardMessagesEn } from './messages.board.en';
import { commandMessagesEn } from './messages.commands.en';
import { consoleMessagesEn } from './messages.console.en';
import { facilitateMessagesEn } from './messages.facilitate.en';
import { planMessagesEn } from './messages.plan.en';
import { messagesReviewEn } from './messages.review.en';
import { surveyMessagesEn } from './messages.survey.en';
import { healthCheckMessagesEn } from './messages.healthCheck.en';
import { partnershipMapMessagesEn } from './messages.partnershipMap.en';
import { wallMessagesEn } from './messages.wall.en';
import type { Sector } from '@roundtable/shared/members/sector';
import type { Role } from '@roundtable/shared/command/actor';

/**
 * Every piece of text the client shows. Another language is another object of type `Messages`
 * (e.g. messages.cy.ts), registered in t.ts; components never hold text of their own.
 */
export const messagesEn = {
  /** BCP 47 tag, for <html lang> and date formatting. */
  locale: 'en-GB',
  appName: 'Roundtable',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  goHome: 'Go to the Roundtable home page',
  notFound: 'There is no page at this address.',
  dismiss: 'Dismiss',
  cancel: 'Cancel',
  save: 'Save',
  edit: 'Edit',
  optional: '(optional)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the link and copy it yourself.',
  close: 'Close',
  maxChars: (n: number) => `Up to ${n} characters.`,

  home: {
    title: 'Roundtable',
    intro: 'Run the Partnership Improvement Programme live: council and third-sector colleagues, one room, shared boards.',
    runHeading: 'Run a workshop',
    runIntro: 'For facilitators. You will get a join code to show the room and a link for your co-facilitator.',
    workshopTitle: 'Workshop title',
    workshopTitleHint: 'For example “Darlington PIP 2026”.',
    area: 'Area',
    areaHint: 'The place the partnership covers, for example “Darlington”.',
    facilitatorName: 'Facilitator name',
    facilitatorNameHint: 'Your name, as the room will see it.',
    create: 'Create workshop',
    creating: 'Creating…',
    joinHeading: 'Join a workshop',
    joinIntro: 'Type the code shown in the room.',
    joinCode: 'Join code',
    joinCodeHint: 'Six letters and numbers, like ABC‑234.',
    yourName: 'Your name',
    organisation: 'Organisation',
    organisationHint: 'The organisation you work for or represent.',
    sector: 'Sector',
    join: 'Join',
    joining: 'Joining…',
    wrongCode: 'No workshop has that code. Check the code shown in the room; it may have been changed.',
    fixFields: 'Check the highlighted fields.',
    codeIncomplete: 'Enter the six-character code shown in the room, like ABC‑234.',
    nameRequired: 'Enter your name.',
    titleRequired: 'Enter a title for the workshop.',
    areaRequired: 'Enter the area the partnership covers.',
    sectorRequired: 'Choose the sector you work in.',
  },

  sectors: {
    local_authority: 'Local council',
    third_sector: 'Third sector – voluntary & community',
    other_public: 'Other public body (health, police, fire)',
    other: 'Other',
  } satisfies Record<Sector, string>,
  /** Short forms for badges and counts, where the full label would not fit. */
  sectorsShort: {
    local_authority: 'Council',
    third_sector: 'Third sector',
    other_public: 'Other public',
    other: 'Other',
  } satisfies Record<Sector, string>,
  noSector: 'No sector',

  roles: {
    facilitator: 'Facilitator',
    participant: 'Participant',
  } satisfies Record<Role, string>,

  boardKinds: {
    experiences: 'Experiences',
    drivers: 'Drivers',
    benefits: 'Benefits',
    difficulties: 'Difficult aspects',
    obstacles: 'Obstacles and barriers',
    profile: 'Partnership profile',
    objectives: 'Objectives',
    action_plan: 'Action plan',
    review: 'Review',
    key_learning: 'Key learning',
    feedback: 'Feedback survey',
    discussion: 'Discussion',
  } satisfies Record<BoardKind, string>,

  errors: {
    invalid_payload: 'Something in what was sent is not right.',
    unauthorized: 'You are not signed in to this workshop.',
    forbidden: 'Only a facilitator can do that.',
    not_found: 'That no longer exists; someone may have removed it.',
    conflict: 'Someone else changed this at the same time. Look again and retry.',
    wrong_phase: 'The board is at a step where that cannot be done.',
    locked: 'The facilitators have paused this board for a moment. Try again when it resumes.',
    limit_reached: 'A limit has been reached.',
    rate_limited: 'Too many attempts. Wait a minute and try again.',
    protocol_outdated: 'This page is out of date. Reload the page to carry on.',
    unavailable: 'Roundtable is busy or restarting. Try again in a moment.',
    read_only:
      'Part of this workshop’s record could not be read, so it is shown as far as it can be and nothing can be changed until it is repaired. Nothing you wrote has been removed.',
    internal: 'Something went wrong on our side. Try again; if it keeps happening, tell the facilitator.',
  } satisfies Record<ErrorCode, string>,
  readOnly: {
    facilitator:
      'Part of this workshop’s saved record could not be read. Everything that could be read is shown, but nothing can be changed until it is repaired: ask whoever runs your Roundtable server to run “npm run workshop:repair” for this workshop. Nothing anyone wrote has been deleted.',
    participant: 'This workshop can be viewed but not changed at the moment. The facilitators have been told; nothing you wrote has been lost.',
  },
  networkError: 'Could not reach Roundtable. Check your connection and try again.',
  unexpectedResponse: 'Roundtable sent an answer this page does not understand. Reload and try again.',

  commands: commandMessagesEn.commands,
  commandErrors: commandMessagesEn.commandErrors,
  commandRejected: (action: string) => `Not done: ${action}.`,
  commandErrorsLabel: 'Changes that were not made',

  connection: {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: 'Reconnecting…',
    offline: 'Offline',
    changesWaiting: (n: number) => (n === 1 ? '1 change waiting' : `${n} changes waiting`),
  },

  entry: {
    checking: 'Opening the workshop…',
    notMember: 'You are not in this workshop — ask for the join code.',
    badLink: 'This link does not work any more. Ask a facilitator for a new link, or join with the code.',
    removed: 'A facilitator removed you from this workshop.',
    outdated: 'Roundtable has been updated. Reload the page to carry on.',
    reload: 'Reload the page',
    tryAgain: 'Try again',
    closed: (code: number) => `The live connection was refused (code ${code}). Reload the page; if it happens again, ask a facilitator.`,
    notFound: 'This workshop does not exist any more.',
    tooLarge: 'The workshop could not be loaded: a message was too large. Reload the page.',
  },

  /** The console's views, the live view and its shortcuts. */
  liveView: consoleMessagesEn,

  console: {
    heading: 'Facilitator console',
    details: 'Workshop details',
    title: 'Workshop title',
    area: 'Area',
    saveDetails: 'Save details',
    editDetails: 'Edit workshop details',
  },

  joinCode: {
    heading: 'Join code',
    instructions: (url: string) => `Go to ${url} and enter the code`,
    qrLabel: (code: string) => `QR code that opens the join page with code ${code}`,
    rotate: 'Rotate code',
    rotateConfirm: 'Make a new join code? The current code will stop working for anyone who has not joined yet.',
    rotateYes: 'Yes, make a new code',
    showOnWall: 'Show on wall',
    wallClose: 'Close wall view',
  },

  links: {
    heading: 'Links',
    coFacilitator: 'Send this to your co-facilitator',
    coFacilitatorHint: 'Whoever opens this link becomes a facilitator of this workshop. Keep it private.',
    own: 'Your own link back to this console',
    copyCoFacilitator: 'Copy the co-facilitator link',
    copyOwn: 'Copy your own link',
    ownHint: 'Keep it private. Use it to come back from another browser or device.',
  },

  sessions: {
    heading: 'Sessions',
    sessionHeading: (n: number, title: string) => `Session ${n}: ${title}`,
    current: 'Current session',
    makeCurrent: 'Make current',
    title: (n: number) => `Title of session ${n}`,
    date: (n: number) => `Date of session ${n}`,
    agenda: (n: number) => `Agenda of session ${n}`,
    expand: (n: number, title: string) => `Session ${n}: ${title}`,
    saveSession: (n: number) => `Save session ${n}`,
    unscheduled: 'No date yet',
    none: 'No session has started yet.',
  },

  boards: {
    heading: 'Boards',
    none: 'No boards yet.',
    listLabel: (n: number) => `Boards of session ${n}`,
    kind: 'Kind of board',
    title: 'Board title',
    prompt: 'Question or prompt',
    newKind: 'Kind of the new board',
    newTitle: 'Title of the new board',
    newPrompt: 'Question or prompt for the new board',
    add: 'Add board',
    limit: (n: number) => `A session can have up to ${n} boards.`,
    addHeading: (n: number) => `Add a board to session ${n}`,
    saveBoard: 'Save board',
    editBoard: (title: string) => `Edit “${title}”`,
    moveUp: (title: string) => `Move “${title}” up`,
    moveDown: (title: string) => `Move “${title}” down`,
    removeShort: 'Remove',
    remove: (title: string) => `Remove “${title}”`,
    removeConfirm: (title: string) => `Remove the board “${title}”?`,
    removeYes: 'Yes, remove the board',
  },

  people: {
    heading: 'People',
    listLabel: 'People in this workshop',
    online: 'online',
    offline: 'offline',
    invited: 'invited: has not opened their link yet',
    presenceUnknown: 'not known: you are not connected',
    you: '(you)',
    bySector: 'Participants by sector',
    sectorCount: (total: number, online: number) => `${total} (${online} online)`,
    totalOnly: (total: number) => `${total} ${total === 1 ? 'participant' : 'participants'}`,
    total: (total: number, online: number) => `${total} ${total === 1 ? 'participant' : 'participants'}, ${online} online`,
    removeShort: 'Remove',
    remove: (name: string) => `Remove ${name}`,
    removeConfirm: (name: string) => `Remove ${name} from this workshop? Their link and cookie stop working.`,
    removeYes: 'Yes, remove',
    noOrganisation: 'No organisation given',
  },

  profile: {
    heading: 'You',
    edit: 'Edit your details',
    save: 'Save your details',
  },

  participant: {
    currentSession: 'Now',
    boardsHeading: 'Today’s boards',
    whoIsHere: 'Who is here',
    openBoard: (title: string) => `Open “${title}”`,
    allBoards: 'All boards of this session',
    broughtHere: (title: string) => `The facilitators brought everyone to “${title}”.`,
    noticesHeading: 'Messages for you',
    cardHidden: (excerpt: string) => `A facilitator hid your card “${excerpt}” from the board. Only you are told.`,
    dismissNotice: 'Dismiss this message',
  },

  ...boardMessagesEn,

  partnership: {
    heading: 'Partnership profile',
    intro: 'What the room has agreed so far, dimension by dimension. Items carry the sectors that raised them, never names.',
    downloadHeading: 'Download the profile',
    markdown: 'Text (Markdown)',
    docx: 'Word document',
    pdf: 'PDF',
    downloadLabel: (format: string) => `Download the partnership profile: ${format}`,
    none: 'Nothing agreed yet.',
  },

  ...facilitateMessagesEn,
  /** The action plan (session four): what everyone sees, what facilitators edit, and agreeing it. */
  plan: planMessagesEn,

  survey: surveyMessagesEn,
  healthCheck: healthCheckMessagesEn,
  partnershipMap: partnershipMapMessagesEn,

  /** The page a share link opens, for sponsors who were not in the room. */
  sponsor: {
    pageTitle: (title: string) => `${title}: action plan`,
    heading: 'Partnership Improvement Action Plan',
    readOnly: 'A read-only copy of the partnership’s action plan, shared with you by its facilitators.',
    loading: 'Opening the plan…',
    noLink: 'This page shows an action plan shared by a link. Open the link you were sent.',
    revoked: 'This link to the action plan does not work any more: it may have been revoked. Ask the facilitators for a new one.',
    tryAgain: 'Try again',
    notAgreed: 'This plan has not been agreed yet. Come back to this link once the partnership has agreed it.',
    area: (area: string) => `Area: ${area}`,
    version: (n: number, date: string) => `Version ${n}, agreed on ${date}`,
    organisations: 'Organisations taking part',
    noOrganisations: 'None recorded.',
    downloading: (format: string) => `Downloading the ${format}…`,
    downloadFailed: (format: string) => `The ${format} could not be downloaded.`,
  },

  review: messagesReviewEn,

  wall: wallMessagesEn,
};

export type Messages = typeof messagesEn;
