import type { RunFigures } from './benchRun';
import { counts, kb, mb, ms, NAMES, pct } from './reportFormat';

const ratio = (ours: number, reference: number) => (reference > 0 && Number.isFinite(ours / reference) ? `${(ours / reference).toFixed(1)}×` : 'n/a');

/** One run, for the terminal. */
export function formatRun(f: RunFigures): string {
  const rejected = counts(f.rejected);
  const lines = [
    `${NAMES[f.kind]} — ${f.workshops} workshops × ${f.participants} participants (${f.clients} clients)`,
    `  sent → visible on every other client: p50 ${ms(f.latency.p50)}, p95 ${ms(f.latency.p95)}, p99 ${ms(f.latency.p99)}, max ${ms(f.latency.max)} (${f.latency.count} commands)`,
    `  p95 per 10 s of the window: ${f.p95BySliceMs.map(ms).join(', ')}`,
    f.ack ? `  sent → acknowledged (durable):        p50 ${ms(f.ack.p50)}, p95 ${ms(f.ack.p95)}, p99 ${ms(f.ack.p99)}` : null,
    `  commands: ${f.sent} sent, ${f.commandsPerSecond.toFixed(0)}/s; missing deliveries ${f.missingDeliveries} (${f.incompleteCommands} commands not seen everywhere)` +
      (f.ack ? `; rejected: ${rejected}; unacknowledged ${f.unacknowledged}` : ''),
    `  server CPU ${pct(f.serverCpuPercent)} of one core; RSS ${mb(f.rss)} (peak ${mb(f.peakRss)}, baseline ${mb(f.baselineRss)}); ` +
      `${kb(f.rssPerClient)} per client, ${kb(f.rssPerWorkshop)} per workshop`,
    `  server responsiveness (trivial HTTP request every 0.5 s): p50 ${ms(f.responsiveness.p50)}, p99 ${ms(f.responsiveness.p99)}, ` +
      `max ${ms(f.responsiveness.max)}${f.responsiveness.failed ? `, ${f.responsiveness.failed} timed out` : ''}`,
    `  simulators: CPU ${pct(f.simulatorCpuPercent)} of one core in total, event-loop delay p99 ${ms(f.simulatorLoopDelayP99Ms)}; ` +
      `disconnects: ${counts(f.disconnects)}; setup ${(f.setupMs / 1000).toFixed(0)} s`,
    `  rest of the machine: other processes ${pct(f.otherCpuPercent)} of one core, I/O wait ${pct(f.ioWaitPercent)}` +
      (f.otherCpuPercent > 10 ? ' — something else was busy: figures are disturbed' : '') +
      (f.busiestOthers.length ? ` (${f.busiestOthers.join(', ')})` : ''),
  ];
  return lines.filter((l) => l !== null).join('\n');
}

/** Roundtable against the reference at one size. */
export function formatComparison(ours: RunFigures, reference: RunFigures): string {
  return (
    `Roundtable / bare y-websocket at ${ours.workshops} × ${ours.participants}: ` +
    `p95 ${ratio(ours.latency.p95, reference.latency.p95)}, CPU ${ratio(ours.serverCpuPercent, reference.serverCpuPercent)}, ` +
    `RSS per client ${ratio(ours.rssPerClient, reference.rssPerClient)}`
  );
}

/**
 * RSS per client from one size to the next: (Δ at the larger size − Δ at the smaller) / extra clients. This leaves
 * out what a server holds once whatever the load (for Roundtable, PGlite's caches warming up), which the
 * per-client figure of a single run includes.
 */
export function formatMarginalRss(runs: RunFigures[]): string[] {
  const lines: string[] = [];
  for (const kind of ['roundtable', 'reference'] as const) {
    const sized = runs.filter((f) => f.kind === kind).sort((a, b) => a.clients - b.clients);
    for (let i = 1; i < sized.length; i += 1) {
      const [small, large] = [sized[i - 1]!, sized[i]!];
      const extra = (large.rss - large.baselineRss - (small.rss - small.baselineRss)) / (large.clients - small.clients);
      lines.push(`${NAMES[kind]}: RSS per extra client from ${small.workshops} to ${large.workshops} workshops: ${kb(extra)}`);
    }
  }
  return lines;
}

/** All runs as the table in docs/performance.md. */
export function markdownTable(runs: RunFigures[]): string {
  const header =
    '| Size | Server | p50 | p95 | p99 | Missing | Commands/s | Server CPU (one core) | Server RSS (baseline) | RSS / client | RSS / workshop | Simulators CPU |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|';
  const rows = runs.map(
    (f) =>
      `| ${f.workshops} × ${f.participants} | ${NAMES[f.kind]} | ${ms(f.latency.p50)} | ${ms(f.latency.p95)} | ${ms(f.latency.p99)} | ${f.missingDeliveries} | ` +
      `${f.commandsPerSecond.toFixed(0)} | ${pct(f.serverCpuPercent)} | ${mb(f.rss)} (${mb(f.baselineRss)}) | ${kb(f.rssPerClient)} | ${kb(f.rssPerWorkshop)} | ${pct(f.simulatorCpuPercent)} |`,
  );
  return [header, ...rows].join('\n');
}
