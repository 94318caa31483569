import { useMemo } from 'react';
import { createProgrammeClient, type ProgrammeClient } from './programmeClient';

/** The programme calls, on the page's own fetch. */
export function useProgrammeClient(): ProgrammeClient {
  return useMemo(() => createProgrammeClient(), []);
}
