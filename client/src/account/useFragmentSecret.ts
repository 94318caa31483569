import { useEffect, useState } from 'react';
import { secretFromFragment } from './accountText';

/** Takes `#<name>=` from the address once, and clears it from the bar (and history) so it is not copied on. */
export function useFragmentSecret(name: string): string | null {
  const [secret] = useState(() => secretFromFragment(window.location.hash, name));
  useEffect(() => {
    if (!secret) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, [secret]);
  return secret;
}
