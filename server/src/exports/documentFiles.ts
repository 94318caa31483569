import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { DocumentRenderer } from './documentRenderer';
import { dayText } from './exportWording';
import type { RenderTask } from './renderTask';

/** The language every document is written in today; part of a kept file's key, so a second language keeps its own. */
export const DOCUMENT_LANGUAGE = 'en-GB';
/** Memory for kept files: a 10 × 10 plan is ~90 KB as PDF and ~15 KB as Word, its review ~330 KB as PDF: hundreds of files. */
export const KEPT_FILES_MAX_BYTES = 32 * 1024 * 1024;

/** A file ready to render: the task for a worker, and the agreed version it is of, if any (part of its key, CAP2). */
export interface FileToMake {
  task: RenderTask;
  /** The agreed version's number when the document is one, null otherwise. */
  keptVersion: number | null;
}

/**
 * [CAP2] The files people download, each rendered once for what it shows:
 * - a file once rendered is kept, in memory, least recently used first out past KEPT_FILES_MAX_BYTES, by workshop,
 *   document, agreed version (or "current"), format, language and a digest of what the file shows. Renderers read
 *   nothing but the model (EXP1), so the same model makes the same file: an agreed version's files are rendered once,
 *   and a draft's until it changes. An agreed version's text never changes, but its file also carries the workshop's
 *   title and the profile as they stand, so any change to what a file would show makes a new one, and the old one is
 *   never served again;
 * - the same file asked for again while it is being rendered (25 people pressing "Download" at once) waits for that
 *   one render instead of starting another.
 * What a file shows is its model with each "generated" time read as the day it prints: a file kept on one day is
 * rendered again on the next, which its "Generated on" line would otherwise misstate.
 */
export interface DocumentFiles {
  /** The file's bytes: kept, already being rendered, or rendered now. Rejects as the renderer does. */
  bytes(workshopId: string, file: FileToMake): Promise<Buffer>;
  /** Renders done since the start (a kept or shared file is not rendered again). */
  readonly rendered: number;
  /** Files kept and the bytes they take. */
  kept(): { files: number; bytes: number };
  close(): Promise<void>;
}

/** The model as JSON with each `generatedAt` read as the day the files print. */
function shownContent(model: unknown): string {
  return JSON.stringify(model, (key, value: unknown) => (key === 'generatedAt' && typeof value === 'string' ? dayText(value) : value));
}

/** A file's key: who it belongs to, what it is, and a digest of what it shows. */
function fileKey(workshopId: string, { task, keptVersion }: FileToMake): string {
  const shown = createHash('sha256').update(shownContent(task.model)).digest('base64url');
  return [workshopId, task.document, keptVersion === null ? 'current' : `v${keptVersion}`, task.format, DOCUMENT_LANGUAGE, shown].join('/');
}

export function documentFiles(renderer: DocumentRenderer, maxKeptBytes = KEPT_FILES_MAX_BYTES): DocumentFiles {
  const keptFiles = new LRUCache<string, Buffer>({ maxSize: maxKeptBytes, sizeCalculation: (body) => Math.max(1, body.length) });
  const rendering = new Map<string, Promise<Buffer>>();

  return {
    bytes(workshopId, file) {
      const key = fileKey(workshopId, file);
      const kept = keptFiles.get(key);
      if (kept) return Promise.resolve(kept);
      const already = rendering.get(key);
      if (already) return already;
      const made = renderer.render(file.task).then(
        (body) => {
          rendering.delete(key);
          if (body.length <= maxKeptBytes) keptFiles.set(key, body);
          return body;
        },
        (error: unknown) => {
          rendering.delete(key);
          throw error;
        },
      );
      rendering.set(key, made);
      return made;
    },
    get rendered() {
      return renderer.rendered;
    },
    kept: () => ({ files: keptFiles.size, bytes: keptFiles.calculatedSize }),
    close: () => renderer.close(),
  };
}
