import { useState } from 'react';
import { ConfirmButton } from '../forms/ConfirmButton';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { accountFailureText } from './accountText';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

/** How many recovery codes are left, and new ones on request (the old ones stop working; the new ones are shown once). */
export function RecoveryCodesSection({ left, email, onChanged }: { left: number; email: string; onChanged(): void }) {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function regenerate() {
    setError(null);
    const result = await api.regenerateRecoveryCodes();
    if (!result.ok) {
      setError(accountFailureText(t, ta, result.failure));
      return;
    }
    setCodes(result.data.recoveryCodes);
    onChanged();
  }

  if (codes) return <RecoveryCodesPanel codes={codes} email={email} doneLabel={ta.recoveryCodes.saved} onDone={() => setCodes(null)} />;
  return (
    <section className="card" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{ta.account.recoveryHeading}</h2>
      <p>{ta.account.recoveryLeft(left)}</p>
      <ConfirmButton
        label={ta.account.regenerate}
        question={ta.account.regenerateConfirm}
        confirmLabel={ta.account.regenerateYes}
        onConfirm={() => void regenerate()}
      />
      <FormError message={error} />
    </section>
  );
}
