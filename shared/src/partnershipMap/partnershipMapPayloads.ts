import { z } from 'zod';
import { command, text } from '../command/payload';
import { safeIdText } from '../ids/ids';
import { SECTORS } from '../members/sector';
import { MAP_RINGS, type MapOrganisationId } from './partnershipMap';
import { MAP_NAME_MAX_CHARS } from './partnershipMapLimits';

/* The payload schemas of the partnership map's commands. */

const organisationIdSchema = safeIdText.transform((s) => s as MapOrganisationId);
const name = text(MAP_NAME_MAX_CHARS, "An organisation's name");
const sector = z.enum(SECTORS, { error: 'The sector must be the council, the third sector, another public body, or other.' });
const ring = z.enum(MAP_RINGS, { error: 'The ring must be lead, core or wider.' });

export const PARTNERSHIP_MAP_PAYLOADS = {
  /** [MAP3] A participant suggests an organisation, with its sector, for the facilitators to place. */
  'map:suggest': command({ name, sector }),
  /** [MAP4] A facilitator adds an organisation straight into a ring. */
  'map:add': command({ name, sector, ring }),
  /** [MAP4] A facilitator places a suggestion in a ring, with its sector as they judge it. */
  'map:place': command({ organisationId: organisationIdSchema, ring, sector }),
  /** [MAP4] A facilitator dismisses a suggestion. */
  'map:dismiss': command({ organisationId: organisationIdSchema }),
  /** [MAP5] A facilitator renames a placed organisation or corrects its sector. */
  'map:rename': command({ organisationId: organisationIdSchema, name, sector }),
  /** [MAP5] A facilitator moves a placed organisation to another ring (from the list or by dragging on the wall). */
  'map:move': command({ organisationId: organisationIdSchema, ring }),
  /** [MAP5] A facilitator takes a placed organisation off the map. */
  'map:remove': command({ organisationId: organisationIdSchema }),
} as const;
