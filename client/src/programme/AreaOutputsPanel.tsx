import type { AreaOutputs, PublishedLead } from '@roundtable/shared/programme/areaOutputs';
import { timescaleLabel } from '@roundtable/shared/plan/plan';
import { useCallback, useId } from 'react';
import { accountFailureText } from '../account/accountText';
import { useAccountT } from '../account/useAccountT';
import { useRestRead } from '../api/useRestRead';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { useProgrammeClient } from './useProgrammeClient';
import { useProgrammeT } from './useProgrammeT';

const same = (o: AreaOutputs) => o;

/** [PROG8] An area's published outputs, read-only, as a programme lead opens them from the programme view. */
export function AreaOutputsPanel({ programmeId, areaId, areaName }: { programmeId: string; areaId: string; areaName: string }) {
  const t = useT();
  const ta = useAccountT();
  const tp = useProgrammeT();
  const api = useProgrammeClient();
  const headingId = useId();
  const read = useCallback(() => api.outputs(programmeId, areaId), [api, programmeId, areaId]);
  const outputs = useRestRead(read, same);
  if (outputs.failure) return <p role="alert">{accountFailureText(t, ta, outputs.failure)}</p>;
  if (!outputs.data) return <p role="status">{t.loading}</p>;
  const o = outputs.data;
  const latest = o.plan?.versions.at(-1) ?? null;
  const lead = (l: PublishedLead | null) => (l ? `${l.name}, ${l.organisation}` : tp.area.noLead);
  const withAgreed = o.boards.filter((b) => b.agreed.length > 0);
  return (
    <section className="programme-outputs" aria-labelledby={headingId}>
      <h4 id={headingId}>{tp.area.heading(areaName)}</h4>
      <p className="programme-muted">{tp.area.readOnly}</p>
      <h5>{tp.area.sessions}</h5>
      <ul className="programme-sessions">
        {o.sessions.map((s) => (
          <li key={s.number} aria-current={s.current ? 'step' : undefined}>
            {tp.view.session(s.number, s.title)}
            {s.date && <> {tp.view.sep} {formatCalendarDate(t.locale, s.date)}</>}
            {s.current && <> {tp.area.current}</>}
          </li>
        ))}
      </ul>
      <h5>{tp.area.boards}</h5>
      {withAgreed.length === 0 && <p>{tp.view.agreedNothing}</p>}
      {withAgreed.map((b) => (
        <div key={b.boardId}>
          <h6>
            {tp.kinds[b.kind]}: {b.title}
          </h6>
          <ul>
            {b.agreed.map((item) => (
              <li key={item.id}>
                {item.text}
                {item.sectors.length > 0 && (
                  <span className="programme-muted">
                    {' '}
                    ({tp.area.raisedBy} {item.sectors.map((s) => tp.sectors[s]).join(', ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h5>{tp.area.plan}</h5>
      {!latest && <p>{tp.view.noPlan}</p>}
      {latest && (
        <>
          <p>{tp.view.plan(latest.number, formatCalendarDate(t.locale, latest.agreedAt.slice(0, 10)))}</p>
          {latest.vision && (
            <p>
              <strong>{tp.area.vision}:</strong> {latest.vision}
            </p>
          )}
          {latest.objectives.map((objective) => (
            <div key={objective.id}>
              <h6>{objective.text}</h6>
              <ul className="programme-actions">
                {objective.actions.map((a) => (
                  <li key={a.id}>
                    <strong>{a.text}</strong>
                    <span>
                      {tp.area.councilLead}: {lead(a.councilLead)}
                    </span>
                    <span>
                      {tp.area.thirdSectorLead}: {lead(a.thirdSectorLead)}
                    </span>
                    <span>
                      {timescaleLabel(a.timescale)} {tp.view.sep} {tp.area.status}: {a.status ? tp.statuses[a.status] : tp.area.notReported}
                      {a.overdue && <> {tp.view.sep} {tp.area.overdue}</>}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {o.survey.resultsHeldBack && <p>{tp.area.surveyHeld}</p>}
    </section>
  );
}
