import { createContext, useContext } from 'react';
import type { RestClient } from './restClient';

export const RestClientContext = createContext<RestClient | null>(null);

export function useRestClient(): RestClient {
  const client = useContext(RestClientContext);
  if (!client) throw new Error('useRestClient() needs a RestClientContext provider (see main.tsx).');
  return client;
}
