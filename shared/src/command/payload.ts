import { z } from 'zod';
import { commandIdSchema } from '../ids/ids';

/** Trimmed text with a clear limit. `min` 1 unless the field may be empty. */
export function text(max: number, label: string, min = 1) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(min, min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`)
    .max(max, `${label} can be at most ${max} characters.`);
}

/**
 * A command's payload schema. Every command carries a client-made id. The server records the first result under
 * (member, id) and returns it for any repeat, so a client can resend its outbox after a reconnect or a reload and
 * nothing is applied twice.
 */
export const command = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ commandId: commandIdSchema, ...shape });
