import type { ExportExtension } from './contentTypes';
import type { RegisteredExport } from './exportDocument';

/**
 * [CAP1] One file to render, as it crosses to a render worker: plain data that survives structured cloning — which
 * document, which format, and the document's model (a PlanDocument, a ReviewDocument, …) exactly as its description's
 * `build` made it from the workshop's committed state. A renderer reads nothing else (EXP1), so the worker needs no
 * store, room or clock.
 */
export interface RenderTask {
  /** The registered document's name ("plan"). */
  document: string;
  format: ExportExtension;
  model: unknown;
}

/**
 * What a render worker runs for each task: the named document's renderer for that format, over the documents given
 * (the registry in production, renderWorker.ts). The file comes back as bytes; an unknown document or format is an
 * error, which the pool hands back to the route that asked.
 */
export function renderTasks(documents: readonly RegisteredExport[]): (task: RenderTask) => Promise<Uint8Array> {
  const byName = new Map(documents.map((d) => [d.name, d]));
  return async ({ document, format, model }) => {
    const found = byName.get(document);
    if (!found) throw new Error(`No document is called ${document}.`);
    return found.renderModel(format, model);
  };
}
