import { summariseLatencies, type LatencySummary } from './latencySummary';
import { counts, mb, ms, pct } from './reportFormat';
import type { SoakInterval } from './soakMeter';
import type { SoakCounts, SoakWorkerResult } from './soakMessages';
import type { SoakOptions } from './soakOptions';
import type { StoreCheck } from './soakStoreCheck';

/** One reporting interval: the server and machine, and what the clients did. */
export interface SoakRow {
  interval: SoakInterval;
  counts: SoakCounts;
}

/** Everything a soak run measured, for the final tables. */
export interface SoakSummary {
  options: SoakOptions;
  clients: number;
  /** Idle, before any workshop existed. */
  baselineRss: number;
  /** Every client connected, before the first command. */
  startRss: number;
  peakRss: number;
  /** When the load stopped. */
  endRss: number;
  /** 10 s after every client disconnected. */
  afterLeftRss: number;
  warmupMs: number;
  growthPerMinute: number;
  serverCpuPercent: number;
  serverWaitingPercent: number;
  health: LatencySummary & { failed: number };
  rows: SoakRow[];
  totals: SoakCounts;
  result: SoakWorkerResult;
  check: StoreCheck;
  /** The 1-minute load average when the load started and when it ended. */
  loadAtStart: number;
  loadAtEnd: number;
  setupMs: number;
}

const minutes = (msSinceStart: number) => `${(msSinceStart / 60_000).toFixed(1)} min`;
const refusedCount = (c: SoakCounts) => Object.values(c.refused).reduce((n, v) => n + v, 0);
const disconnectCount = (c: SoakCounts) => Object.values(c.disconnects).reduce((n, v) => n + v, 0);

export const ROW_HEADER = [
  '| Until | Server RSS (peak) | Server CPU (waiting for one) | Health p50 / p99 (max) | Sent | Acked | Refused | Timed out | Ack p50 / p99 | Disconnects | Presence | Workers CPU (loop p99) | Others CPU | Load |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
].join('\n');

/** One interval as a row of ROW_HEADER's table. */
export function formatRow({ interval: i, counts: c }: SoakRow): string {
  const ack = summariseLatencies(c.ackLatenciesMs);
  const health = `${ms(i.health.p50)} / ${ms(i.health.p99)} (${ms(i.health.max)})${i.health.failed ? `, ${i.health.failed} failed` : ''}`;
  return (
    `| ${minutes(i.untilMs)} | ${mb(i.rss)} (${mb(i.peakRss)}) | ${pct(i.serverCpuPercent)} (${pct(i.serverWaitingPercent)}) | ${health} | ${c.sent} | ${c.acked} | ${refusedCount(c)} | ${c.timedOut} | ` +
    `${ms(ack.p50)} / ${ms(ack.p99)} | ${disconnectCount(c)} | ${c.presenceChanges} | ${pct(i.workersCpuPercent)} (${ms(c.loopDelayP99Ms)}) | ${pct(i.otherCpuPercent)} | ${i.load.toFixed(1)} |`
  );
}

/** The run's figures as a two-column table, for the terminal and for docs/performance.md. */
export function formatSummary(s: SoakSummary): string {
  const { options: o, totals: t, check: k } = s;
  const loadMs = o.minutes * 60_000;
  const ack = summariseLatencies(t.ackLatenciesMs);
  const busiest = s.rows.reduce((best, r) => (r.counts.sent > best.counts.sent ? r : best), s.rows[0]!);
  const busiestSeconds = (busiest.interval.untilMs - (s.rows[s.rows.indexOf(busiest) - 1]?.interval.untilMs ?? 0)) / 1000;
  const byCommand = Object.entries(s.result.byCommand)
    .sort(([, a], [, b]) => b.sent - a.sent)
    .map(([name, n]) => `${name} ${n.sent}${n.refused ? ` (${n.refused} refused)` : ''}`)
    .join(', ');
  const lost = k.cards.missing + k.cards.changed + k.plan.missing + k.dots.boardsDiffering + k.unreadable.length;
  const lines: [string, string][] = [
    ['Connections', `${s.clients} (${o.workshops} workshops × ${o.perWorkshop}: a lead facilitator and ${o.perWorkshop - 1} participants), each a Socket.io and a Yjs websocket; ${o.workers} client processes`],
    ['Load', `${o.minutes} min; ${(t.sent / (loadMs / 1000)).toFixed(1)} commands/s on average, ${(busiest.counts.sent / busiestSeconds).toFixed(1)}/s in the busiest interval; ${t.presenceChanges} presence changes`],
    ['Server RSS', `${mb(s.baselineRss)} idle before setup → ${mb(s.startRss)} with everyone connected → peak ${mb(s.peakRss)} → ${mb(s.endRss)} at the end → ${mb(s.afterLeftRss)} 10 s after everyone left`],
    ['RSS growth after warm-up', `${(s.growthPerMinute / 2 ** 20).toFixed(1)} MB/min (least squares over one sample a second, from ${minutes(s.warmupMs)} to the end)`],
    [
      'Server CPU',
      `${pct(s.serverCpuPercent)} of one core over the run; busiest interval ${pct(Math.max(...s.rows.map((r) => r.interval.serverCpuPercent)))}; ` +
        `its event loop was ready to run but waited for a CPU ${pct(s.serverWaitingPercent)} of the time` +
        (s.serverWaitingPercent > 10 ? ' — the machine was short of CPU, so these figures show a starved server, not its own limits' : ''),
    ],
    ['Health check (GET /api/health each second)', `p50 ${ms(s.health.p50)}, p95 ${ms(s.health.p95)}, p99 ${ms(s.health.p99)}, max ${ms(s.health.max)} over ${s.health.count}; ${s.health.failed} failed`],
    ['Disconnects (unexpected, during the load)', counts(t.disconnects)],
    ['Commands', `${t.sent} sent, ${t.acked} acknowledged, ${refusedCount(t)} refused (${counts(t.refused)}), ${t.timedOut} timed out (no ack in 30 s), ${s.result.unacknowledged} never acknowledged`],
    ['Sent → acknowledged', `p50 ${ms(ack.p50)}, p95 ${ms(ack.p95)}, p99 ${ms(ack.p99)}, max ${ms(ack.max)}`],
    ['By command (sent)', byCommand],
    [
      'Store, after kill -9 and a restart',
      `${k.workshops} workshops read back (${k.unreadable.length} unreadable, ${k.readOnly} read-only); cards: ${k.cards.acknowledged} acknowledged, ${k.cards.found} found, ` +
        `**${k.cards.missing} missing**, ${k.cards.changed} changed; dots: ${k.dots.acknowledged} acknowledged, ${k.dots.inStore} stored (${k.dots.boardsDiffering} boards differ); ` +
        `plan items: ${k.plan.acknowledged} acknowledged, ${k.plan.missing} missing` +
        (lost ? `. E.g. ${[...k.unreadable, ...k.examples].slice(0, 5).join('; ')}` : ''),
    ],
    ['Machine', `load average ${s.loadAtStart.toFixed(1)} at the start, ${s.loadAtEnd.toFixed(1)} at the end (2 cores); others used ${pct(mean(s.rows.map((r) => r.interval.otherCpuPercent)))} of a core on average; setup ${(s.setupMs / 1000).toFixed(0)} s`],
  ];
  return ['| Figure | Value |', '|---|---|', ...lines.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}

export const DOCS_ROW_HEADER = [
  '| Run | Size | Load (1-min avg) | Commands/s | Server RSS start → peak → end | Growth after warm-up | Server CPU (waiting for one) | Health p50 / p99 (max) | Disconnects | Sent / acked / refused / timed out | Cards acked / missing |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
].join('\n');

/** The run as one row of the table in docs/performance.md ("Soak: 2,000 connections"). */
export function docsRow(s: SoakSummary, label: string): string {
  const { options: o, totals: t, check: k } = s;
  return (
    `| ${label} | ${o.workshops} × ${o.perWorkshop}, ${o.minutes} min | ${s.loadAtStart.toFixed(1)} → ${s.loadAtEnd.toFixed(1)} | ${(t.sent / (o.minutes * 60)).toFixed(1)} | ` +
    `${mb(s.startRss)} → ${mb(s.peakRss)} → ${mb(s.endRss)} | ${(s.growthPerMinute / 2 ** 20).toFixed(1)} MB/min | ${pct(s.serverCpuPercent)} (${pct(s.serverWaitingPercent)}) | ` +
    `${ms(s.health.p50)} / ${ms(s.health.p99)} (${ms(s.health.max)}) | ${disconnectCount(t)} | ${t.sent} / ${t.acked} / ${refusedCount(t)} / ${t.timedOut} | ${k.cards.acknowledged} / ${k.cards.missing} |`
  );
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
