import { EMAIL_MAX_CHARS, recoveryBodySchema, type SignedIn } from '@roundtable/shared/accounts/accountRest';
import { useRef, useState, type FormEvent } from 'react';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { accountFailureText } from './accountText';
import { fieldErrorsOf } from './fieldErrors';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

/** "Use a recovery code": the account's email and one of its codes (each works once; the server limits attempts). */
export function RecoveryForm({ onSignedIn }: { onSignedIn(signedIn: SignedIn): void }) {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = recoveryBodySchema.safeParse({ email, code });
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error.issues));
      setFormError(ta.signUp.fixFields);
      focusFirstInvalid(formRef.current);
      return;
    }
    setBusy(true);
    const result = await api.recover({ email, code });
    setBusy(false);
    if (!result.ok) {
      setFields(result.failure.fields);
      setFormError(accountFailureText(t, ta, result.failure));
      focusFirstInvalid(formRef.current);
      return;
    }
    onSignedIn(result.data);
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{ta.signIn.recoveryHeading}</h2>
      <p>{ta.signIn.recoveryIntro}</p>
      <TextField
        label={ta.signIn.email}
        value={email}
        onChange={setEmail}
        error={fields.email}
        maxLength={EMAIL_MAX_CHARS}
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
      />
      <TextField
        label={ta.signIn.code}
        hint={ta.signIn.codeHint}
        value={code}
        onChange={setCode}
        error={fields.code}
        maxLength={40}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        className="field--code"
      />
      <FormError message={formError} />
      <button type="submit" className="button" disabled={busy}>
        {ta.signIn.useCode}
      </button>
    </form>
  );
}
