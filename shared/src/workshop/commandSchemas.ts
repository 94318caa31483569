import type { z } from 'zod';
import { BOARD_PAYLOADS } from '../board/boardPayloads';
import { CARD_PAYLOADS } from '../board/cardPayloads';
import { VOTE_PAYLOADS } from '../board/votePayloads';
import { WALL_PAYLOADS } from '../board/wallPayloads';
import { MEMBER_PAYLOADS } from '../members/memberPayloads';
import { OBJECTIVE_PAYLOADS } from '../plan/objectivePayloads';
import { PLAN_PAYLOADS } from '../plan/planPayloads';
import { SHARING_PAYLOADS } from '../programme/sharingPayloads';
import { PROGRESS_PAYLOADS } from '../review/progressPayloads';
import { SESSION_PAYLOADS } from '../sessions/sessionPayloads';
import { SURVEY_PAYLOADS } from '../survey/surveyPayloads';
import { HEALTH_CHECK_PAYLOADS } from '../healthCheck/healthCheckPayloads';
import { PARTNERSHIP_MAP_PAYLOADS } from '../partnershipMap/partnershipMapPayloads';
import { WORKSHOP_PAYLOADS } from './workshopPayloads';

/**
 * Every command's payload schema, by name, assembled from each concept's payloads module. Apart from the rules (and
 * their transitions) so that browser code can validate a form without loading them.
 */
export const commandSchemas = {
  ...WORKSHOP_PAYLOADS,
  ...SESSION_PAYLOADS,
  ...MEMBER_PAYLOADS,
  ...BOARD_PAYLOADS,
  ...CARD_PAYLOADS,
  ...WALL_PAYLOADS,
  ...VOTE_PAYLOADS,
  ...PLAN_PAYLOADS,
  ...OBJECTIVE_PAYLOADS,
  ...PROGRESS_PAYLOADS,
  ...SURVEY_PAYLOADS,
  ...HEALTH_CHECK_PAYLOADS,
  ...PARTNERSHIP_MAP_PAYLOADS,
  ...SHARING_PAYLOADS,
} as const;

/** Every command's event name (`concept:verb`). */
export type CommandName = keyof typeof commandSchemas;
export type CommandPayload<K extends CommandName> = z.output<(typeof commandSchemas)[K]>;
/** What a client sends: ids still as plain strings. */
export type CommandInput<K extends CommandName> = z.input<(typeof commandSchemas)[K]>;
