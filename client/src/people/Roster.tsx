import { ConfirmButton } from '../forms/ConfirmButton';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { SectorBadge } from './SectorBadge';
import { activeMembers, hasArrived } from '@roundtable/shared/members/member';
import './people.css';

/**
 * Everyone in the workshop, with sector and presence in words; facilitators may remove others. A seat whose link
 * has not been opened yet (the co-facilitator's, at first) is shown to facilitators only, as invited.
 */
export function Roster({ canRemove }: { canRemove: boolean }) {
  const t = useT();
  const { workshop, me, onlineMemberIds, submit } = useLiveWorkshop();
  const members = activeMembers(workshop).filter((m) => canRemove || hasArrived(m));
  return (
    <ul className="roster" aria-label={t.people.listLabel}>
      {members.map((member) => {
        const online = onlineMemberIds?.has(member.id) ?? false;
        const isMe = member.id === me.memberId;
        return (
          <li key={member.id} className={online ? 'roster__item roster__item--online' : 'roster__item'}>
            <div className="roster__who">
              <span className="roster__name">
                {member.name} {isMe && <span className="roster__you">{t.people.you}</span>}
              </span>
              <span className="roster__org">{member.organisation || t.people.noOrganisation}</span>
            </div>
            <div className="roster__facts">
              <SectorBadge sector={member.sector} />
              <span className="tag">{t.roles[member.role]}</span>
              {onlineMemberIds === null && hasArrived(member) ? (
                <span className="presence">{t.people.presenceUnknown}</span>
              ) : hasArrived(member) ? (
                <span className={online ? 'presence presence--online' : 'presence'}>
                  <span className="presence__dot" aria-hidden="true" />
                  {online ? t.people.online : t.people.offline}
                </span>
              ) : (
                <span className="presence presence--invited">{t.people.invited}</span>
              )}
            </div>
            {canRemove && !isMe && (
              <ConfirmButton
                label={t.people.removeShort}
                accessibleLabel={t.people.remove(member.name)}
                question={t.people.removeConfirm(member.name)}
                confirmLabel={t.people.removeYes}
                onConfirm={() => void submit('member:remove', { memberId: member.id })}
                danger
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
