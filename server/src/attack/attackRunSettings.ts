/*
 * The attack suites' randomness is the tests' one seeded generator (shared/src/testing/seededRandom.ts): a run printed
 * as `seed 123456` makes the same choices again when run with `ATTACK_SEED=123456`. Server-made ids and the clock still
 * differ between runs; every finding therefore prints the exact payload too, so it can be replayed by hand.
 */

/** How long a fuzz run is: its seed and its number of cases. */
export interface AttackRunSettings {
  seed: number;
  cases: number;
  long: boolean;
}

/**
 * Reads the run's settings from the environment the test was started with (never at import):
 * - `ATTACK_SEED=<n>` replays seed n (default: a fresh seed, printed);
 * - `ATTACK_CASES=<n>` sends n cases (default `defaultCases`);
 * - `ATTACK_LONG=1`, the long-run switch (as `npm run bench` is for load): `longCases` cases unless ATTACK_CASES says.
 */
export function attackRunSettings(env: Record<string, string | undefined>, defaultCases: number, longCases: number): AttackRunSettings {
  const long = env.ATTACK_LONG === '1' || env.ATTACK_LONG === 'true';
  const seedText = env.ATTACK_SEED?.trim();
  const seed = seedText ? Number.parseInt(seedText, 10) >>> 0 : Math.floor(Math.random() * 2 ** 31);
  if (seedText && !/^\d+$/.test(seedText)) throw new Error(`ATTACK_SEED must be a whole number, not "${seedText}".`);
  const casesText = env.ATTACK_CASES?.trim();
  const cases = casesText ? Number.parseInt(casesText, 10) : long ? longCases : defaultCases;
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`ATTACK_CASES must be a positive whole number, not "${casesText}".`);
  return { seed, cases, long };
}
