import { describe, expect, it } from 'vitest';
import type { ActionId, ObjectiveId } from '../ids/ids';
import type { Action } from '../plan/plan';
import { CommandRoom } from '../testing/commandRoom';
import { isRepresented, normaliseOrganisationName, organisationsInRoom } from './partnershipMap';
import { mapGaps } from './partnershipMapGaps';

describe('the partnership map: who is in the room, and the gaps', () => {
  it('[MAP2] names are matched in a normalised form: case, accents, "&", punctuation, spaces and a leading "the"', () => {
    expect(normaliseOrganisationName('  The Darlington C.V.S. ')).toBe('darlington cvs');
    expect(normaliseOrganisationName('darlington cvs')).toBe('darlington cvs');
    expect(normaliseOrganisationName('Age UK (Darlington) & District')).toBe('age uk darlington and district');
    expect(normaliseOrganisationName('Café Néo')).toBe('cafe neo');
    expect(normaliseOrganisationName('Theatre Hullabaloo')).toBe('theatre hullabaloo');
    expect(normaliseOrganisationName('---')).toBe('');
  });

  it('[MAP2] an organisation is represented when an arrived, not removed member gives it as their organisation', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector', 'the Darlington CVS');
    room.join('Rex', 'other', 'Police');
    room.ok(room.lead, 'member:remove', { memberId: Object.values(room.state.members).find((m) => m.name === 'Rex')!.id });
    const inRoom = organisationsInRoom(room.state);
    expect(isRepresented({ name: 'Darlington CVS' }, inRoom)).toBe(true);
    expect(isRepresented({ name: 'Police' }, inRoom)).toBe(false);
    expect(amy.role).toBe('participant');
  });

  it('[MAP6] the gaps: expected sectors with nobody in the room, unrepresented lead and core organisations, and plan leads off the map', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector', 'Darlington CVS');
    room.join('Cal', 'local_authority', 'Darlington Borough Council');
    room.ok(room.lead, 'map:add', { name: 'Darlington Borough Council', sector: 'local_authority', ring: 'lead' });
    room.ok(room.lead, 'map:add', { name: 'Darlington CVS', sector: 'third_sector', ring: 'core' });
    room.ok(room.lead, 'map:add', { name: 'NHS Foundation Trust', sector: 'other_public', ring: 'core' });
    room.ok(room.lead, 'map:add', { name: 'Rotary club', sector: 'other', ring: 'wider' });
    room.ok(amy, 'map:suggest', { name: 'Youth Trust', sector: 'third_sector' });
    const action = (id: string, councilLead: Action['councilLead'], thirdSectorLead: Action['thirdSectorLead']): Action => ({
      id: id as ActionId, objectiveId: 'objective-1' as ObjectiveId, text: `Action ${id}`, councilLead, thirdSectorLead, leadException: null, timescale: null, notes: '', position: 0,
    });
    const state = {
      ...room.state,
      actions: {
        'action-1': action('action-1', { kind: 'member', memberId: Object.values(room.state.members).find((m) => m.name === 'Cal')!.id }, { kind: 'named', name: 'Yas', organisation: 'Youth Trust', sector: 'third_sector' }),
      },
    };
    const gaps = mapGaps(state);
    expect(gaps.sectorsMissing).toEqual(['other_public', 'other']);
    expect(gaps.centreNotRepresented.map((o) => o.name)).toEqual(['NHS Foundation Trust']);
    // A suggestion waiting to be placed is not on the map yet.
    expect(gaps.planLeadsOffMap).toEqual([{ actionId: 'action-1', actionText: 'Action action-1', slot: 'thirdSectorLead', name: 'Yas', organisation: 'Youth Trust' }]);
  });

  it('[MAP6] an empty map in a room of one sector shows the other expected sectors missing, and nothing else', () => {
    const room = new CommandRoom();
    room.join('Amy', 'third_sector');
    expect(mapGaps(room.state)).toEqual({ sectorsMissing: ['local_authority', 'other_public'], centreNotRepresented: [], planLeadsOffMap: [] });
  });
});
