import { FACILITATORS, PARTICIPANTS } from '../command/actor';
import type { RulesFor } from '../command/commandRule';
import { accepted, rejected } from '../command/transitionResult';
import type { WorkshopState } from '../workshop/workshop';
import { normaliseOrganisationName, type MapOrganisation, type MapOrganisationId } from './partnershipMap';
import { MAP_ORGANISATIONS_MAX } from './partnershipMapLimits';
import type { PARTNERSHIP_MAP_PAYLOADS } from './partnershipMapPayloads';

/*
 * The partnership map's commands (rule ids in docs/spec.md, MAP1-MAP9). Participants suggest organisations; the
 * facilitators place or dismiss the suggestions, add organisations of their own, rename them, move them between the
 * rings and take them off. One organisation per normalised name (MAP2), suggestions included.
 */

const withOrganisation = (state: WorkshopState, organisation: MapOrganisation): WorkshopState => ({
  ...state,
  mapOrganisations: { ...state.mapOrganisations, [organisation.id]: organisation },
});

function without(state: WorkshopState, id: MapOrganisationId): WorkshopState {
  const mapOrganisations = { ...state.mapOrganisations };
  delete mapOrganisations[id];
  return { ...state, mapOrganisations };
}

function organisationOf(state: WorkshopState, id: string): MapOrganisation | undefined {
  return Object.hasOwn(state.mapOrganisations, id) ? state.mapOrganisations[id as MapOrganisationId] : undefined;
}

const unknownOrganisation = () => rejected('not_found', 'That organisation is not on this map (a facilitator may have removed it).', { organisationId: 'Not on the map.' });
const notYetPlaced = () => rejected('wrong_phase', 'That organisation is a suggestion: place it in a ring first.');
const notASuggestion = () => rejected('wrong_phase', 'That organisation is already on the map; move or remove it instead.');

/** A name's refusal: one with nothing but punctuation, or the name of another organisation already on the map or suggested. */
function nameProblem(state: WorkshopState, name: string, except: MapOrganisationId | null) {
  const key = normaliseOrganisationName(name);
  if (!key) return rejected('invalid_payload', "An organisation's name needs letters or digits.", { name: 'Needs letters or digits.' });
  const same = Object.values(state.mapOrganisations).find((o) => o.id !== except && normaliseOrganisationName(o.name) === key);
  if (!same) return null;
  const where = same.ring === null ? 'has already been suggested' : 'is already on the map';
  return rejected('conflict', `"${same.name}" ${where}.`, { name: 'Already on the map or suggested.' });
}

function roomFor(state: WorkshopState) {
  if (Object.keys(state.mapOrganisations).length < MAP_ORGANISATIONS_MAX) return null;
  return rejected('limit_reached', `The map holds at most ${MAP_ORGANISATIONS_MAX} organisations, suggestions included.`);
}

export const PARTNERSHIP_MAP_COMMANDS = {
  // [MAP3] A participant's suggestion waits, with no ring, for the facilitators.
  'map:suggest': {
    roles: PARTICIPANTS,
    apply: (state, p, _actor, ctx) => {
      const problem = nameProblem(state, p.name, null) ?? roomFor(state);
      if (problem) return problem;
      const organisation: MapOrganisation = { id: ctx.newId() as MapOrganisationId, name: p.name, sector: p.sector, ring: null, suggested: true, createdAt: ctx.now };
      return accepted(withOrganisation(state, organisation), { organisationId: organisation.id });
    },
  },

  // [MAP4] A facilitator's own addition goes straight into its ring.
  'map:add': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p, _actor, ctx) => {
      const problem = nameProblem(state, p.name, null) ?? roomFor(state);
      if (problem) return problem;
      const organisation: MapOrganisation = { id: ctx.newId() as MapOrganisationId, name: p.name, sector: p.sector, ring: p.ring, suggested: false, createdAt: ctx.now };
      return accepted(withOrganisation(state, organisation), { organisationId: organisation.id });
    },
  },

  // [MAP4] Placing a suggestion puts it in a ring, with the sector the facilitator judges it has.
  'map:place': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const organisation = organisationOf(state, p.organisationId);
      if (!organisation) return unknownOrganisation();
      if (organisation.ring !== null) return notASuggestion();
      return accepted(withOrganisation(state, { ...organisation, ring: p.ring, sector: p.sector }), null);
    },
  },

  // [MAP4] Dismissing a suggestion takes it away; a placed organisation is removed instead.
  'map:dismiss': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const organisation = organisationOf(state, p.organisationId);
      if (!organisation) return unknownOrganisation();
      if (organisation.ring !== null) return notASuggestion();
      return accepted(without(state, organisation.id), null);
    },
  },

  // [MAP5] Renaming keeps one organisation per normalised name.
  'map:rename': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const organisation = organisationOf(state, p.organisationId);
      if (!organisation) return unknownOrganisation();
      if (organisation.ring === null) return notYetPlaced();
      const problem = nameProblem(state, p.name, organisation.id);
      if (problem) return problem;
      if (organisation.name === p.name && organisation.sector === p.sector) return accepted(state, null);
      return accepted(withOrganisation(state, { ...organisation, name: p.name, sector: p.sector }), null);
    },
  },

  // [MAP5] Moving to the ring it is already in changes nothing and is accepted (a drag that ends where it began).
  'map:move': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const organisation = organisationOf(state, p.organisationId);
      if (!organisation) return unknownOrganisation();
      if (organisation.ring === null) return notYetPlaced();
      if (organisation.ring === p.ring) return accepted(state, null);
      return accepted(withOrganisation(state, { ...organisation, ring: p.ring }), null);
    },
  },

  // [MAP5] Removing takes a placed organisation off the map.
  'map:remove': {
    roles: FACILITATORS,
    undoable: true,
    apply: (state, p) => {
      const organisation = organisationOf(state, p.organisationId);
      if (!organisation) return unknownOrganisation();
      if (organisation.ring === null) return notYetPlaced();
      return accepted(without(state, organisation.id), null);
    },
  },
} satisfies RulesFor<typeof PARTNERSHIP_MAP_PAYLOADS>;
