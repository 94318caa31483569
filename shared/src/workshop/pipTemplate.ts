import type { BoardKind } from '../board/board';
import type { HealthRound } from '../healthCheck/healthCheck';

/**
 * The five PIP sessions and their default boards, from "Getting things done together" (IDeA/IVAR):
 * sessions 1-4 close together and build the partnership profile, the objectives and the action plan;
 * session 5, three to six months later, reviews implementation. Facilitators adapt this per workshop.
 */
export interface BoardTemplate {
  kind: BoardKind;
  title: string;
  prompt: string;
}

export interface SessionTemplate {
  number: number;
  title: string;
  agenda: string;
  boards: readonly BoardTemplate[];
  /** The round of the health check this session holds, if any (HEALTH2). */
  healthCheck?: HealthRound;
  /** Whether participants are offered the partnership map in this session, to suggest its organisations (MAP3). */
  partnershipMap?: boolean;
}

export const PIP_SESSIONS: readonly SessionTemplate[] = [
  {
    number: 1,
    title: 'Experiences and local drivers',
    agenda:
      'Welcome and introductions. Share our experiences of cross-sector partnership working in this area. ' +
      'The national policy context, and what drives the council and the third sector to work together here. ' +
      'Map the local partnership: its lead, core and wider partners, and who is missing from the room.',
    healthCheck: 1,
    partnershipMap: true,
    boards: [
      {
        kind: 'experiences',
        title: 'Our experiences of partnership working',
        prompt: 'Think of a time the council and the third sector worked together here. What happened, and what made it work or not?',
      },
      {
        kind: 'drivers',
        title: 'Local drivers',
        prompt: 'What drives cross-sector partnership working in our area? Think of national policy, local priorities, resources and past success.',
      },
    ],
  },
  {
    number: 2,
    title: 'Benefits and difficult aspects',
    agenda:
      'What partnership working between the sectors gives us, and what makes it hard: partnership models, ' +
      'the people involved, and the processes.',
    boards: [
      {
        kind: 'benefits',
        title: 'Benefits of partnership working',
        prompt: 'What are the most positive aspects of partnership working between the council and the third sector here?',
      },
      {
        kind: 'difficulties',
        title: 'Difficult aspects',
        prompt: 'What is difficult about cross-sector partnership working here? Think of partnership models, participants and processes.',
      },
    ],
  },
  {
    number: 3,
    title: 'Obstacles, the partnership profile and draft objectives',
    agenda:
      'The obstacles and barriers to effective partnership working here; agree our partnership profile ' +
      '(drivers, benefits, difficult aspects, obstacles); draft our partnership improvement objectives.',
    boards: [
      {
        kind: 'obstacles',
        title: 'Obstacles and barriers',
        prompt: 'What are the main obstacles and barriers to effective cross-sector partnership working in our area?',
      },
      {
        kind: 'profile',
        title: 'Our partnership profile',
        prompt: 'Looking at the four dimensions together: is this a fair picture of partnership working here?',
      },
      {
        kind: 'objectives',
        title: 'Draft improvement objectives',
        prompt: 'Looking at our profile, what should we aim to improve together? Start each objective with "To…".',
      },
    ],
  },
  {
    number: 4,
    title: 'Objectives and the action plan',
    agenda:
      'Agree our local partnership improvement objectives, the preliminary actions for each, a council lead ' +
      'and a third-sector lead for every action, timescales, and a date to review the plan together.',
    boards: [
      {
        kind: 'objectives',
        title: 'Our improvement objectives',
        prompt: 'Which objectives will we commit to? Refine the wording until both sectors can own it.',
      },
      {
        kind: 'action_plan',
        title: 'Partnership Improvement Action Plan',
        prompt: 'For each objective: what will we do first, who leads it from each sector, and by when?',
      },
    ],
  },
  {
    number: 5,
    title: 'Review, key learning and feedback',
    agenda:
      'Three to six months on: review progress on each action, revisit our vision, capture what really ' +
      'helped us work together, and give feedback on the programme.',
    healthCheck: 2,
    boards: [
      {
        kind: 'review',
        title: 'Progress on our action plan',
        prompt: 'For each action: where have we got to, what helped, and what got in the way?',
      },
      {
        kind: 'key_learning',
        title: 'Key learning',
        prompt: 'What really helped us work together to improve partnership working here?',
      },
      {
        kind: 'feedback',
        title: 'Feedback on the programme',
        prompt: 'How helpful has the programme been to you?',
      },
    ],
  },
];

/** [MAP3] The numbers of the sessions in which participants are offered the partnership map. */
export const MAP_SESSION_NUMBERS: readonly number[] = PIP_SESSIONS.filter((s) => s.partnershipMap === true).map((s) => s.number);
