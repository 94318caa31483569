import { cpus, totalmem } from 'node:os';
import { formatComparison, formatMarginalRss, formatRun, markdownTable } from './benchReport';
import { BENCH_USAGE, optionsOrExit, parseBenchOptions, type BenchOptions } from './benchOptions';
import { runBench, type RunFigures } from './benchRun';
import { boardMarkdownTables, formatBoardRun } from './boardReport';
import { runBoardBench, type BoardRunFigures } from './boardRun';
import { boardSchedule } from './boardSchedule';
import { ChildProcesses } from './childProcesses';
import { DOCUMENTS_MODES, documentsMarkdownTable, formatDocumentsRun, runDocumentsBench, type DocumentsRunFigures } from './documentsRun';

/** Setup and shutdown allowance per run on top of warm-up, window and drain; past it the benchmark gives up. */
const RUN_ALLOWANCE_MS = 6 * 60_000;

/**
 * `npm run bench`: Roundtable's production server and a bare y-websocket reference under the same simulated
 * workshops, each in its own process, clients in separate simulator processes, all on 127.0.0.1.
 * See docs/performance.md for what is measured and how to read it.
 */
async function bench(options: BenchOptions): Promise<void> {
  const runs = options.sizes.length * (options.scenario === 'documents' ? DOCUMENTS_MODES.length : options.servers.length);
  const loadMs = options.scenario === 'board' ? boardSchedule(options).endMs : options.warmupMs + options.measureMs + options.drainMs;
  const children = ChildProcesses.ofRun(runs * (loadMs + RUN_ALLOWANCE_MS), 'The benchmark');

  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. ` +
      `Each participant sends every ~${options.intervalMs / 1000} s; warm-up ${options.warmupMs / 1000} s, window ${options.measureMs / 1000} s, ` +
      `${options.simulators} simulator processes; clients send ${options.awareness === 'own' ? 'only their own presence' : 'presence as the stock provider does'}.\n`,
  );
  if (options.scenario === 'board') return benchBoard(options, children);
  if (options.scenario === 'documents') return benchDocuments(options, children);
  const figures: RunFigures[] = [];
  for (const workshops of options.sizes) {
    const atSize: RunFigures[] = [];
    for (const kind of options.servers) {
      console.log(`… ${kind}: ${workshops} workshops × ${options.participants} participants`);
      const run = await runBench(kind, workshops, options, children);
      console.log(`${formatRun(run)}\n`);
      atSize.push(run);
    }
    const [ours, reference] = [atSize.find((f) => f.kind === 'roundtable'), atSize.find((f) => f.kind === 'reference')];
    if (ours && reference) console.log(`${formatComparison(ours, reference)}\n`);
    figures.push(...atSize);
  }
  for (const line of formatMarginalRss(figures)) console.log(line);
  console.log(`\n${markdownTable(figures)}`);
}

/** The board scenario: every workshop runs a whole board (see boardSchedule.ts). */
async function benchBoard(options: BenchOptions, children: ChildProcesses): Promise<void> {
  const figures: BoardRunFigures[] = [];
  for (const workshops of options.sizes) {
    for (const kind of options.servers) {
      console.log(`… ${kind}: a whole board in ${workshops} workshops × ${options.participants} participants`);
      const run = await runBoardBench(kind, workshops, options, children);
      console.log(`${formatBoardRun(run)}\n`);
      figures.push(run);
    }
  }
  console.log(boardMarkdownTables(figures));
}

/** The documents scenario: the profile load alone, then while 25 people download a large plan's PDF, with the render pool and without. */
async function benchDocuments(options: BenchOptions, children: ChildProcesses): Promise<void> {
  const figures: DocumentsRunFigures[] = [];
  for (const workshops of options.sizes) {
    for (const mode of DOCUMENTS_MODES) {
      console.log(`… documents: ${mode.label}; ${workshops} workshops × ${options.participants} participants sending commands`);
      const run = await runDocumentsBench(mode, workshops, options, children);
      console.log(`${formatDocumentsRun(run)}\n`);
      figures.push(run);
    }
  }
  console.log(documentsMarkdownTable(figures));
}

const options = optionsOrExit(() => parseBenchOptions(process.argv.slice(2), process.env), BENCH_USAGE);
bench(options).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`The benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
