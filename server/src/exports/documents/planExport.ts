import { versionsInOrder } from '@roundtable/shared/plan/plan';
import { planDocument, type PlanDocument } from '@roundtable/shared/plan/planDocument';
import type { Ack } from '@roundtable/shared/protocol/errors';
import type { WorkshopState } from '@roundtable/shared/workshop/workshop';
import { access, defineExport, utf8, type RawQuery } from '../exportDocument';
import { planCsv } from '../planCsv';
import { planDocx } from '../planDocx';
import { planMarkdown } from '../planMarkdown';
import { planPdf } from '../planPdf';
import { PLAN_WORDING } from '../planWording';

/** Versions are numbered from 1; past this a number is not one a plan could have reached. */
const VERSION_PATTERN = /^[1-9][0-9]{0,5}$/;

/**
 * [EXP2] `?version=N` as asked: null when absent (the plan as it stands), or the number; anything else (a repeated
 * parameter, zero, a sign, a fraction, letters) is 400 `invalid_payload`.
 */
function requestedVersion(query: RawQuery): Ack<number | null> {
  const raw = query.version;
  if (raw === undefined) return { ok: true, data: null };
  if (typeof raw === 'string' && VERSION_PATTERN.test(raw)) return { ok: true, data: Number(raw) };
  const { message, field } = PLAN_WORDING.invalidVersion;
  return { ok: false, error: { code: 'invalid_payload', message, fields: { version: field } } };
}

/** [SHARE2] What a share link opens: the latest agreed version of the plan, or null before the first agreement. */
export function latestAgreedPlan(state: WorkshopState, now: string): PlanDocument | null {
  const latest = versionsInOrder(state).at(-1);
  return latest ? planDocument(state, latest.number, now) : null;
}

/**
 * [EXP1] The action plan as Word, PDF, Markdown and CSV, each rendered from a PlanDocument
 * (shared/src/plan/planDocument.ts) and nothing else, so every asker gets the same files for the same version:
 * - [EXP2] a member, the plan as it stands or with `?version=N` an agreed version exactly as agreed;
 * - [SHARE2] a sponsor's share link, the latest agreed version, and nothing before the first agreement.
 * [CAP2] An agreed version's files are rendered once and kept, for every asker alike.
 */
export const PLAN_EXPORT = defineExport({
  name: 'plan',
  formats: { docx: planDocx, pdf: planPdf, md: utf8(planMarkdown), csv: planCsv },
  fileName: PLAN_WORDING.fileName,
  keep: (plan) => (plan.status.kind === 'agreed' ? plan.status.version : null),
  access: {
    member: access({
      noun: PLAN_WORDING.noun,
      query: requestedVersion,
      build: (state, { now, query: version }) => planDocument(state, version, now),
      unavailable: ({ query: version }) => ({ code: 'not_found', message: PLAN_WORDING.versionNotAgreed(version) }),
    }),
    shareLink: access({
      noun: PLAN_WORDING.sharedNoun,
      build: (state, { now }) => latestAgreedPlan(state, now),
      unavailable: () => ({ code: 'not_found', message: PLAN_WORDING.notAgreedYet }),
    }),
  },
});

export type PlanFormat = (typeof PLAN_EXPORT.extensions)[number];
