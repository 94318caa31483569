import { fieldErrors, type AppError } from './errors';
import { cleanWireText } from './wireText';
import type { CommandName } from '../workshop/commandSchemas';
import { commandSchemas, type CommandPayload } from '../workshop/commandSchemas';

/**
 * The one way a command's payload from outside becomes a typed payload: its text checked and normalised (TEXT1),
 * then its schema (CMD3). A refusal names the field, for the form that sent it.
 */
export function parseCommand<K extends CommandName>(name: K, payload: unknown): { ok: true; payload: CommandPayload<K> } | { ok: false; error: AppError } {
  const text = cleanWireText(payload);
  if (!text.ok) return { ok: false, error: { code: 'invalid_payload', message: text.message, fields: { [text.path]: text.message } } };
  const parsed = commandSchemas[name].safeParse(text.value);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error.issues);
    return { ok: false, error: { code: 'invalid_payload', message: Object.values(fields)[0] ?? 'That change is not valid.', fields } };
  }
  return { ok: true, payload: parsed.data as CommandPayload<K> };
}
