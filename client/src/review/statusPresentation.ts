import { PROGRESS_STATUSES, STATUS_RAG, type ProgressStatus, type Rag } from '@roundtable/shared/review/progress';

/**
 * The shape drawn beside each status's words, so two statuses of the same colour (on track and done are both green)
 * still look different, and nothing depends on telling colours apart. Shapes are decoration: the words carry the
 * meaning for screen readers.
 */
export const STATUS_SHAPE: Record<ProgressStatus, string> = {
  not_started: '○',
  on_track: '●',
  at_risk: '▲',
  done: '✓',
  dropped: '✕',
};

export interface StatusPresentation {
  status: ProgressStatus;
  rag: Rag;
  shape: string;
  /** The CSS modifier that colours the badge: `status-badge--amber`. */
  className: string;
}

/** How a status is shown: its red-amber-green colour, a shape of its own, and (from the catalogue) its words. */
export function statusPresentation(status: ProgressStatus): StatusPresentation {
  const rag = STATUS_RAG[status];
  return { status, rag, shape: STATUS_SHAPE[status], className: `status-badge status-badge--${rag}` };
}

/** A status that came from outside the page (storage, an older server) checked rather than trusted. */
export function isProgressStatus(value: unknown): value is ProgressStatus {
  return typeof value === 'string' && (PROGRESS_STATUSES as readonly string[]).includes(value);
}
