import type { ActionFigures, BoardRunFigures, BoardWindow, StepFigures } from './boardRun';
import type { LatencySummary } from './latencySummary';
import { counts, kb, mb, ms, NAMES, pct } from './reportFormat';

const spread = (l: LatencySummary) => `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, max ${ms(l.max)} (${l.count})`;

function windowLine(name: string, w: BoardWindow): string {
  return (
    `  ${name}: server CPU ${pct(w.serverCpuPercent)} of one core; RSS ${mb(w.rss)} (peak ${mb(w.peakRss)}), ${kb(w.rssPerClient)} per client; ` +
    `responsiveness p99 ${ms(w.responsiveness.p99)}, max ${ms(w.responsiveness.max)}${w.responsiveness.failed ? ` (${w.responsiveness.failed} timed out)` : ''}; ` +
    `simulators ${pct(w.simulatorCpuPercent)}; rest of the machine ${pct(w.otherCpuPercent)}` +
    (w.otherCpuPercent > 10 ? ` — disturbed${w.busiestOthers.length ? ` (${w.busiestOthers.join(', ')})` : ''}` : '')
  );
}

function actionLines(name: string, visible: string, a: ActionFigures): string[] {
  return [
    `  ${name}: ${a.sent} sent in the window, ${a.perSecond.toFixed(0)}/s; missing deliveries ${a.missingDeliveries} (${a.incomplete} not seen everywhere)` +
      (a.ack ? `; unacknowledged ${a.unacknowledged}` : '') +
      (a.capped ? `; ${a.capped} participants reached their limit` : ''),
    `    sent → ${visible}: ${spread(a.latency)}`,
    `    p95 per 10 s of the window: ${a.p95BySliceMs.map(ms).join(', ')}`,
    a.ack ? `    sent → acknowledged: ${spread(a.ack)}` : null,
    a.ownView ? `    sent → in the sender's own personal view: ${spread(a.ownView)}${a.ownViewMissing ? `; never: ${a.ownViewMissing}` : ''}` : null,
    `    simulators' event-loop delay p99 ${ms(a.loopDelayP99Ms)}`,
  ].filter((line): line is string => line !== null);
}

function stepLine(s: StepFigures): string {
  return `    ${s.step}: ${spread(s.latency)}; first participant p50 ${ms(s.first.p50)}, max ${ms(s.first.max)}${s.ack ? `; ack p50 ${ms(s.ack.p50)}, max ${ms(s.ack.max)}` : ''}${s.missing ? `; never seen: ${s.missing}` : ''}${s.rejected ? `; rejected ${s.rejected}` : ''}`;
}

/** One whole-board run, for the terminal. */
export function formatBoardRun(f: BoardRunFigures): string {
  return [
    `${NAMES[f.kind]} — a whole board in ${f.workshops} workshops × ${f.participants} participants + 1 facilitator (${f.clients} clients); ` +
      `baseline RSS ${mb(f.baselineRss)}; setup ${(f.setupMs / 1000).toFixed(0)} s`,
    ...actionLines('cards (contribute, open)', 'on the board in every other participant’s doc', f.cards),
    windowLine('contribute window', f.cards.window),
    `  facilitator steps, sent → every participant's doc shows the phase (one per workshop):`,
    ...f.steps.map(stepLine),
    windowLine('steps', f.stepsWindow),
    ...actionLines('dots (vote)', "every other participant's dots-spent count includes it (lower bound)", f.votes),
    `    the same, upper bound: ${spread(f.votes.latencyHigh)}; ${f.votes.ambiguous} votes crossed another in the same workshop` +
      (f.votes.highUnreached ? `, ${f.votes.highUnreached} upper bounds never reached` : ''),
    windowLine('vote window', f.votes.window),
    `  results, sent → every participant's doc has every card's tally:`,
    stepLine(f.results),
    f.results.inconsistentTallies ? `    ${f.results.inconsistentTallies} participants saw tallies that did not add up to the dots spent` : null,
    windowLine('results step', f.results.window),
    `  rejected: ${counts(f.rejected)}; disconnects: ${counts(f.disconnects)}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/** All runs as the tables in docs/performance.md, "A whole board". */
export function boardMarkdownTables(runs: BoardRunFigures[]): string {
  const latencyHeader =
    '| Size | Server | Phase | Sent/s | p50 | p95 | p99 | max | Ack p95 | Own view p95 | Missing |\n|---|---|---|---|---|---|---|---|---|---|---|';
  const latencyRows = runs.flatMap((f) => {
    const row = (phase: string, perSecond: string, l: LatencySummary, ack: LatencySummary | null, own: LatencySummary | null, missing: number) =>
      `| ${f.workshops} × ${f.participants} | ${NAMES[f.kind]} | ${phase} | ${perSecond} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} | ${ack ? ms(ack.p95) : '–'} | ${own ? ms(own.p95) : '–'} | ${missing} |`;
    return [
      row('card', f.cards.perSecond.toFixed(0), f.cards.latency, f.cards.ack, f.cards.ownView, f.cards.missingDeliveries),
      ...f.steps.map((s) => row(s.step, '–', s.latency, s.ack, null, s.missing)),
      row('dot (lower bound)', f.votes.perSecond.toFixed(0), f.votes.latency, f.votes.ack, f.votes.ownView, f.votes.missingDeliveries),
      row('dot (upper bound)', '', f.votes.latencyHigh, null, null, f.votes.missingDeliveries),
      row('vote → results (tallies)', '–', f.results.latency, f.results.ack, null, f.results.missing),
      row('vote → results, first participant', '', f.results.first, null, null, 0),
    ];
  });
  const resourceHeader =
    '| Size | Server | Window | Server CPU (one core) | Server RSS (baseline) | RSS / client | Responsiveness p99 (max) | Simulators CPU |\n|---|---|---|---|---|---|---|---|';
  const resourceRows = runs.flatMap((f) =>
    (
      [
        ['contribute', f.cards.window],
        ['steps to vote', f.stepsWindow],
        ['vote', f.votes.window],
        ['results', f.results.window],
      ] as const
    ).map(
      ([name, w]) =>
        `| ${f.workshops} × ${f.participants} | ${NAMES[f.kind]} | ${name} | ${pct(w.serverCpuPercent)} | ${mb(w.rss)} (${mb(f.baselineRss)}) | ${kb(w.rssPerClient)} | ` +
        `${ms(w.responsiveness.p99)} (${ms(w.responsiveness.max)}) | ${pct(w.simulatorCpuPercent)} |`,
    ),
  );
  return [latencyHeader, ...latencyRows, '', resourceHeader, ...resourceRows].join('\n');
}
