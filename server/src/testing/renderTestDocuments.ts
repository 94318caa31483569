import { access, defineExport } from '../exports/exportDocument';
import { EXPORT_REGISTRY } from '../exports/exportRegistry';

/**
 * Documents for the tests of rendering itself (CAP1–CAP4), served beside the registry's by a test server whose render
 * workers load renderTestWorker.ts:
 * - `gated`: a render that holds its worker until the test opens a gate, as a long render of a large PDF would;
 * - `failing`: a render that throws, as a renderer with a bug would.
 */

/**
 * Memory shared by a test and a render worker (a SharedArrayBuffer survives structured cloning as the same memory):
 * cell 0 is the gate (0 shut, 1 open), cell 1 counts renders that have started and are waiting at it.
 */
export class RenderGate {
  readonly cells = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));

  /** Resolves once `count` renders have reached the gate: their workers are busy with them. */
  async reached(count = 1): Promise<void> {
    for (;;) {
      const seen = Atomics.load(this.cells, 1);
      if (seen >= count) return;
      const waited = (Atomics as unknown as AtomicsWaitAsync).waitAsync(this.cells, 1, seen);
      if (waited.async) await waited.value;
    }
  }

  /** Lets every render waiting at the gate, and every later one, finish. */
  open(): void {
    Atomics.store(this.cells, 0, 1);
    Atomics.notify(this.cells, 0);
  }
}

/** Atomics.waitAsync (ES2024; Node has it from 16). */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}

let currentGate = new RenderGate();

/** The gate the next `gated` documents wait at (built on the test's thread, rendered in a worker). */
export function gateRendersAt(gate: RenderGate): void {
  currentGate = gate;
}

interface GatedModel {
  cells: Int32Array;
  /** From `?label=`: makes files with different content, which no render shares. */
  label: string;
}

/**
 * How long a render waits at a shut gate at most. Only a render on the server's main thread ever reaches it (the test
 * that would open the gate cannot run meanwhile): the render then finishes before anything the test did while it
 * waited, and the test fails on that order instead of hanging.
 */
const GATE_HOLDS_AT_MOST_MS = 30_000;

/** Holds the worker thread itself, as CPU-bound rendering does: were it on the server's main thread, nothing else would run. */
function renderAtTheGate({ cells, label }: GatedModel): Buffer {
  Atomics.add(cells, 1, 1);
  Atomics.notify(cells, 1);
  Atomics.wait(cells, 0, 0, GATE_HOLDS_AT_MOST_MS);
  return Buffer.from(`Rendered ${label} once the gate opened.\n`, 'utf8');
}

export const GATED_DOCUMENT = defineExport({
  name: 'gated',
  formats: { md: renderAtTheGate },
  fileName: (model, extension) => `gated-${model.label}.${extension}`,
  access: {
    member: access({
      noun: 'gated document',
      query: (raw) => ({ ok: true, data: typeof raw.label === 'string' ? raw.label.replace(/[^a-z0-9-]/g, '') : 'one' }),
      build: (_state, { query: label }): GatedModel => ({ cells: currentGate.cells, label }),
    }),
  },
});

export const FAILING_DOCUMENT = defineExport({
  name: 'failing',
  formats: {
    md: (): Buffer => {
      throw new Error('This renderer always fails.');
    },
  },
  fileName: (_model, extension) => `failing.${extension}`,
  access: { member: access({ noun: 'failing document', build: (state) => state.meta.title }) },
});

/** What a test server serves and its render workers render: the registry's documents and these two. */
export const RENDER_TEST_DOCUMENTS = [...EXPORT_REGISTRY, GATED_DOCUMENT, FAILING_DOCUMENT] as const;

/** The render worker module for them (documentRenderer.ts's `workerModule`). */
export const RENDER_TEST_WORKER = new URL('./renderTestWorker', import.meta.url);
