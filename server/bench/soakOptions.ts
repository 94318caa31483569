import { bounded, parseFlags } from './benchOptions';

export interface SoakOptions {
  minutes: number;
  workshops: number;
  /** Members of each workshop, its lead facilitator included: each is one connection (Socket.io + Yjs). */
  perWorkshop: number;
  /** Client processes the connections are spread over. */
  workers: number;
  /** A row of figures every this many ms. */
  reportEveryMs: number;
}

export const SOAK_USAGE = `npm run bench:soak -- [options]
  --minutes N        minutes of load (default 10)
  --workshops N      workshops (default 80)
  --per-workshop N   people per workshop, its lead facilitator included; one connection each (default 25)
  --workers N        client processes the connections are spread over (default 2)
  --every S          seconds between rows of figures (default 60; 20 for runs under 5 minutes)
Everything runs on 127.0.0.1; the server is its own process on a temporary PGlite data directory, removed at the end.`;

/** The soak's options from the command line; `--help` and mistakes throw BenchUsageError (with no message for help). */
export function parseSoakOptions(argv: string[]): SoakOptions {
  const values = parseFlags(argv, {
    minutes: { type: 'string' },
    workshops: { type: 'string' },
    'per-workshop': { type: 'string' },
    workers: { type: 'string' },
    every: { type: 'string' },
  });
  const minutes = bounded('minutes', values.minutes, 10, 240);
  return {
    minutes,
    workshops: bounded('workshops', values.workshops, 80, 500),
    // The server admits at most 200 members per workshop; a workshop needs its facilitator and one participant.
    perWorkshop: bounded('per-workshop', values['per-workshop'], 25, 200, 2),
    workers: bounded('workers', values.workers, 2, 8),
    reportEveryMs: 1000 * bounded('every', values.every, minutes >= 5 ? 60 : 20, 600, 5),
  };
}
