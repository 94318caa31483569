import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readWorkshop } from '../doc/readWorkshop';
import { DOC_LAYOUT_VERSION, writeWorkshop } from '../doc/workshopDoc';
import { CommandRoom } from '../testing/commandRoom';

describe('the partnership map in the doc', () => {
  it('[MAP1] the map is kept in the doc, and a doc written before the map existed reads back with an empty map, without a new layout', () => {
    const room = new CommandRoom();
    room.ok(room.lead, 'map:add', { name: 'Darlington CVS', sector: 'third_sector', ring: 'core' });
    const doc = new Y.Doc();
    doc.transact(() => writeWorkshop(doc, null, room.state));
    expect(readWorkshop(doc).mapOrganisations).toEqual(room.state.mapOrganisations);
    expect(DOC_LAYOUT_VERSION).toBe(7);
    const older = new Y.Doc();
    doc.transact(() => doc.getMap('mapOrganisations').clear());
    Y.applyUpdate(older, Y.encodeStateAsUpdate(doc));
    older.share.delete('mapOrganisations');
    expect(readWorkshop(older).mapOrganisations).toEqual({});
  });
});
