import type { AreaSummary, ProgrammeViewArea } from '@roundtable/shared/programme/programmeRest';
import { useId, useState } from 'react';
import { formatCalendarDate } from '../i18n/formatCalendarDate';
import { useT } from '../i18n/t';
import { AreaOutputsPanel } from './AreaOutputsPanel';
import { areasInRegion, regionsOf } from './programmeText';
import { useProgrammeLive } from './useProgrammeLive';
import { useProgrammeT } from './useProgrammeT';

/** [PROG7] [PROG9] Every area's line, live, filtered by region; a lead opens an area's published outputs below its line. */
export function ProgrammeView({ programmeId }: { programmeId: string }) {
  const tp = useProgrammeT();
  const filterId = useId();
  const live = useProgrammeLive(programmeId, true);
  const [regionId, setRegionId] = useState<string | null>(null);
  if (!live.view) return <p role="status">{tp.view.loading}</p>;
  const shown = areasInRegion(live.view.areas, regionId);
  return (
    <section aria-labelledby="areas-heading" className="programme-areas">
      <h2 id="areas-heading">{tp.view.areas}</h2>
      <p className="programme-muted" role="status">
        {live.connected ? tp.view.live : tp.view.offline}
      </p>
      <div className="field programme-filter">
        <label htmlFor={filterId}>{tp.view.region}</label>
        <select id={filterId} value={regionId ?? ''} onChange={(e) => setRegionId(e.target.value || null)}>
          <option value="">{tp.view.allRegions}</option>
          {regionsOf(live.view.areas).map((r) => (
            <option key={r.regionId} value={r.regionId}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite" className="programme-muted">
        {tp.view.shown(shown.length, live.view.areas.length)}
      </p>
      <ul className="programme-area-list" aria-labelledby="areas-heading">
        {shown.map((area) => (
          <AreaLine key={area.areaId} programmeId={programmeId} area={area} />
        ))}
      </ul>
    </section>
  );
}

function AreaLine({ programmeId, area }: { programmeId: string; area: ProgrammeViewArea }) {
  const tp = useProgrammeT();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <li className="card programme-area" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {area.name} <span className="programme-muted">{area.regionName}</span>
      </h3>
      {area.summary ? <SummaryLines summary={area.summary} /> : <p>{tp.view.noWorkshop}</p>}
      {area.summary && !area.summary.withheld && (
        <>
          <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? tp.view.hideOutputs : tp.view.openOutputs(area.name)}
          </button>
          {open && <AreaOutputsPanel programmeId={programmeId} areaId={area.areaId} areaName={area.name} />}
        </>
      )}
    </li>
  );
}

function SummaryLines({ summary }: { summary: AreaSummary }) {
  const t = useT();
  const tp = useProgrammeT();
  if (summary.withheld) return <p>{tp.view.withheld}</p>;
  const agreed = Object.entries(summary.agreedByKind).filter(([, n]) => n > 0) as [keyof typeof tp.kinds, number][];
  const sectors = Object.entries(summary.participantsBySector) as [keyof typeof tp.sectors, number][];
  return (
    <dl className="programme-summary">
      <dt>{tp.view.sessionLabel}</dt>
      <dd>
        {summary.currentSession ? tp.view.session(summary.currentSession.number, summary.currentSession.title) : tp.view.notStarted}
        {summary.nextDate && <> {tp.view.sep} {tp.view.nextDate(formatCalendarDate(t.locale, summary.nextDate))}</>}
      </dd>
      <dt>{tp.view.participants}</dt>
      <dd>{sectors.map(([s, n]) => `${tp.sectors[s]} ${n}`).join(` ${tp.view.sep} `)}</dd>
      <dt>{tp.view.agreed}</dt>
      <dd>{agreed.length === 0 ? tp.view.agreedNothing : agreed.map(([k, n]) => `${tp.kinds[k]} ${n}`).join(` ${tp.view.sep} `)}</dd>
      <dt>{tp.area.plan}</dt>
      <dd>
        {summary.plan ? (
          <>
            {tp.view.plan(summary.plan.version, formatCalendarDate(t.locale, summary.plan.agreedAt.slice(0, 10)))}
            {` ${tp.view.sep} `}
            {(Object.entries(summary.plan.actionsByStatus) as [keyof typeof tp.statuses, number][])
              .filter(([, n]) => n > 0)
              .map(([s, n]) => `${tp.statuses[s]} ${n}`)
              .join(` ${tp.view.sep} `)}
            {summary.plan.overdue > 0 && <> {tp.view.sep} {tp.view.overdue(summary.plan.overdue)}</>}
          </>
        ) : (
          tp.view.noPlan
        )}
      </dd>
      <dt>{tp.view.surveyLabel}</dt>
      <dd>{tp.view.survey(summary.survey.responseCount, summary.survey.eligibleCount)}</dd>
    </dl>
  );
}
