import { afterAll, describe, expect, it } from 'vitest';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { SAMPLE_REVIEW_NOW, darlingtonReview } from '@roundtable/shared/testing/reviewDocumentSample';
import { EXPORT_WORKERS_DEFAULT, loadConfig } from '../config';
import { FAILING_DOCUMENT, GATED_DOCUMENT, RENDER_TEST_WORKER, RenderGate } from '../testing/renderTestDocuments';
import { docxText, pdfText } from '../testing/extractText';
import { inThreadRenderer, poolRenderer, RenderQueueFull, type DocumentRenderer } from './documentRenderer';
import { EXPORT_REGISTRY } from './exportRegistry';
import type { RenderTask } from './renderTask';

const opened: DocumentRenderer[] = [];
afterAll(async () => {
  for (const renderer of opened) await renderer.close();
});

function pool(options: Parameters<typeof poolRenderer>[0]): DocumentRenderer {
  const renderer = poolRenderer(options);
  opened.push(renderer);
  return renderer;
}

/**
 * The model of every registered document a member can download in a workshop with an agreed plan, progress reports
 * and a closed survey, as the routes build it (a document with nothing to show there yet is left out).
 */
function registryTasks(): RenderTask[] {
  const { state } = darlingtonReview().plan;
  const asker = { memberId: 'lead' as MemberId, workshopId: 'w' as WorkshopId, role: 'facilitator' as const };
  return EXPORT_REGISTRY.flatMap((document) =>
    document.extensions.flatMap((format) => {
      const open = document.served.member?.open({});
      if (!open?.ok) return [];
      const prepared = open.data(state, SAMPLE_REVIEW_NOW, asker, format);
      return prepared.ok ? [prepared.data.make.task] : [];
    }),
  );
}

const gated = (gate: RenderGate, label: string): RenderTask => ({ document: GATED_DOCUMENT.name, format: 'md', model: { cells: gate.cells, label } });
const failing: RenderTask = { document: FAILING_DOCUMENT.name, format: 'md', model: 'Darlington PIP' };

describe('[CAP1] documents rendered in worker threads', () => {
  it('a worker renders every registered document from its model as it crosses threads: Markdown and CSV byte for byte as on the server\'s own thread, the plan\'s PDF and Word with the same text', async () => {
    const workers = pool({ workers: 1 });
    const here = inThreadRenderer(EXPORT_REGISTRY);
    const tasks = registryTasks();
    const made = tasks.map((t) => `${t.document}.${t.format}`);
    for (const d of ['profile', 'plan', 'review', 'survey']) for (const e of EXPORT_REGISTRY.find((r) => r.name === d)!.extensions) expect(made).toContain(`${d}.${e}`);
    for (const task of tasks.filter((t) => t.format === 'md' || t.format === 'csv')) {
      expect((await workers.render(task)).equals(await here.render(task)), `${task.document}.${task.format}`).toBe(true);
    }
    const plan = (format: string) => tasks.find((t) => t.document === 'plan' && t.format === format)!;
    const [pdf, docx] = [await workers.render(plan('pdf')), await workers.render(plan('docx'))];
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfText(pdf)).toBe(await pdfText(await here.render(plan('pdf'))));
    expect(await docxText(docx)).toBe(await docxText(await here.render(plan('docx'))));
    expect(await pdfText(pdf)).toContain('Darlington PIP 2026');
  }, 90_000); // a worker's first start and eleven renders, on two cores shared with the rest of the suite

  it('EXPORT_WORKERS sets the pool\'s size: 0 renders on the main thread; by default one core less than the machine has, from 1 to 4', () => {
    expect(loadConfig({ EXPORT_WORKERS: '3' }).exportWorkers).toBe(3);
    expect(loadConfig({ EXPORT_WORKERS: '0' }).exportWorkers).toBe(0);
    expect(loadConfig({}).exportWorkers).toBe(EXPORT_WORKERS_DEFAULT);
    expect(EXPORT_WORKERS_DEFAULT).toBeGreaterThanOrEqual(1);
    expect(EXPORT_WORKERS_DEFAULT).toBeLessThanOrEqual(4);
    for (const bad of ['-1', 'two', '1.5', '65']) expect(() => loadConfig({ EXPORT_WORKERS: bad }), bad).toThrow(/EXPORT_WORKERS/);
    expect(() => poolRenderer({ workers: 0 })).toThrow(/at least one worker/);
  });
});

describe('[CAP3] a bounded queue', () => {
  it('refuses a render at once when every worker is busy and the queue is full, saying when to try again; the renders it holds finish, and it takes more after', async () => {
    const gate = new RenderGate();
    const workers = pool({ workers: 1, waitingMax: 1, workerModule: RENDER_TEST_WORKER });
    const running = workers.render(gated(gate, 'running'));
    await gate.reached(1);
    const waiting = workers.render(gated(gate, 'waiting'));
    const refused = await workers.render(gated(gate, 'refused')).then(
      () => expect.fail('a third render was accepted with one worker busy and one render waiting'),
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RenderQueueFull);
    const { retryAfterSeconds } = refused as RenderQueueFull;
    expect(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 1 && retryAfterSeconds <= 60, String(retryAfterSeconds)).toBe(true);

    gate.open();
    expect((await running).toString()).toBe('Rendered running once the gate opened.\n');
    expect((await waiting).toString()).toBe('Rendered waiting once the gate opened.\n');
    expect((await workers.render(gated(gate, 'after'))).toString()).toBe('Rendered after once the gate opened.\n');
    expect(workers.rendered).toBe(3);
  });
});

describe('[CAP4] a render that fails', () => {
  it('fails with the renderer\'s error, and the worker goes on rendering', async () => {
    const workers = pool({ workers: 1, workerModule: RENDER_TEST_WORKER });
    await expect(workers.render(failing)).rejects.toThrow('This renderer always fails.');
    await expect(workers.render({ document: 'nothing', format: 'md', model: null })).rejects.toThrow('No document is called nothing.');
    const plan = registryTasks().find((t) => t.document === 'plan' && t.format === 'md')!;
    expect((await workers.render(plan)).toString('utf8')).toContain('# Darlington PIP 2026');
    expect(workers.rendered).toBe(3);
  });
});
