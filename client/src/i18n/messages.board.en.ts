import type { BoardPhase, ResultGroup, VoteLevel } from '@roundtable/shared/board/board';

/** A board as everyone sees it: its steps, its cards and their counts, the timer, voting, results and what was agreed. */
export const boardMessagesEn = {
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
};
