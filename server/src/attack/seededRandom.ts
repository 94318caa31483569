/**
 * The attack suites' only source of randomness: a seeded generator (mulberry32), so a run printed as
 * `seed 123456` makes the same choices again when run with `ATTACK_SEED=123456`. Server-made ids and the clock still
 * differ between runs; every finding therefore prints the exact payload too, so it can be replayed by hand.
 */
export interface Random {
  readonly seed: number;
  /** [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item chosen with the given weights (same length as `items`). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let at = next() * total;
      for (const [i, item] of items.entries()) {
        at -= weights[i]!;
        if (at < 0) return item;
      }
      return items[items.length - 1]!;
    },
  };
}

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
