import type { BoardPhase, ResultGroup, BoardKind, VoteLevel } from '@roundtable/shared/board/board';
import type { ErrorCode } from '@roundtable/shared/protocol/errors';
import { commandMessagesEn } from './messages.commands.en';
import { consoleMessagesEn } from './messages.console.en';
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

  /** A board's steps, as the stepper and every phase label name them. */
  phases: {
    draft: 'Draft',
    contribute: 'Contribute',
    reveal: 'Reveal',
    group: 'Group',
    vote: 'Vote',
    results: 'Results',
    agree: 'Agree',
    closed: 'Closed',
  } satisfies Record<BoardPhase, string>,
  /** What a participant is asked to do at each step. */
  phaseHelp: {
    draft: 'The facilitators are preparing this board.',
    contribute: 'Add your cards.',
    reveal: 'Everyone’s cards are on the board.',
    group: 'The facilitators are grouping similar cards together.',
    vote: 'Place your dots on the items that matter most.',
    results: 'The dots are counted.',
    agree: 'The room is agreeing the main items and their wording.',
    closed: 'This board is closed.',
  } satisfies Record<BoardPhase, string>,
  resultGroups: {
    local_authority: 'Council',
    third_sector: 'Third sector',
    other: 'Other',
  } satisfies Record<ResultGroup, string>,

  board: {
    step: 'Step:',
    locked: 'Paused: the facilitators have paused this board for a moment.',
    columnsLabel: (title: string) => `Cards on “${title}”`,
    loose: 'Not in a cluster',
    allCards: 'Cards',
    clusterCards: (n: number) => (n === 1 ? '1 card' : `${n} cards`),
    /** A cluster's region, named apart from the page's own regions (a cluster may be called "People"). */
    clusterRegion: (name: string) => `Cluster: ${name}`,
    noCards: 'No cards on the board yet.',
    theRoom: 'The room',
    sectorsLabel: 'From',
    raisedBy: 'Raised by:',
    hidden: 'Hidden by a facilitator.',
    alsoSaid: 'Merged with:',
    by: (names: string) => `By ${names}`,
    dots: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
    agreed: 'Agreed',
    agreedAs: (wording: string) => `Agreed as “${wording}”`,
    yours: 'Yours',
    boardHeading: 'The board',
    privateUntilReveal: 'Cards stay private until the facilitators reveal them.',
    youCanGroup: 'You can move your own cards into clusters.',
  },

  cardCounts: {
    heading: 'Cards by sector',
    total: (n: number) => (n === 1 ? '1 card so far' : `${n} cards so far`),
  },

  timer: {
    label: 'Time left',
    done: 'Time is up',
    minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
    seconds: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
    started: (spoken: string) => `Countdown started: ${spoken}.`,
    oneMinute: 'One minute left.',
    tenSeconds: 'Ten seconds left.',
    doneAnnouncement: 'Time is up.',
  },

  cards: {
    addHeading: 'Add a card',
    yourCard: 'Your card',
    count: (n: number, max: number) => `${n} / ${max} characters`,
    charsLeft: (n: number) => (n === 1 ? '1 character left' : `${n} characters left`),
    add: 'Add card',
    added: 'Card added.',
    mineHeading: 'Your cards',
    privateNote: 'Only you can see these until reveal.',
    none: 'You have not added a card to this board yet.',
    edit: (text: string) => `Edit your card “${text}”`,
    editField: 'Change the card',
    saveCard: 'Save card',
    deleteShort: 'Delete',
    delete: (text: string) => `Delete your card “${text}”`,
    deleteConfirm: 'Delete this card?',
    deleteYes: 'Yes, delete it',
    empty: 'Write something on the card first.',
  },

  vote: {
    /** [VOTE7] What the board votes on, as its heading says it. */
    level: { clusters: 'Vote on the clusters', cards: 'Vote on the cards' } satisfies Record<VoteLevel, string>,
    levelHint: {
      clusters: 'Each cluster of cards is one item, and so is a card outside every cluster. Your dots go on those, not on the cards inside a cluster.',
      cards: 'Each card is one item.',
    } satisfies Record<VoteLevel, string>,
    /** The cards of a group, listed under it to read (they take no dots of their own). */
    groupCards: (name: string) => `Cards in “${name}”`,
    /** Where a card sits, on a board voting on cards. */
    inGroup: (name: string) => `In “${name}”`,
    dotsLeft: (left: number, total: number) => `${left} of ${total} dots left`,
    perItem: (n: number) => (n === 1 ? 'At most 1 dot on one item.' : `At most ${n} dots on one item.`),
    add: (text: string) => `Add a dot to “${text}”`,
    take: (text: string) => `Take a dot back from “${text}”`,
    yours: (n: number) => (n === 1 ? 'Your dots: 1' : `Your dots: ${n}`),
    cluster: 'Cluster',
    nothing: 'There is nothing to vote on yet.',
  },

  results: {
    heading: 'Results',
    caption: (title: string) => `Dots placed on “${title}”, most first`,
    total: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
    none: 'No dots were placed on this board.',
    bySectorLabel: 'Dots by the voters’ sector',
    splitHidden: (min: number) => `Shown by sector once ${min} people of each sector have voted; fewer have, so the split would not stay anonymous.`,
    folded: (group: string, min: number) => `${group} is shown on its own once ${min} people from it have voted; fewer have, so their dots count under Other.`,
    /** When every sector is folded into Other, so no split is drawn. */
    foldedAlone: (group: string, min: number) => `${group} is shown on its own once ${min} people from it have voted; fewer have.`,
    divergenceHeading: 'Where the sectors diverge most',
    divergenceItem: (council: string, thirdSector: string) => `council ${council} of their dots, third sector ${thirdSector}`,
    noDivergence: 'Council and third-sector voters placed their dots alike.',
    unvoted: (n: number) => (n === 1 ? '1 item received no dots.' : `${n} items received no dots.`),
  },

  agreed: {
    heading: 'Agreed',
    none: 'Nothing has been agreed on this board yet.',
    count: (agreed: number, target: number) => `${agreed} of ${target} agreed`,
    originally: (text: string) => `Originally: “${text}”`,
  },

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

  facilitate: {
    heading: (n: number) => `Live boards: session ${n}`,
    noSession: 'Make a session current to run its boards.',
    noBoards: 'This session has no boards yet. Add them under Sessions.',
    boardsLabel: 'Boards of the current session',
    controlsLabel: (title: string) => `Controls for “${title}”`,
    back: (phase: string) => `Back to ${phase}`,
    next: (phase: string) => `Next: ${phase}`,
    backNone: 'Back',
    nextNone: 'Next',
    stepsLabel: 'Steps of this board',
    lock: 'Pause contributions',
    unlock: 'Resume contributions',
    lockedNote: 'Participants cannot add, change, group or vote while the board is paused.',
    focus: 'Bring everyone here',
    release: 'Let everyone browse',
    everyoneHere: 'Everyone’s screen is following this board.',
    everyoneHereShort: 'Everyone here',
    pausedTag: 'Paused',
    timerHeading: 'Countdown',
    startTimer: (minutes: number) => `Start a countdown: ${minutes} min`,
    timerMinutes: (minutes: number) => `${minutes} min`,
    stopTimer: 'Stop the countdown',
    dotsUnspent: (n: number) => (n === 1 ? '1 dot not placed yet' : `${n} dots not placed yet`),
    dotsSpent: (n: number) => (n === 1 ? '1 dot placed' : `${n} dots placed`),
    scribeHeading: 'Scribe a card for the room',
    scribeText: 'Card text',
    scribeSector: 'Sector the card speaks for',
    scribeRoom: 'None – the room',
    scribeAdd: 'Add the card',
    scribedHeading: 'Cards you scribed (private until reveal)',
    hide: (text: string) => `Hide “${text}”`,
    addMinute: '+1 min',
    addMinuteLabel: '+1 min: a minute more on the countdown, or start one',
    hideShort: 'Hide',
    editCard: (text: string) => `Edit the card “${text}”`,
    show: 'Show the hidden card',
    showShort: 'Show',
    undo: (action: string) => `Undo: ${action}`,
    undoNothing: 'Nothing to undo',
    undoLast: 'Undo the last action',
  },

  settings: {
    heading: 'Settings',
    contributing: 'How cards are added',
    private: 'Private: each person sees only their own cards until reveal',
    open: 'Open: everyone sees cards as they are added',
    anonymous: 'Anonymous: no names on cards',
    fixedOnceCards: 'How cards are added, and anonymity, can be changed only before the first card.',
    votesPerParticipant: 'Dots per person',
    votesPerItemMax: 'Most dots one person can put on one item',
    participantsCanGroup: 'Participants may move their own cards into clusters',
    /** [VOTE5] What the room votes on once the board has clusters. */
    voteOn: 'Once cards are in clusters, the room votes on',
    voteOnChoice: {
      clusters: 'The clusters (a card outside every cluster is an item of its own)',
      cards: 'The cards, one by one',
    } satisfies Record<VoteLevel, string>,
    fixedFromVote: 'Dots, what the room votes on and grouping are fixed from the vote on.',
    agreeCount: 'Items to agree',
    save: 'Save settings',
    saved: 'Settings saved.',
  },

  grouping: {
    heading: 'Grouping',
    hint: 'Drag a card onto a column, or use the controls on each card.',
    newCluster: 'Name of a new cluster',
    addCluster: 'Make cluster',
    rename: (name: string) => `Rename “${name}”`,
    renameShort: 'Rename',
    renameField: (name: string) => `New name for “${name}”`,
    saveName: 'Save name',
    removeShort: 'Remove',
    remove: (name: string) => `Remove the cluster “${name}”`,
    removeConfirm: (name: string) => `Remove the cluster “${name}”? Its cards stay on the board.`,
    removeYes: 'Yes, remove the cluster',
    moveTo: (text: string) => `Move “${text}” to`,
    moveOwn: (text: string) => `Move “${text}” into a cluster`,
    moveOwnShort: 'Move…',
    move: 'Move',
    moveUp: (text: string) => `Move “${text}” up`,
    moveDown: (text: string) => `Move “${text}” down`,
    mergeInto: (text: string) => `Merge “${text}” into`,
    merge: 'Merge',
    more: (text: string) => `Move or merge “${text}”`,
    moreShort: 'Move or merge…',
    /** "2 of 5": a card's place in its column. */
    position: (position: number, count: number) => `${position} of ${count}`,
    moved: (text: string, place: string) => `“${text}” is now ${place}.`,
    place: (column: string, position: string) => `in ${column}, ${position}`,
    merged: (text: string) => `Merged into “${text}”.`,
  },

  agree: {
    heading: 'Agree the main items',
    intro: 'Tick the items the room agrees, settle their wording, then agree them.',
    wording: (text: string) => `Agreed wording for “${text}”`,
    agreeSelected: 'Agree the selected items',
    unagree: (text: string) => `Unmark “${text}”`,
    unagreeShort: 'Unmark',
    tooMany: (n: number) => `This board agrees ${n} items: select fewer, or change the number in Settings.`,
    /** [VOTE8] The items to agree are those the room voted on. */
    level: {
      clusters: 'The room voted on the clusters, so these are the clusters and the cards outside every cluster.',
      cards: 'The room voted on the cards, so these are the cards.',
    } satisfies Record<VoteLevel, string>,
  },
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
