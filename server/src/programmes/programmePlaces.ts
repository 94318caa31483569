import type { ProgrammeBody } from '@roundtable/shared/programme/programmeRest';
import type { AppError } from '@roundtable/shared/protocol/errors';
import { newId } from '../http/secrets';
import { areasOf, type ProgrammeRecord, type RegionRecord } from './programmeStore';

type Regions = NonNullable<ProgrammeBody['regions']>;

/**
 * [PROG1] A programme's regions and areas from a request: a new region or area gets a fresh id; one named by id must be
 * one the programme has (an area may move to another region), named once. A new programme has none to name.
 */
export function placesFrom(regions: Regions, existing: ProgrammeRecord | null): { ok: true; regions: RegionRecord[] } | { ok: false; error: AppError } {
  const knownRegions = new Set(existing?.regions.map((r) => r.regionId) ?? []);
  const knownAreas = new Set(existing ? areasOf(existing).map((a) => a.area.areaId) : []);
  const seen = new Set<string>();
  const refuse = (path: string, message: string) => ({ ok: false as const, error: { code: 'invalid_payload' as const, message, fields: { [path]: message } } });
  const out: RegionRecord[] = [];
  for (const [i, region] of regions.entries()) {
    if (region.regionId !== undefined && (!knownRegions.has(region.regionId) || seen.has(region.regionId))) {
      return refuse(`regions.${i}.regionId`, 'That region is not one of this programme’s (a new region is sent without an id).');
    }
    const regionId = region.regionId ?? newId();
    seen.add(regionId);
    const areas = [];
    for (const [j, area] of region.areas.entries()) {
      if (area.areaId !== undefined && (!knownAreas.has(area.areaId) || seen.has(area.areaId))) {
        return refuse(`regions.${i}.areas.${j}.areaId`, 'That area is not one of this programme’s (a new area is sent without an id).');
      }
      const areaId = area.areaId ?? newId();
      seen.add(areaId);
      areas.push({ areaId, name: area.name });
    }
    out.push({ regionId, name: region.name, areas });
  }
  return { ok: true, regions: out };
}
