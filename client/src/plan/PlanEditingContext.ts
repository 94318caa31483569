import { createContext, useContext } from 'react';

/**
 * What the parts of the facilitators' plan editor share: which action's editor is open (one at a time, so every
 * control in it has one clear name), and a polite announcement for what just happened.
 */
export interface PlanEditing {
  openActionId: string | null;
  openAction(actionId: string | null): void;
  announce(message: string): void;
}

export const PlanEditingContext = createContext<PlanEditing | null>(null);

export function usePlanEditing(): PlanEditing {
  const editing = useContext(PlanEditingContext);
  if (!editing) throw new Error('usePlanEditing() is only available inside the facilitators’ action plan.');
  return editing;
}
