import { describe, expect, it } from 'vitest';
import { documentFiles, type FileToMake } from './documentFiles';
import type { DocumentRenderer } from './documentRenderer';
import type { RenderTask } from './renderTask';

/** A renderer the test finishes by hand: each render waits until `finish` (or `fail`) is called for it. */
class HandRenderer implements DocumentRenderer {
  readonly asked: { task: RenderTask; finish: (body: string) => void; fail: (error: Error) => void }[] = [];
  rendered = 0;

  render(task: RenderTask): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.asked.push({
        task,
        finish: (body) => {
          this.rendered += 1;
          resolve(Buffer.from(body));
        },
        fail: (error) => {
          this.rendered += 1;
          reject(error);
        },
      });
    });
  }

  close = async () => {};

  /** Finishes every render asked for so far, each with its task's label. */
  finishAll(): void {
    for (const render of this.asked.splice(0)) render.finish(`file of ${JSON.stringify(render.task.model)}`);
  }
}

const DAY_ONE = '2026-12-01T09:00:00.000Z';
const DAY_ONE_LATER = '2026-12-01T17:30:00.000Z';
const DAY_TWO = '2026-12-02T09:00:00.000Z';

/** A plan-like model: an agreed version (kept) or a draft (not). */
function planFile({ version = 1, agreed = true, title = 'St Helens PIP', generatedAt = DAY_ONE, format = 'pdf' as RenderTask['format'] } = {}): FileToMake {
  return { task: { document: 'plan', format, model: { title, status: { version }, generatedAt, profile: { generatedAt } } }, keptVersion: agreed ? version : null };
}

async function made(files: ReturnType<typeof documentFiles>, renderer: HandRenderer, workshopId: string, file: FileToMake): Promise<string> {
  const body = files.bytes(workshopId, file);
  renderer.finishAll();
  return (await body).toString();
}

describe('[CAP2] an agreed version\'s files are rendered once and kept', () => {
  it('renders an agreed version\'s file once, then answers from memory, on the same day whatever the hour', async () => {
    const renderer = new HandRenderer();
    const files = documentFiles(renderer);
    const first = await made(files, renderer, 'w1', planFile());
    expect(await files.bytes('w1', planFile())).toEqual(Buffer.from(first));
    expect((await files.bytes('w1', planFile({ generatedAt: DAY_ONE_LATER }))).toString()).toBe(first);
    expect(renderer.rendered).toBe(1);
    expect(files.kept()).toEqual({ files: 1, bytes: first.length });
  });

  it('makes a new file for anything the file would show differently: another workshop, version, format, title, or day (its "Generated on")', async () => {
    const renderer = new HandRenderer();
    const files = documentFiles(renderer);
    await made(files, renderer, 'w1', planFile());
    const others: [string, FileToMake][] = [
      ['w2', planFile()],
      ['w1', planFile({ version: 2 })],
      ['w1', planFile({ format: 'docx' })],
      ['w1', planFile({ title: 'St Helens PIP 2027' })],
      ['w1', planFile({ generatedAt: DAY_TWO })],
    ];
    for (const [workshopId, file] of others) await made(files, renderer, workshopId, file);
    expect(renderer.rendered).toBe(6);
    for (const [workshopId, file] of others) await files.bytes(workshopId, file);
    expect(renderer.rendered).toBe(6);
  });

  it('renders a draft once until it changes, and one render serves everyone who asks for the same file while it is being made', async () => {
    const renderer = new HandRenderer();
    const files = documentFiles(renderer);
    const draft = planFile({ agreed: false });
    const together = Array.from({ length: 25 }, () => files.bytes('w1', draft));
    expect(renderer.asked).toHaveLength(1);
    renderer.finishAll();
    const bodies = (await Promise.all(together)).map(String);
    expect(new Set(bodies).size).toBe(1);
    expect((await files.bytes('w1', draft)).toString()).toBe(bodies[0]);
    expect(renderer.rendered).toBe(1);
    await made(files, renderer, 'w1', planFile({ agreed: false, title: 'St Helens PIP (edited)' }));
    expect(renderer.rendered).toBe(2);
    expect(files.kept().files).toBe(2);
  });

  it('keeps no failed render: everyone waiting on it gets the error, and the next download renders afresh', async () => {
    const renderer = new HandRenderer();
    const files = documentFiles(renderer);
    const waiting = [files.bytes('w1', planFile()), files.bytes('w1', planFile())];
    renderer.asked.splice(0).forEach((r) => r.fail(new Error('The renderer broke.')));
    for (const result of await Promise.allSettled(waiting)) expect(result).toMatchObject({ status: 'rejected', reason: { message: 'The renderer broke.' } });
    await made(files, renderer, 'w1', planFile());
    expect(renderer.rendered).toBe(2);
    expect(files.kept().files).toBe(1);
  });

  it('keeps files within its memory bound, the least recently used leaving first', async () => {
    const renderer = new HandRenderer();
    const one = Buffer.byteLength(`file of ${JSON.stringify(planFile().task.model)}`); // every file here is this size
    const files = documentFiles(renderer, 2 * one);
    await made(files, renderer, 'w1', planFile());
    await made(files, renderer, 'w2', planFile());
    await files.bytes('w1', planFile()); // w1 is now the more recently used
    await made(files, renderer, 'w3', planFile());
    expect(files.kept().files).toBe(2);
    const before = renderer.rendered;
    await files.bytes('w1', planFile());
    expect(renderer.rendered).toBe(before);
    await made(files, renderer, 'w2', planFile());
    expect(renderer.rendered).toBe(before + 1);
  });
});
