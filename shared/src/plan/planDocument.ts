import { buildProfile, type PartnershipProfile } from '../profile/profile';
import type { WorkshopState } from '../workshop/workshop';
import { actionsOf, objectivesInOrder, timescaleLabel, versionsInOrder, type Action, type Lead, type Objective, type PlanSnapshot, type PlanVersion } from './plan';
import { leadName } from './planRules';

/**
 * The action plan as a document to file: one agreed version's text, or the current draft, with what a reader who was
 * not in the room needs — who took part, the vision and key principles, each objective's actions with their council
 * lead, third-sector lead and timescale, the joint review date — and the partnership profile the plan grew from, as
 * an appendix. Every rendering of the plan (Word, PDF, Markdown, CSV, a sponsor's share link) is made from this, so
 * they all say the same. Texts are as typed; renderers make them printable.
 */

export interface PlanDocumentLead {
  name: string;
  organisation: string;
}

export interface PlanDocumentAction {
  /** "2.3": the objective's number, then the action's within it. */
  number: string;
  text: string;
  /** Null while a draft has no lead in that slot yet (an agreed version always has both: PLAN4). */
  councilLead: PlanDocumentLead | null;
  thirdSectorLead: PlanDocumentLead | null;
  /** "Q2 2027", "March 2027" or a date; empty while a draft has none. */
  timescale: string;
  notes: string;
  /** Why the group agreed leads that are not one of each sector (PLAN3); null when they are. */
  leadException: string | null;
}

export interface PlanDocumentObjective {
  number: number;
  text: string;
  actions: PlanDocumentAction[];
}

/** A draft is the text that would become `version` if agreed; an agreed version is frozen with its date. */
export type PlanDocumentStatus = { kind: 'draft'; version: number } | { kind: 'agreed'; version: number; agreedAt: string };

export interface PlanDocument {
  title: string;
  area: string;
  status: PlanDocumentStatus;
  /** When the document was made (ISO 8601), as passed in. */
  generatedAt: string;
  /** A version's organisations at agreement; a draft's, those of the participants taking part now. */
  organisations: string[];
  vision: string;
  principles: string[];
  objectives: PlanDocumentObjective[];
  /** The joint review date (YYYY-MM-DD); null for a draft that has none yet (agreement sets six months on). */
  reviewDate: string | null;
  /** The partnership profile as it stands when the document is made (the profile is not versioned). */
  profile: PartnershipProfile;
  /** [PLAN10] An agreed version's answers by sector and the concerns raised (no names); null for a draft. */
  agreement: Pick<PlanVersion, 'responses' | 'concerns'> | null;
}

type LeadOf = (lead: Lead | null) => PlanDocumentLead | null;

function documentObjectives(objectives: readonly Objective[], actionsOfObjective: (o: Objective) => Action[], leadOf: LeadOf): PlanDocumentObjective[] {
  return objectives.map((objective, i) => ({
    number: i + 1,
    text: objective.text,
    actions: actionsOfObjective(objective).map((action, j) => ({
      number: `${i + 1}.${j + 1}`,
      text: action.text,
      councilLead: leadOf(action.councilLead),
      thirdSectorLead: leadOf(action.thirdSectorLead),
      timescale: timescaleLabel(action.timescale),
      notes: action.notes,
      leadException: action.leadException,
    })),
  }));
}

function draftDocument(state: WorkshopState, generatedAt: string): PlanDocument {
  const profile = buildProfile(state, generatedAt);
  const leadOf: LeadOf = (lead) => {
    if (!lead) return null;
    const { name, organisation } = leadName(state, lead);
    return { name, organisation };
  };
  return {
    title: state.meta.title,
    area: state.meta.area,
    status: { kind: 'draft', version: state.plan.nextVersion },
    generatedAt,
    organisations: profile.organisations,
    vision: state.plan.vision,
    principles: state.plan.principles,
    objectives: documentObjectives(objectivesInOrder(state), (o) => actionsOf(state, o.id), leadOf),
    reviewDate: state.plan.reviewDate,
    profile,
    agreement: null,
  };
}

/** Leads as the version froze them: a member's later change of name, or departure, does not rewrite it. */
function snapshotLead(snapshot: PlanSnapshot): LeadOf {
  return (lead) => {
    if (!lead) return null;
    if (lead.kind === 'named') return { name: lead.name, organisation: lead.organisation };
    const frozen = snapshot.leadNames[lead.memberId];
    return frozen ? { name: frozen.name, organisation: frozen.organisation } : { name: 'Someone who left', organisation: '' };
  };
}

function versionDocument(state: WorkshopState, version: PlanVersion, generatedAt: string): PlanDocument {
  const { snapshot } = version;
  const objectives = [...snapshot.objectives].sort((a, b) => a.position - b.position);
  const actionsOfObjective = (o: Objective) => snapshot.actions.filter((a) => a.objectiveId === o.id).sort((a, b) => a.position - b.position);
  return {
    title: state.meta.title,
    area: state.meta.area,
    status: { kind: 'agreed', version: version.number, agreedAt: version.agreedAt },
    generatedAt,
    organisations: version.organisations,
    vision: snapshot.vision,
    principles: snapshot.principles,
    objectives: documentObjectives(objectives, actionsOfObjective, snapshotLead(snapshot)),
    reviewDate: snapshot.reviewDate,
    profile: buildProfile(state, generatedAt),
    agreement: { responses: version.responses, concerns: version.concerns },
  };
}

/**
 * [EXP1] The plan to render. `version` null is the plan as it stands: the current draft (or, while the room is being
 * asked, the text put to it), or the latest agreed version when nothing has changed since its agreement. A number is
 * that agreed version, exactly as agreed; null when no version has that number.
 */
export function planDocument(state: WorkshopState, version: number | null, generatedAt: string): PlanDocument | null {
  const versions = versionsInOrder(state);
  if (version !== null) {
    const agreed = versions.find((v) => v.number === version);
    return agreed ? versionDocument(state, agreed, generatedAt) : null;
  }
  const latest = versions.at(-1);
  if (state.plan.status === 'agreed' && latest && latest.number === state.plan.nextVersion - 1) return versionDocument(state, latest, generatedAt);
  return draftDocument(state, generatedAt);
}
