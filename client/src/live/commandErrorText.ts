import type { AppError } from '@roundtable/shared/protocol/errors';
import type { Messages } from '../i18n/messages.en';
import type { CommandName } from '@roundtable/shared/workshop/commandSchemas';

/**
 * "Not done: Add a board. A limit has been reached. A session can have at most 20 boards." A command may have its
 * own text for a code (`t.commandErrors`), where the general one would not say what happened.
 */
export function commandErrorText(t: Messages, name: CommandName, error: AppError): string {
  const catalogue = t.commandErrors[name]?.[error.code] ?? t.errors[error.code] ?? t.errors.internal;
  const parts = [t.commandRejected(t.commands[name]), catalogue];
  if (error.message && error.message !== catalogue) parts.push(error.message);
  return parts.join(' ');
}
