import { z } from 'zod';
import { workshopIdSchema } from '../ids/ids';
import type { HandshakeAuth } from './events';

/** Validates a Socket.io handshake's `auth` (see HandshakeAuth). */
export const handshakeAuthSchema = z.object({
  workshopId: workshopIdSchema,
  protocolVersion: z.number().int(),
  token: z.string().max(200).optional(),
}) satisfies z.ZodType<unknown, HandshakeAuth>;
