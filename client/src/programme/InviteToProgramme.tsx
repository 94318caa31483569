import { PROGRAMME_ROLES, type CreatedProgrammeInvitation, type ProgrammeRole } from '@roundtable/shared/programme/programmeRest';
import { useId, useState, type FormEvent } from 'react';
import { accountFailureText } from '../account/accountText';
import { useAccountT } from '../account/useAccountT';
import { CopyField } from '../console/CopyField';
import { FormError } from '../forms/FormError';
import { useT } from '../i18n/t';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

/** [PROG2] A lead invites a lead or a facilitator by link, shown once. */
export function InviteToProgramme({ programmeId }: { programmeId: string }) {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const roleId = useId();
  const [role, setRole] = useState<ProgrammeRole>('facilitator');
  const [created, setCreated] = useState<CreatedProgrammeInvitation | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function invite(event: FormEvent) {
    event.preventDefault();
    const result = await api.invite(programmeId, { role });
    if (!result.ok) return setError(accountFailureText(t, ta, result.failure));
    setError(null);
    setCreated(result.data);
  }

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{tp.manage.invite}</h2>
      <form className="form" noValidate onSubmit={(e) => void invite(e)}>
        <div className="field">
          <label htmlFor={roleId}>{tp.manage.inviteRole}</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as ProgrammeRole)}>
            {PROGRAMME_ROLES.map((r) => (
              <option key={r} value={r}>
                {tp.list.role[r]}
              </option>
            ))}
          </select>
        </div>
        <FormError message={error} />
        <button type="submit" className="button button--primary">
          {tp.manage.makeLink}
        </button>
      </form>
      {created && <CopyField label={tp.manage.linkFor(tp.list.role[created.invitation.role])} hint={tp.manage.linkMade} value={created.url} copyLabel={ta.admin.copyLink} />}
    </section>
  );
}
