/** The facilitator console's views, the live view, its shortcuts, and a facilitator giving their name. */
export const consoleMessagesEn = {
  navLabel: 'Console views',
  views: {
    live: 'Live',
    sessions: 'Sessions',
    people: 'People and links',
    plan: 'Plan and review',
    survey: 'Survey',
  },
  workLabel: (phase: string) => `Work of this step: ${phase}`,
  people: (total: number, online: number) => `${total} ${total === 1 ? 'participant' : 'participants'}, ${online} online`,
  /** In sessions four and five, where the plan and its review are worked on with the room. */
  planHere: 'The action plan and its review are on the Plan and review page.',
  shortcuts: {
    heading: 'Shortcuts',
    hint: 'Not while typing in a field.',
    next: 'Next step',
    minute: 'A minute more on the countdown (or start one)',
    focus: 'Bring everyone here, or let them browse',
    /** "Alt+Shift+N" as it is read and shown: "Alt + Shift + N". */
    keys: (keys: string) => `${keys}`.split('+').join(' + '),
    movedTo: (phase: string) => `Shortcut: moved on to ${phase}.`,
    noNext: 'Shortcut: this board has no next step.',
    countdown: (minutes: number, seconds: number) =>
      `Shortcut: countdown set to ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}${seconds > 0 ? ` ${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : ''}.`,
    noCountdown: 'Shortcut: a closed board has no countdown.',
    focused: (title: string) => `Shortcut: everyone’s screen now follows “${title}”.`,
    released: 'Shortcut: everyone may browse the boards again.',
    refused: 'Shortcut: not done. The message above says why.',
  },
  nameGate: {
    heading: 'Before you start: who are you?',
    intro: 'The room sees your name, organisation and sector beside what you do as a facilitator. You can change them later under People and links.',
    ownName: 'Enter your own name.',
    save: 'Continue to the console',
  },
};
