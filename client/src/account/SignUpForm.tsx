import {
  DISPLAY_NAME_MAX_CHARS,
  EMAIL_MAX_CHARS,
  PASSKEY_NAME_MAX_CHARS,
  passkeySignUpBodySchema,
  type SignedUp,
} from '@roundtable/shared/accounts/accountRest';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { useAuthStore } from './authStore';
import { ceremonyFailureText } from './ceremonyText';
import { fieldErrorsOf } from './fieldErrors';
import { passkeyCeremony } from './passkeyCeremony';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

export interface SignUpFormProps {
  heading: string;
  intro: string;
  /** From the setup link, or an invitation link. */
  setupToken?: string;
  invitationToken?: string;
}

/**
 * Name, email and a passkey made on this device; then the recovery codes, once. The fields are checked here with the
 * contract's own schema, and again by the server, whose field errors are shown beside the fields.
 */
export function SignUpForm({ heading, intro, setupToken, invitationToken }: SignUpFormProps) {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const store = useAuthStore();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [passkeyName, setPasskeyName] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signedUp, setSignedUp] = useState<SignedUp | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = { displayName, email, ...(setupToken ? { setupToken } : {}), ...(invitationToken ? { invitationToken } : {}) };
    const parsed = passkeySignUpBodySchema.safeParse(body);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error.issues));
      setFormError(ta.signUp.fixFields);
      focusFirstInvalid(formRef.current);
      return;
    }
    setFields({});
    setFormError(null);
    setBusy(true);
    const outcome = await passkeyCeremony('register', () => api.signUpOptions(body), api.signUpVerify, passkeyName.trim() || ta.account.defaultPasskeyName);
    setBusy(false);
    if (!outcome.ok) {
      if ('failure' in outcome) setFields(outcome.failure.fields);
      setFormError(ceremonyFailureText(t, ta, outcome));
      focusFirstInvalid(formRef.current);
      return;
    }
    store.setSignedIn(outcome.data.account);
    setSignedUp(outcome.data);
  }

  if (signedUp) {
    return (
      <RecoveryCodesPanel
        codes={signedUp.recoveryCodes}
        email={signedUp.account.email}
        doneLabel={ta.recoveryCodes.continue}
        onDone={() => navigate('/workshops')}
        level={1}
      />
    );
  }
  return (
    <form ref={formRef} className="card form account-form" noValidate onSubmit={onSubmit} aria-labelledby="sign-up-heading">
      <h1 id="sign-up-heading">{heading}</h1>
      <p>{intro}</p>
      <TextField
        label={ta.signUp.name}
        hint={ta.signUp.nameHint}
        value={displayName}
        onChange={setDisplayName}
        error={fields.displayName}
        maxLength={DISPLAY_NAME_MAX_CHARS}
        autoComplete="name"
        required
      />
      <TextField
        label={ta.signUp.email}
        hint={ta.signUp.emailHint}
        value={email}
        onChange={setEmail}
        error={fields.email}
        maxLength={EMAIL_MAX_CHARS}
        autoComplete="email"
        spellCheck={false}
        inputMode="email"
        required
      />
      <TextField
        label={`${ta.signUp.passkeyName} ${t.optional}`}
        hint={ta.signUp.passkeyNameHint}
        value={passkeyName}
        onChange={setPasskeyName}
        error={fields.passkeyName}
        maxLength={PASSKEY_NAME_MAX_CHARS}
      />
      <FormError message={formError ?? (fields.setupToken || fields.invitationToken || null)} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? ta.signUp.creating : ta.signUp.create}
      </button>
    </form>
  );
}
