import type { ActionSpec, Person } from './planUi';

/*
 * The plan the action plan test builds, agrees and shares: a Darlington partnership of two council and two
 * third-sector participants, three objectives of two actions each.
 */

/** Every timescale is next year: never one that has passed (PLAN5). */
const YEAR = String(new Date().getUTCFullYear() + 1);

export const workshop = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Fiona Fairweather' };
const COUNCIL = 'Local council';
const THIRD_SECTOR = 'Third sector – voluntary & community';
const chris: Person = { name: 'Chris Calder', organisation: 'Darlington Borough Council', sectorLabel: COUNCIL };
const dana: Person = { name: 'Dana Dixon', organisation: 'Darlington Housing Services', sectorLabel: COUNCIL };
const tanya: Person = { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sectorLabel: THIRD_SECTOR };
const omar: Person = { name: 'Omar Okafor', organisation: 'eVOLution Darlington', sectorLabel: THIRD_SECTOR };
export const participants = { chris, dana, tanya, omar };
/** The co-facilitator, as they say who they are on first opening their link (LIVE4). */
export const coFacilitator: Person = { name: 'Sam Okafor', organisation: 'Darlington CVS', sectorLabel: THIRD_SECTOR };

export const objective = {
  resources: 'To develop a shared approach to build sustainability and maximise resources within all sectors',
  communication: 'To develop new and improved ways of communicating between the sectors',
  governance: 'To develop a shared understanding of governance and the key elements of partnership working',
};
/** Objective 2 as each facilitator rewords it at the same time; the lead keeps theirs. */
export const reworded = { byLead: 'To improve communication between the council and the third sector', byCo: 'To find better ways for the two sectors to talk to each other' };
export const suggested = 'Include the PIP action plan in the joint council and third sector strategy';

const member = (person: Person) => ({ kind: 'member' as const, person });
export const actions = {
  audit: { text: 'Cross-sector audit of service provision, resource needs and skills', council: member(chris), thirdSector: member(tanya), timescale: { kind: 'month', month: 'March', year: YEAR }, notes: 'Build on the CVS database.' },
  volunteering: {
    text: 'A local authority employee volunteering strategy',
    council: member(dana),
    thirdSector: { kind: 'named', name: 'Sue Smith', organisation: 'Age UK Darlington', sectorLabel: THIRD_SECTOR },
    timescale: { kind: 'quarter', quarter: 'Q2', year: YEAR },
  },
  newsletter: { text: 'A joint newsletter for both sectors every quarter', council: member(chris), thirdSector: member(omar), timescale: { kind: 'month', month: 'January', year: YEAR } },
  inclusion: { text: 'Inclusion of PIP action plan in joint LA/Third Sector Strategy', council: member(dana), thirdSector: member(tanya), timescale: { kind: 'month', month: 'June', year: YEAR } },
  factsheets: { text: 'Joint factsheets on governance and operational issues', council: member(chris), thirdSector: member(omar), timescale: { kind: 'month', month: 'September', year: YEAR } },
  training: { text: 'Cross-sector training on partnership working', council: member(dana), thirdSector: member(tanya), timescale: { kind: 'quarter', quarter: 'Q4', year: YEAR } },
} satisfies Record<string, ActionSpec>;

/** The plan as agreed: objective 2 as the lead reworded it, the inclusion action as Tanya suggested it. */
export const agreedObjectives = [objective.resources, reworded.byLead, objective.governance];
export const agreedActions: ActionSpec[] = Object.values(actions).map((a) => (a === actions.inclusion ? { ...a, text: suggested } : a));
export const concern = 'The training needs more time: third-sector groups plan their year in the spring.';
