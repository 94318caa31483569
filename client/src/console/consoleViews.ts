/**
 * The facilitator console's views, one address each under `/w/:workshopId/`: the live view of the current session's
 * boards, and the pages for preparing (sessions and boards, people and links, the plan and its review, the survey).
 * Each browser keeps its own view, so two facilitators of one workshop can each be on a different one, and a reload
 * stays where it was.
 */
export const CONSOLE_VIEWS = ['live', 'sessions', 'people', 'plan', 'survey'] as const;
export type ConsoleView = (typeof CONSOLE_VIEWS)[number];

/** The address segment of each view; the live view is the workshop's own address. */
const SEGMENTS: Readonly<Record<ConsoleView, string>> = { live: '', sessions: 'sessions', people: 'people', plan: 'plan', survey: 'survey' };

/** The view a path under `/w/:workshopId/` names (`''`, `'sessions'`, `'people/'`…), or null for any other. */
export function consoleViewOf(subpage: string): ConsoleView | null {
  const segment = subpage.replace(/\/$/, '');
  return CONSOLE_VIEWS.find((view) => SEGMENTS[view] === segment) ?? null;
}

/** The address of a view of a workshop. */
export function consoleViewPath(workshopId: string, view: ConsoleView): string {
  const base = `/w/${encodeURIComponent(workshopId)}`;
  return SEGMENTS[view] ? `${base}/${SEGMENTS[view]}` : base;
}

/** Every subpage of a workshop that is a console view (for the workshop's routes). */
export const CONSOLE_SUBPAGES: readonly string[] = CONSOLE_VIEWS.map((view) => SEGMENTS[view]);
