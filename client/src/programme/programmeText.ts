import type { NewProgrammeBody, ProgrammeViewArea } from '@roundtable/shared/programme/programmeRest';

/**
 * The programme form's regions, typed one region a line — “North East: Darlington, Gateshead” — as the request's
 * regions; blank lines are skipped. A line with no name before its colon is reported by its number (from 1).
 */
export function regionsFromText(text: string): { ok: true; regions: NonNullable<NewProgrammeBody['regions']> } | { ok: false; line: number } {
  const regions: NonNullable<NewProgrammeBody['regions']> = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = (colon === -1 ? line : line.slice(0, colon)).trim();
    if (!name) return { ok: false, line: index + 1 };
    const areas = colon === -1 ? [] : line.slice(colon + 1).split(',').map((a) => a.trim()).filter(Boolean).map((a) => ({ name: a }));
    regions.push({ name, areas });
  }
  return { ok: true, regions };
}

/** The objectives typed one a line, blank lines skipped. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The areas of one region (or every area, for null), in the programme's order. */
export function areasInRegion(areas: readonly ProgrammeViewArea[], regionId: string | null): ProgrammeViewArea[] {
  return regionId === null ? [...areas] : areas.filter((a) => a.regionId === regionId);
}

/** The programme's regions, once each, in the order their first area appears. */
export function regionsOf(areas: readonly ProgrammeViewArea[]): { regionId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const a of areas) if (!seen.has(a.regionId)) seen.set(a.regionId, a.regionName);
  return [...seen].map(([regionId, name]) => ({ regionId, name }));
}
