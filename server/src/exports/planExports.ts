import type { PlanDocument } from '@roundtable/shared/plan/planDocument';
import { CONTENT_TYPES } from './contentTypes';
import { planCsv } from './planCsv';
import { planDocx } from './planDocx';
import { planMarkdown } from './planMarkdown';
import { planPdf } from './planPdf';
import { PLAN_WORDING } from './planWording';

/**
 * [EXP1] The action plan's files: Word, PDF, Markdown and CSV, each rendered from a PlanDocument
 * (shared/src/plan/planDocument.ts) and nothing else, so every route that hands out the plan — members' downloads,
 * a sponsor's share link — serves the same files for the same version.
 */
export const PLAN_FORMATS = ['docx', 'pdf', 'md', 'csv'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export function isPlanFormat(extension: string): extension is PlanFormat {
  return (PLAN_FORMATS as readonly string[]).includes(extension);
}

const RENDERERS: Readonly<Record<PlanFormat, (plan: PlanDocument) => Buffer | Promise<Buffer>>> = {
  docx: planDocx,
  pdf: planPdf,
  md: (plan) => Buffer.from(planMarkdown(plan), 'utf8'),
  csv: planCsv,
};

export async function renderPlan(format: PlanFormat, document: PlanDocument): Promise<Buffer> {
  return RENDERERS[format](document);
}

/** A rendered plan with what a download needs: `<slug>-action-plan-v<N>[-draft].<ext>` and its media type. */
export interface PlanFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export async function planFile(format: PlanFormat, document: PlanDocument): Promise<PlanFile> {
  return { fileName: PLAN_WORDING.fileName(document, format), contentType: CONTENT_TYPES[format], body: await renderPlan(format, document) };
}
