import type { TransitionContext } from '../workshop/transitionContext';

/** A deterministic context for tests: ids and join codes count up, the clock is fixed unless advanced. */
export function fixedContext(now = '2026-11-01T10:00:00.000Z'): TransitionContext & { codes: string[] } {
  let n = 0;
  const codes: string[] = [];
  return {
    now,
    newId: () => `id${String((n += 1)).padStart(6, '0')}`,
    newJoinCode: () => {
      const code = `ABC${String(234 + codes.length).padStart(3, '2')}`;
      codes.push(code);
      return code;
    },
    codes,
  };
}
