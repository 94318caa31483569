import { describe, expect, it } from 'vitest';
import { parseCommand } from '../protocol/parseCommand';
import { CommandRoom } from '../testing/commandRoom';
import { pendingSuggestions, placedOrganisations, type MapOrganisationId } from './partnershipMap';
import { MAP_NAME_MAX_CHARS, MAP_ORGANISATIONS_MAX } from './partnershipMapLimits';

const orgId = (room: CommandRoom, name: string) => Object.values(room.state.mapOrganisations).find((o) => o.name === name)!.id;

describe('partnership map commands', () => {
  it('[MAP1] a new workshop starts with an empty map', () => {
    expect(new CommandRoom().state.mapOrganisations).toEqual({});
  });

  it('[MAP3] a participant suggests an organisation; it waits with no ring, and the facilitators place it with its sector as they judge', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    const { organisationId } = room.ok(amy, 'map:suggest', { name: 'Darlington Food Bank', sector: 'other' });
    expect(pendingSuggestions(room.state).map((o) => ({ name: o.name, ring: o.ring, suggested: o.suggested }))).toEqual([{ name: 'Darlington Food Bank', ring: null, suggested: true }]);
    expect(placedOrganisations(room.state)).toEqual([]);
    room.ok(room.lead, 'map:place', { organisationId, ring: 'core', sector: 'third_sector' });
    expect(room.state.mapOrganisations[organisationId as MapOrganisationId]).toMatchObject({ ring: 'core', sector: 'third_sector', suggested: true });
    expect(pendingSuggestions(room.state)).toEqual([]);
  });

  it('[MAP4] a participant cannot place, dismiss, add, move, rename nor remove; a facilitator cannot suggest', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    const { organisationId } = room.ok(amy, 'map:suggest', { name: 'Age UK', sector: 'third_sector' });
    room.fails(amy, 'map:place', { organisationId, ring: 'lead', sector: 'third_sector' }, 'forbidden');
    room.fails(amy, 'map:dismiss', { organisationId }, 'forbidden');
    room.fails(amy, 'map:add', { name: 'Police', sector: 'other_public', ring: 'wider' }, 'forbidden');
    room.fails(room.lead, 'map:suggest', { name: 'Police', sector: 'other_public' }, 'forbidden');
    room.ok(room.lead, 'map:place', { organisationId, ring: 'wider', sector: 'third_sector' });
    room.fails(amy, 'map:move', { organisationId, ring: 'core' }, 'forbidden');
    room.fails(amy, 'map:rename', { organisationId, name: 'Age UK Darlington', sector: 'third_sector' }, 'forbidden');
    room.fails(amy, 'map:remove', { organisationId }, 'forbidden');
  });

  it('[MAP4] facilitators add into a ring and dismiss a suggestion; a placed one is not dismissed, nor a suggestion placed twice', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    const { organisationId: council } = room.ok(room.lead, 'map:add', { name: 'Darlington Borough Council', sector: 'local_authority', ring: 'lead' });
    expect(room.state.mapOrganisations[council as MapOrganisationId]).toMatchObject({ ring: 'lead', suggested: false });
    const { organisationId: gym } = room.ok(amy, 'map:suggest', { name: 'The gym', sector: 'other' });
    room.ok(room.co, 'map:dismiss', { organisationId: gym });
    expect(Object.keys(room.state.mapOrganisations)).toEqual([council]);
    expect(room.fails(room.lead, 'map:dismiss', { organisationId: council }, 'wrong_phase')).toMatch(/already on the map/);
    expect(room.fails(room.lead, 'map:place', { organisationId: council, ring: 'core', sector: 'local_authority' }, 'wrong_phase')).toMatch(/already on the map/);
  });

  it("[MAP5] [UNDO1] a facilitator's placing, moving and removing can be undone like any facilitator action; a participant's suggestion is not in the history", () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    const { organisationId } = room.ok(room.lead, 'map:add', { name: 'Darlington CVS', sector: 'third_sector', ring: 'wider' });
    room.ok(room.lead, 'map:move', { organisationId, ring: 'core' });
    room.ok(room.lead, 'map:remove', { organisationId });
    expect(room.ok(room.co, 'facilitator:undo', {})).toEqual({ undone: 'map:remove' });
    expect(room.state.mapOrganisations[organisationId as MapOrganisationId]).toMatchObject({ name: 'Darlington CVS', ring: 'core' });
    expect(room.ok(room.lead, 'facilitator:undo', {})).toEqual({ undone: 'map:move' });
    expect(room.state.mapOrganisations[organisationId as MapOrganisationId]).toMatchObject({ ring: 'wider' });
    room.ok(amy, 'map:suggest', { name: 'Food bank', sector: 'third_sector' });
    expect(room.ok(room.lead, 'facilitator:undo', {})).toEqual({ undone: 'map:add' });
    expect(Object.values(room.state.mapOrganisations).map((o) => o.name)).toEqual(['Food bank']);
  });

  it('[MAP5] facilitators rename, move between rings and remove placed organisations; a suggestion is placed first', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    const { organisationId } = room.ok(room.lead, 'map:add', { name: 'CVS', sector: 'third_sector', ring: 'wider' });
    room.ok(room.lead, 'map:rename', { organisationId, name: 'Evolve Darlington CVS', sector: 'third_sector' });
    room.ok(room.lead, 'map:move', { organisationId, ring: 'core' });
    expect(room.state.mapOrganisations[organisationId as MapOrganisationId]).toMatchObject({ name: 'Evolve Darlington CVS', ring: 'core' });
    const same = room.state;
    room.ok(room.lead, 'map:move', { organisationId, ring: 'core' });
    expect(room.state).toBe(same);
    const { organisationId: pending } = room.ok(amy, 'map:suggest', { name: 'NHS Trust', sector: 'other_public' });
    expect(room.fails(room.lead, 'map:move', { organisationId: pending, ring: 'core' }, 'wrong_phase')).toMatch(/place it in a ring first/);
    room.fails(room.lead, 'map:rename', { organisationId: pending, name: 'NHS', sector: 'other_public' }, 'wrong_phase');
    room.fails(room.lead, 'map:remove', { organisationId: pending }, 'wrong_phase');
    room.ok(room.lead, 'map:remove', { organisationId });
    expect(placedOrganisations(room.state)).toEqual([]);
  });

  it('[MAP2] one organisation per normalised name: a duplicate suggestion, addition or renaming is refused with the name it clashes with', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    room.ok(room.lead, 'map:add', { name: 'Darlington CVS', sector: 'third_sector', ring: 'core' });
    expect(room.fails(amy, 'map:suggest', { name: 'the darlington  C.V.S.', sector: 'third_sector' }, 'conflict')).toBe('"Darlington CVS" is already on the map.');
    room.ok(amy, 'map:suggest', { name: 'Age UK', sector: 'third_sector' });
    expect(room.fails(room.lead, 'map:add', { name: 'AGE uk', sector: 'third_sector', ring: 'wider' }, 'conflict')).toBe('"Age UK" has already been suggested.');
    const { organisationId } = room.ok(room.lead, 'map:add', { name: 'Police', sector: 'other_public', ring: 'wider' });
    room.fails(room.lead, 'map:rename', { organisationId, name: 'Darlington CVS', sector: 'third_sector' }, 'conflict');
    room.ok(room.lead, 'map:rename', { organisationId, name: 'POLICE', sector: 'other_public' });
    expect(room.fails(room.lead, 'map:add', { name: '!!!', sector: 'other', ring: 'wider' }, 'invalid_payload')).toMatch(/letters or digits/);
  });

  it('[MAP3] the map holds at most MAP_ORGANISATIONS_MAX organisations, suggestions included', () => {
    const room = new CommandRoom();
    const amy = room.join('Amy', 'third_sector');
    for (let i = 0; i < MAP_ORGANISATIONS_MAX; i += 1) room.ok(room.lead, 'map:add', { name: `Organisation ${i}`, sector: 'other', ring: 'wider' });
    expect(room.fails(amy, 'map:suggest', { name: 'One more', sector: 'other' }, 'limit_reached')).toMatch(String(MAP_ORGANISATIONS_MAX));
  });

  it('[MAP7] an unknown organisation, or a built-in property name as its id, is refused and changes nothing', () => {
    const room = new CommandRoom();
    room.ok(room.lead, 'map:add', { name: 'Police', sector: 'other_public', ring: 'wider' });
    for (const name of ['map:move', 'map:remove'] as const) {
      expect(room.fails(room.lead, name, { organisationId: 'no-such-org', ring: 'core' } as never, 'not_found')).toMatch(/not on this map/);
    }
    room.fails(room.lead, 'map:place', { organisationId: 'constructor' as MapOrganisationId, ring: 'core', sector: 'other' }, 'not_found');
    expect(parseCommand('map:move', { commandId: 'command-1', organisationId: '__proto__', ring: 'core' })).toMatchObject({ ok: false, error: { code: 'invalid_payload', fields: { organisationId: expect.any(String) } } });
    expect(orgId(room, 'Police')).toBeTruthy();
  });

  it('[MAP7] payloads are refused at the edge: NUL bytes, an oversized or empty name, an unknown ring or sector, an extra field', () => {
    const base = { commandId: 'command-1' };
    expect(parseCommand('map:suggest', { ...base, name: 'Food\u0000Bank', sector: 'other' })).toMatchObject({ ok: false, error: { message: 'Text cannot contain control characters such as NUL.' } });
    expect(parseCommand('map:suggest', { ...base, name: 'x'.repeat(MAP_NAME_MAX_CHARS + 1), sector: 'other' })).toMatchObject({ ok: false, error: { message: `An organisation's name can be at most ${MAP_NAME_MAX_CHARS} characters.` } });
    expect(parseCommand('map:suggest', { ...base, name: '   ', sector: 'other' })).toMatchObject({ ok: false, error: { message: "An organisation's name cannot be empty." } });
    expect(parseCommand('map:add', { ...base, name: 'Police', sector: 'other', ring: 'centre' })).toMatchObject({ ok: false, error: { message: 'The ring must be lead, core or wider.' } });
    expect(parseCommand('map:suggest', { ...base, name: 'Police', sector: 'police' })).toMatchObject({ ok: false, error: { fields: { sector: expect.stringMatching(/sector must be/) } } });
    expect(parseCommand('map:suggest', { ...base, name: 'Police', sector: 'other', ring: 'lead' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(parseCommand('map:suggest', { ...base, name: '  Police  ', sector: 'other' })).toMatchObject({ ok: true, payload: { name: 'Police' } });
  });
});
