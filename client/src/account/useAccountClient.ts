import { useMemo } from 'react';
import { createAccountClient, type AccountClient } from '../api/accountClient';

/** The account calls, on the page's own fetch. */
export function useAccountClient(): AccountClient {
  return useMemo(() => createAccountClient(), []);
}
