/**
 * The twelve success factors of cross-sector collaboration, from Vicky Ling, "Collaborate, survive and thrive"
 * (Legal Action, 2018; research in Bristol, Luton and Suffolk for The Legal Education Foundation). Each factor's
 * description says in plain words what the source says it means in practice. The health check asks how well "our
 * local partnership" does each (HEALTH1).
 */
export type SuccessFactorId =
  | 'analyse-need-and-plan'
  | 'importance-of-data'
  | 'key-partners'
  | 'core-members'
  | 'referral-pathways'
  | 'governance'
  | 'funding-for-capacity'
  | 'trust-and-support'
  | 'embrace-challenge'
  | 'new-ways'
  | 'communicate-and-engage'
  | 'takes-time';

export interface SuccessFactor {
  id: SuccessFactorId;
  /** 1-12, as the source numbers them. */
  number: number;
  title: string;
  description: string;
}

export const SUCCESS_FACTORS_SOURCE = 'Vicky Ling, “Collaborate, survive and thrive” (2018): the twelve success factors of collaboration';

export const SUCCESS_FACTORS: readonly SuccessFactor[] = [
  {
    id: 'analyse-need-and-plan',
    number: 1,
    title: 'Analyse need and plan',
    description: 'We take time to think through local needs and the issues beneath them, so the right mix of organisations is involved; a theory of change and a business case come first.',
  },
  {
    id: 'importance-of-data',
    number: 2,
    title: 'Recognise the importance of data',
    description: 'We share data to show the need for services, and the difference they make, more powerfully than any one organisation could alone.',
  },
  {
    id: 'key-partners',
    number: 3,
    title: 'Identify the key partners',
    description: 'We know which organisations should be involved: the council and health bodies, the third sector, and others such as universities, local trusts and firms.',
  },
  {
    id: 'core-members',
    number: 4,
    title: 'Identify core members',
    description: 'A small core group from both sectors, sharing goals and ways of working, leads; a wider network supports it without having to be as closely involved.',
  },
  {
    id: 'referral-pathways',
    number: 5,
    title: 'Develop referral pathways',
    description: 'Referrals between partners work well for the people we serve, and we check together that they do.',
  },
  {
    id: 'governance',
    number: 6,
    title: 'Address governance',
    description: 'The partnership is accountable and shows its value without becoming a bureaucracy; formal agreements are used only where they are needed.',
  },
  {
    id: 'funding-for-capacity',
    number: 7,
    title: 'Identify funding to create capacity',
    description: 'People have the time, and the partnership the funding, to build relationships and bring partners together.',
  },
  {
    id: 'trust-and-support',
    number: 8,
    title: 'Draw on trust and mutual support',
    description: 'Partners respect and understand each other and recognise what each can contribute, even when they disagree about how to get there.',
  },
  {
    id: 'embrace-challenge',
    number: 9,
    title: 'Embrace challenge',
    description: 'We look beyond the partners we already know and the ideas we already share, and welcome being challenged to think in new ways.',
  },
  {
    id: 'new-ways',
    number: 10,
    title: 'Be prepared to do things in new ways',
    description: 'We are willing to change how we work, for example by working side by side or from one place, to solve problems more quickly.',
  },
  {
    id: 'communicate-and-engage',
    number: 11,
    title: 'Communicate and engage',
    description: 'We listen to others, explain what the partnership is doing, and keep colleagues inside our own organisations informed and involved.',
  },
  {
    id: 'takes-time',
    number: 12,
    title: 'Recognise it takes time',
    description: 'We accept that good collaboration takes time: there may be quick wins, but the most valuable results come later.',
  },
];

const BY_ID: ReadonlyMap<string, SuccessFactor> = new Map(SUCCESS_FACTORS.map((f) => [f.id, f]));

/** The factor with this id, looked up by own key only (an id from outside may be any text). */
export function successFactor(id: string): SuccessFactor | undefined {
  return BY_ID.get(id);
}

export function isSuccessFactorId(id: string): id is SuccessFactorId {
  return BY_ID.has(id);
}
