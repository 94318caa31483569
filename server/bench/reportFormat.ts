/** How the benchmarks print their figures. */

export const NAMES = { roundtable: 'Roundtable', reference: 'bare y-websocket' } as const;

export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms` : 'n/a');
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
export const pct = (v: number) => `${v.toFixed(0)} %`;

/** "key × n, key × n", or "none". */
export const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([key, n]) => `${key} × ${n}`)
    .join(', ') || 'none';
