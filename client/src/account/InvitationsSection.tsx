import { ACCOUNT_ROLES, EMAIL_MAX_CHARS, newInvitationBodySchema, type AccountRole, type CreatedInvitation, type Invitation } from '@roundtable/shared/accounts/accountRest';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useRestRead } from '../api/useRestRead';
import { CopyField } from '../console/CopyField';
import { ConfirmButton } from '../forms/ConfirmButton';
import { focusFirstInvalid } from '../forms/focusFirstInvalid';
import { FormError } from '../forms/FormError';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/t';
import { accountFailureText, formatWhen } from './accountText';
import { fieldErrorsOf } from './fieldErrors';
import { useAccountClient } from './useAccountClient';
import { useAccountT } from './useAccountT';

const invitationsOf = (body: { invitations: Invitation[] }) => body.invitations;

/** Invite by link: the link is shown once (only its hash is kept); the invitations made, and revoking one not yet used. */
export function InvitationsSection() {
  const t = useT();
  const ta = useAccountT();
  const api = useAccountClient();
  const roleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const read = useCallback(() => api.invitations(), [api]);
  const invitations = useRestRead(read, invitationsOf);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AccountRole>('member');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  async function invite(event: FormEvent) {
    event.preventDefault();
    const body = { role, ...(email.trim() ? { email } : {}) };
    const parsed = newInvitationBodySchema.safeParse(body);
    const result = parsed.success ? await api.invite(body) : null;
    if (!result?.ok) {
      setFields(result ? result.failure.fields : fieldErrorsOf(parsed.error?.issues ?? []));
      setFormError(result ? accountFailureText(t, ta, result.failure) : ta.signUp.fixFields);
      focusFirstInvalid(formRef.current);
      return;
    }
    setFields({});
    setFormError(null);
    setEmail('');
    setCreated(result.data);
    void invitations.load();
  }

  async function revoke(invitation: Invitation) {
    const result = await api.revokeInvitation(invitation.invitationId);
    if (!result.ok) return invitations.setFailure(result.failure);
    void invitations.load();
  }

  const who = (invitation: Invitation) => invitation.email ?? ta.admin.anyAddress;
  const statusOf = (invitation: Invitation) =>
    invitation.revokedAt
      ? ta.admin.revoked(formatWhen(t.locale, invitation.revokedAt))
      : invitation.usedAt
        ? ta.admin.used(formatWhen(t.locale, invitation.usedAt))
        : ta.admin.expires(formatWhen(t.locale, invitation.expiresAt));
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{ta.admin.invitationsHeading}</h2>
      <form ref={formRef} className="form" noValidate onSubmit={invite} aria-label={ta.admin.invite}>
        <TextField
          label={`${ta.admin.invitationEmail} ${t.optional}`}
          hint={ta.admin.invitationEmailHint}
          value={email}
          onChange={setEmail}
          error={fields.email}
          maxLength={EMAIL_MAX_CHARS}
          inputMode="email"
          spellCheck={false}
        />
        <div className="field">
          <label htmlFor={roleId}>{ta.admin.invitationRole}</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
            {ACCOUNT_ROLES.map((r) => (
              <option key={r} value={r}>
                {ta.admin.roleOptions[r]}
              </option>
            ))}
          </select>
        </div>
        <FormError message={formError} />
        <button type="submit" className="button button--primary">
          {ta.admin.invite}
        </button>
      </form>
      {created && (
        <div className="account-new-link">
          <CopyField label={ta.admin.newLink} hint={ta.admin.newLinkHint} value={created.url} copyLabel={ta.admin.copyLink} />
        </div>
      )}
      {invitations.data?.length === 0 && <p>{ta.admin.noInvitations}</p>}
      {invitations.data && invitations.data.length > 0 && (
        <ul className="account-list" aria-labelledby="invitations-heading">
          {invitations.data.map((invitation) => (
            <li key={invitation.invitationId} className="account-list__item">
              <div className="account-list__text">
                <strong>{ta.admin.invitationFor(who(invitation), ta.account.roles[invitation.role])}</strong>
                <span className="account-list__meta">{statusOf(invitation)}</span>
              </div>
              {!invitation.usedAt && !invitation.revokedAt && (
                <ConfirmButton
                  label={ta.admin.revoke}
                  accessibleLabel={ta.admin.revokeLabel(who(invitation))}
                  question={ta.admin.revokeConfirm}
                  confirmLabel={ta.admin.revokeYes}
                  onConfirm={() => void revoke(invitation)}
                  danger
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {invitations.failure && <FormError message={accountFailureText(t, ta, invitations.failure)} />}
    </section>
  );
}
