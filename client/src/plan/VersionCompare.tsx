import type { PlanVersion } from '@roundtable/shared/plan/plan';
import { diffPlans } from '@roundtable/shared/plan/planDiff';
import { useId, useState } from 'react';
import { useT } from '../i18n/t';
import { useLiveWorkshop } from '../live/LiveWorkshopContext';
import { draftSnapshot } from './draftSnapshot';
import { changeView, meaningfulChanges } from './planChangeText';
import './planVersions.css';

/** The value of "the current draft" among the versions to compare. */
const DRAFT = 'draft';

/**
 * [PLAN8] Choose two versions (or a version and the current draft) and read what changed from one to the other.
 * Until someone chooses, it follows the latest change: the last two versions once the latest is agreed, otherwise
 * the last agreed version against the draft.
 */
export function VersionCompare({ versions }: { versions: readonly PlanVersion[] }) {
  const t = useT();
  const c = t.plan.changes;
  const { workshop } = useLiveWorkshop();
  const id = useId();
  const last = versions.at(-1);
  const latestAgreed = workshop.plan.status === 'agreed' && versions.length >= 2;
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  const from = chosen?.from ?? String((latestAgreed ? versions.at(-2) : last)?.number ?? '');
  const to = chosen?.to ?? (latestAgreed ? String(last?.number) : DRAFT);
  const snapshotOf = (value: string) => (value === DRAFT ? draftSnapshot(workshop) : versions.find((v) => String(v.number) === value)?.snapshot);
  const before = snapshotOf(from);
  const after = snapshotOf(to);
  const changes = before && after && from !== to ? meaningfulChanges(diffPlans(before, after)).map((change) => changeView(t, change)) : null;

  const options = (withDraft: boolean) => (
    <>
      {versions.map((v) => (
        <option key={v.id} value={String(v.number)}>
          {c.versionOption(v.number)}
        </option>
      ))}
      {withDraft && <option value={DRAFT}>{c.draftOption}</option>}
    </>
  );

  return (
    <section className="plan-compare" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{c.heading}</h4>
      <div className="plan-compare__choice">
        <div className="field">
          <label htmlFor={`${id}-from`}>{c.from}</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setChosen({ from: e.target.value, to })}>
            {options(false)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{c.to}</label>
          <select id={`${id}-to`} value={to} onChange={(e) => setChosen({ from, to: e.target.value })}>
            {options(true)}
          </select>
        </div>
      </div>
      <div>
        {!changes ? (
          <p>{c.same}</p>
        ) : changes.length === 0 ? (
          <p>{c.none}</p>
        ) : (
          <ul className="plan-changes">
            {changes.map((change, i) => (
              <li key={i}>
                <p className="plan-changes__text">{change.text}</p>
                {change.before !== undefined && (
                  <dl className="plan-changes__detail">
                    <dt>{c.before}</dt>
                    <dd>{change.before}</dd>
                    <dt>{c.after}</dt>
                    <dd>{change.after}</dd>
                  </dl>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
