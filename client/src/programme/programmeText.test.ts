import { describe, expect, it } from 'vitest';
import type { ProgrammeViewArea } from '@roundtable/shared/programme/programmeRest';
import { areasInRegion, linesOf, regionsFromText, regionsOf } from './programmeText';

describe('the programme form and view', () => {
  it('[PROG1] reads regions one a line, areas after the colon, and names a line with no region', () => {
    expect(regionsFromText('North East: Darlington, Gateshead ,\n\nLondon: Sutton\nNorth West')).toEqual({
      ok: true,
      regions: [
        { name: 'North East', areas: [{ name: 'Darlington' }, { name: 'Gateshead' }] },
        { name: 'London', areas: [{ name: 'Sutton' }] },
        { name: 'North West', areas: [] },
      ],
    });
    expect(regionsFromText('North East: Darlington\n : Sutton')).toEqual({ ok: false, line: 2 });
    expect(linesOf(' One \n\nTwo')).toEqual(['One', 'Two']);
  });

  it('[PROG7] filters the view by region, listing each region once', () => {
    const area = (areaId: string, regionId: string, regionName: string): ProgrammeViewArea => ({ areaId, name: areaId, regionId, regionName, summary: null });
    const areas = [area('darlington', 'ne', 'North East'), area('st-helens', 'nw', 'North West'), area('gateshead', 'ne', 'North East')];
    expect(regionsOf(areas)).toEqual([{ regionId: 'ne', name: 'North East' }, { regionId: 'nw', name: 'North West' }]);
    expect(areasInRegion(areas, 'ne').map((a) => a.areaId)).toEqual(['darlington', 'gateshead']);
    expect(areasInRegion(areas, null)).toHaveLength(3);
  });
});
