import type { Ack } from '@roundtable/shared/protocol/errors';
import { useState } from 'react';
import { useLiveWorkshop } from './LiveWorkshopContext';
import type { CommandData } from '@roundtable/shared/workshop/commands';
import type { CommandInput, CommandName } from '@roundtable/shared/workshop/commandSchemas';

/**
 * Runs a command from a form and keeps the server's field messages for it. The sentence for a rejection
 * is shown by CommandErrors; the form only marks the fields and keeps what was typed.
 */
export function useCommandForm() {
  const { submit } = useLiveWorkshop();
  const [saving, setSaving] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function run<K extends CommandName>(name: K, input: Omit<CommandInput<K>, 'commandId'>): Promise<Ack<CommandData[K]>> {
    setSaving(true);
    const ack = await submit(name, input);
    setSaving(false);
    setFieldErrors(ack.ok ? {} : (ack.error.fields ?? {}));
    return ack;
  }

  return { run, saving, fieldErrors, clearErrors: () => setFieldErrors({}) };
}
