import { publishedOutputs, type AreaOutputs } from '@roundtable/shared/programme/areaOutputs';
import { areaSummary } from '@roundtable/shared/programme/areaSummary';
import type { ProgrammeView } from '@roundtable/shared/programme/programmeRest';
import type { WorkshopId } from '@roundtable/shared/ids/ids';
import type { WorkshopRooms } from '../workshops/workshopRooms';
import { areasOf, type ProgrammeRecord, type ProgrammeStore } from './programmeStore';

/**
 * [PROG5] An area's published outputs, read from its room once every change queued before has committed (so nothing
 * not yet durable is ever published); null if its workshop no longer loads.
 */
export async function areaOutputsOf(rooms: WorkshopRooms, workshopId: string, now: () => string): Promise<AreaOutputs | null> {
  return rooms.with(workshopId as WorkshopId, (room) => room.readCommitted(() => publishedOutputs(room.current, now())));
}

/** [PROG7] The programme view: every area with its region and, once it has a workshop, its line. */
export async function programmeViewOf(programmes: ProgrammeStore, rooms: WorkshopRooms, programme: ProgrammeRecord, now: () => string): Promise<ProgrammeView> {
  const workshops = new Map((await programmes.listAreaWorkshops(programme.programmeId)).map((w) => [w.areaId, w.workshopId]));
  const areas = await Promise.all(
    areasOf(programme).map(async ({ area, region }) => {
      const workshopId = workshops.get(area.areaId);
      const outputs = workshopId ? await areaOutputsOf(rooms, workshopId, now) : null;
      return { areaId: area.areaId, name: area.name, regionId: region.regionId, regionName: region.name, summary: outputs ? areaSummary(outputs, now().slice(0, 10)) : null };
    }),
  );
  return { programmeId: programme.programmeId, title: programme.title, areas };
}
