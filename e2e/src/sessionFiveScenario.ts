import type { Timescale } from '@roundtable/shared/plan/plan';
import { timescaleLabel } from '@roundtable/shared/plan/plan';
import type { SurveyAnswer } from '@roundtable/shared/survey/survey';
import type { Person } from './planUi';
import type { Sector } from '@roundtable/shared/members/sector';

/*
 * Session five of a Darlington partnership, three months on: the plan agreed in session four (two objectives, three
 * actions, leads from both sectors, some of them not in the room), two leads' reports between sessions, the
 * key-learning board, the feedback survey as three participants answer it, and what the files must then say.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Session four, as far back as the server's clock is set while the plan is agreed (see sessionFiveClock.ts). */
export const SESSION_FOUR_OFFSET_MS = -75 * DAY_MS;

const sessionFour = new Date(Date.now() + SESSION_FOUR_OFFSET_MS);
const nextYear = new Date().getUTCFullYear() + 1;
const month = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

export const workshop = { title: 'Darlington PIP 2026', area: 'Darlington', facilitatorName: 'Fiona Fairweather' };

const COUNCIL = 'Local council';
const THIRD_SECTOR = 'Third sector – voluntary & community';
export const participants = {
  chris: { name: 'Chris Calder', organisation: 'Darlington Borough Council', sectorLabel: COUNCIL },
  tanya: { name: 'Tanya Thwaite', organisation: 'Darlington CVS', sectorLabel: THIRD_SECTOR },
  omar: { name: 'Omar Okafor', organisation: 'eVOLution Darlington', sectorLabel: THIRD_SECTOR },
} satisfies Record<string, Person>;
export type ParticipantKey = keyof typeof participants;
/** The co-facilitator, as they say who they are on first opening their link (LIVE4). */
export const coFacilitator: Person = { name: 'Sam Okafor', organisation: 'Darlington CVS', sectorLabel: THIRD_SECTOR };

/** A lead who is not in the room, named with their organisation and sector. */
export interface NamedLead {
  name: string;
  organisation: string;
  sector: Sector;
}
const priya: NamedLead = { name: 'Priya Patel', organisation: 'Darlington Borough Council', sector: 'local_authority' };
const sue: NamedLead = { name: 'Sue Smith', organisation: 'Age UK Darlington', sector: 'third_sector' };

export type LeadSpec = { kind: 'member'; who: ParticipantKey } | ({ kind: 'named' } & NamedLead);
export interface ActionSpec {
  text: string;
  council: LeadSpec;
  thirdSector: LeadSpec;
  timescale: Timescale;
}

export const vision = 'The council and the third sector plan and deliver together, as equal partners.';
export const principles = ['Openness and transparency', 'Listening to what each partner has to say'];

export const objectives = {
  resources: 'To develop a shared approach to build sustainability and maximise resources within all sectors',
  communication: 'To develop new and improved ways of communicating between the sectors',
};

export const actions = {
  /** Due by the end of session four's month: overdue by session five (REV5). */
  audit: {
    text: 'Cross-sector audit of service provision, resource needs and skills',
    council: { kind: 'member', who: 'chris' },
    thirdSector: { kind: 'named', ...sue },
    timescale: { kind: 'month', month: month(sessionFour) },
  },
  volunteering: {
    text: 'A local authority employee volunteering strategy',
    council: { kind: 'named', ...priya },
    thirdSector: { kind: 'member', who: 'tanya' },
    timescale: { kind: 'quarter', quarter: `${nextYear}-Q2` },
  },
  newsletter: {
    text: 'A joint newsletter for both sectors every quarter',
    council: { kind: 'member', who: 'chris' },
    thirdSector: { kind: 'member', who: 'omar' },
    timescale: { kind: 'month', month: `${nextYear}-01` },
  },
} satisfies Record<string, ActionSpec>;

/** The plan's objectives with their actions, in order (actions numbered 1.1, 1.2, 2.1). */
export const plan = [
  { objective: objectives.resources, actions: [actions.audit, actions.volunteering] },
  { objective: objectives.communication, actions: [actions.newsletter] },
];

/** "Overdue: due by end of September 2026": what the review says of the audit. */
export const auditDueBy = `end of ${timescaleLabel(actions.audit.timescale)}`;

/** The two leads with links: a council lead and a third-sector lead, of different actions, neither in the room. */
export const leads = {
  priya: { ...priya, slotWords: 'council lead', action: actions.volunteering },
  sue: { ...sue, slotWords: 'third-sector lead', action: actions.audit },
};

/** What the leads report, in order: Priya twice (the second in session five), Sue once; Sue's last try is refused. */
export const reports = {
  priyaFirst: {
    status: 'On track',
    note: 'The draft strategy went to the council management team in October.',
    evidence: { text: 'Draft strategy on the council website', url: 'https://www.darlington.gov.uk/volunteering-strategy' },
  },
  sue: {
    status: 'At risk',
    note: 'Half of the groups have sent their returns; the rest need a reminder visit.',
    evidence: { text: 'Audit returns so far', url: 'https://www.darlingtoncvs.org.uk/audit' },
  },
  sueAfterRevoked: { status: 'On track', note: 'All returns are now in.' },
  priyaSecond: { status: 'Done', note: 'Cabinet adopted the strategy and ten staff have volunteered since.' },
};

/** The key-learning card a participant adds in session five. */
export const keyLearning = 'Visiting each other at work built trust between the sectors';

/** A scale answer as a participant picks it, or a question skipped. */
type Choice = SurveyAnswer | 'skip';
const V: Choice = 'very_helpful';
const H: Choice = 'helpful';
const N: Choice = 'neither';
const P: Choice = 'partially_helpful';
const X: Choice = 'not_helpful';
const S: Choice = 'skip';

/** Each participant's answers to the eleven PIP items, in the survey's order, and to the written question. */
export const surveyAnswers: Record<ParticipantKey, { scale: Choice[]; text: string }> = {
  chris: { scale: [V, H, H, P, H, N, V, H, V, S, H], text: 'We now hold a joint funding surgery every quarter' },
  tanya: { scale: [H, V, N, H, P, H, V, V, H, X, N], text: 'I phoned the commissioning team directly for the first time' },
  omar: { scale: [N, H, V, H, X, P, H, S, H, N, P], text: '' },
};

/** What the results must say of the item at `index`: how many gave each answer, skipped it, and the helpful share. */
export function expectedResult(index: number): { counts: Record<SurveyAnswer, number>; skipped: number; helpfulPercent: number | null } {
  const counts: Record<SurveyAnswer, number> = { not_helpful: 0, partially_helpful: 0, neither: 0, helpful: 0, very_helpful: 0 };
  let skipped = 0;
  for (const { scale } of Object.values(surveyAnswers)) {
    const choice = scale[index];
    if (choice === undefined || choice === 'skip') skipped += 1;
    else counts[choice] += 1;
  }
  const answered = Object.values(counts).reduce((a, b) => a + b, 0);
  return { counts, skipped, helpfulPercent: answered === 0 ? null : Math.round((100 * (counts.helpful + counts.very_helpful)) / answered) };
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF), as the survey's CSV is written. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
