import type { Ack, AppError } from '@roundtable/shared/protocol/errors';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import type { LeadLinkRecord, MemberRecord, ShareLinkRecord } from '../store/workshopStore';
import { CONTENT_TYPES, type ExportExtension } from './contentTypes';
import type { FileToMake } from './documentFiles';
import { EXPORT_WORDING } from './exportWording';

/**
 * What a downloadable document is: its formats, the file each downloads as, who may fetch it, when it is available and
 * how it is built from the workshop's committed state. A document module (documents/<name>Export.ts) writes one
 * ExportDescription and passes it to `defineExport`; the registry (exportRegistry.ts) lists the results, and
 * http/exportRoutes.ts serves every registered document to every asker it names, in the same order of checks:
 * format (404), asker (401), query (400), workshop (404), availability (the description's error), file.
 */

/** Who may ask for a document, and the record that lets them: a member of the workshop, a sponsor's share link, a lead's progress link. */
export interface Askers {
  member: MemberRecord;
  shareLink: ShareLinkRecord;
  leadLink: LeadLinkRecord;
}
export type Audience = keyof Askers;

/** A request's query string as Express parses it. */
export type RawQuery = Readonly<Record<string, unknown>>;

export interface DocumentRequest<W, Q> {
  /** When the document is made (ISO 8601): documents say when they were generated. */
  now: string;
  /** The record of who asked (a member, a share link, a lead link). */
  asker: W;
  /** The query string as `query` read it. */
  query: Q;
}

/** How one kind of asker gets a document. */
export interface AccessSpec<D, W, Q> {
  /** What "The … can be downloaded as .docx, .pdf or .md." calls the document: the 404 for any other extension. */
  noun: string;
  /** Reads the query string, once the asker is known and before the workshop is read; a malformed one is answered with its error. Absent: none is read. */
  query?: (raw: RawQuery) => Ack<Q>;
  /** The document from the workshop's committed state, or null while it is not available to this asker. */
  build: (state: WorkshopState, request: DocumentRequest<W, Q>) => D | null;
  /** The answer when `build` gives null: e.g. 409 `wrong_phase` before any agreement. Absent where `build` never does. */
  unavailable?: (request: DocumentRequest<W, Q>) => AppError;
}

/** An AccessSpec with its query's type sealed inside: what a description lists for each asker. */
export interface Access<D, W> {
  noun: string;
  /** The query read; then, from the committed state, the document or why it is not available. */
  open: (raw: RawQuery) => Ack<(state: WorkshopState, now: string, asker: W) => Ack<D>>;
}

export function access<D, W, Q = undefined>(spec: AccessSpec<D, W, Q>): Access<D, W> {
  return {
    noun: spec.noun,
    open: (raw) => {
      // Without a `query`, Q is `undefined` (its default): nothing is read.
      const query = spec.query ? spec.query(raw) : ({ ok: true, data: undefined } as Ack<Q>);
      if (!query.ok) return query;
      return {
        ok: true,
        data: (state, now, asker) => {
          const request = { now, asker, query: query.data };
          const document = spec.build(state, request);
          if (document !== null) return { ok: true, data: document };
          return { ok: false, error: spec.unavailable?.(request) ?? { code: 'internal', message: 'This document could not be made.' } };
        },
      };
    },
  };
}

export type Renderer<D> = (document: D) => Buffer | Promise<Buffer>;

/** A renderer of text (Markdown) as the UTF-8 bytes of its file. */
export function utf8<D>(render: (document: D) => string): Renderer<D> {
  return (document) => Buffer.from(render(document), 'utf8');
}

export interface ExportDescription<D, F extends ExportExtension> {
  /** The file's name in every URL: `/api/workshops/:id/<name>.<ext>` for members, `/api/shared/<name>.<ext>` for share links, `/api/lead/<name>.<ext>` for lead links. */
  name: string;
  /** A renderer per format, in the order "can be downloaded as" lists them. */
  formats: Readonly<Record<F, Renderer<D>>>;
  /** The file a format downloads as (its Content-Disposition). */
  fileName: (document: D, extension: NoInfer<F>) => string;
  /** Who may fetch it and how each gets it; an asker not listed has no URL for it. */
  access: { readonly [A in Audience]?: Access<D, Askers[A]> };
  /** [CAP2] The agreed version's number when a document is one, part of its files' key (documentFiles.ts). */
  keep?: (document: D) => number | null;
}

/** A rendered document with what a download needs. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** A document built and ready to render: what a download needs besides its bytes, and what makes them. */
export interface PreparedFile {
  fileName: string;
  contentType: string;
  make: FileToMake;
}

/** What the routes run for one kind of asker, the document's type sealed inside. */
export interface ServedAccess<W> {
  /** The 404 for an extension the document does not come in. */
  unknownFormat: AppError;
  /** The query read; then, from the committed state, the file in `extension` ready to render, or why it is not available. */
  open: (raw: RawQuery) => Ack<(state: WorkshopState, now: string, asker: W, extension: string) => Ack<PreparedFile>>;
}

/** A registered document as the routes and the render workers see it. */
export interface RegisteredExport {
  readonly name: string;
  readonly extensions: readonly ExportExtension[];
  isFormat: (extension: string) => boolean;
  readonly served: { readonly [A in Audience]?: ServedAccess<Askers[A]> };
  /** [CAP1] Renders a model this document's `build` made, as a render worker receives it (structured-cloned). */
  renderModel: (extension: string, model: unknown) => Promise<Buffer>;
}

/** A described document: what the routes serve, and its formats and files rendered on the calling thread, for tests and benchmarks. */
export interface ExportDocument<D, F extends ExportExtension> extends RegisteredExport {
  readonly extensions: readonly F[];
  isFormat: (extension: string) => extension is F;
  render: (format: F, document: D) => Promise<Buffer>;
  file: (format: F, document: D) => Promise<ExportFile>;
}

export function defineExport<D, F extends ExportExtension>(description: ExportDescription<D, F>): ExportDocument<D, F> {
  const extensions = Object.keys(description.formats) as F[];
  const isFormat = (extension: string): extension is F => Object.hasOwn(description.formats, extension);
  const render = async (format: F, document: D) => description.formats[format](document);
  const file = async (format: F, document: D): Promise<ExportFile> => ({ fileName: description.fileName(document, format), contentType: CONTENT_TYPES[format], body: await render(format, document) });

  function serve<W>(way: Access<D, W> | undefined): ServedAccess<W> | undefined {
    if (!way) return undefined;
    const unknownFormat: AppError = { code: 'not_found', message: EXPORT_WORDING.downloadableAsText(way.noun, extensions) };
    return {
      unknownFormat,
      open: (raw) => {
        const opened = way.open(raw);
        if (!opened.ok) return opened;
        return {
          ok: true,
          data: (state, now, asker, extension) => {
            if (!isFormat(extension)) return { ok: false, error: unknownFormat };
            const built = opened.data(state, now, asker);
            if (!built.ok) return built;
            const make = { task: { document: description.name, format: extension, model: built.data }, keptVersion: description.keep?.(built.data) ?? null };
            return { ok: true, data: { fileName: description.fileName(built.data, extension), contentType: CONTENT_TYPES[extension], make } };
          },
        };
      },
    };
  }

  const { member, shareLink, leadLink } = description.access;
  const renderModel = (extension: string, model: unknown): Promise<Buffer> => {
    if (!isFormat(extension)) return Promise.reject(new Error(`The ${description.name} does not come as .${extension}.`));
    return render(extension, model as D);
  };
  return { name: description.name, extensions, isFormat, render, file, renderModel, served: { member: serve(member), shareLink: serve(shareLink), leadLink: serve(leadLink) } };
}
